// SPDX-License-Identifier: GPL-3.0-or-later
// figures import.
#include "Cli.h"

#include "io/FigureCsvImport.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

namespace qf::cli {

namespace {

int importFigures(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().size() != 1) {
        ctx.err << QCoreApplication::translate("Cli", "请指定一个 CSV 文件。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    Database &db = *scope.db;
    FigureCsvImport::Context in;
    in.campaign = scope.campaign;
    in.registry = InstitutionRepository(db).all();
    in.stored = ReportRepository(db).all(scope.campaign.id);
    in.today = QDate::currentDate();
    QList<Report> reports;
    QList<Finding> warnings;
    Status s = FigureCsvImport::parseFile(opts.positional().first(), in, &reports, &warnings);
    if (s)
        s = ReportRepository(db).saveAll(reports);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        ctx.err << QCoreApplication::translate("Cli", "未导入任何数据。") << "\n";
        return DataError;
    }
    for (const Finding &f : warnings)
        ctx.err << f.describe() << "\n";
    ctx.out << QCoreApplication::translate("Cli", "已导入 %1 份报表（%2 条提示）。").arg(reports.size()).arg(warnings.size())
            << "\n";
    return Ok;
}

} // namespace

QList<Command> figureCommands()
{
    return {
        {{QStringLiteral("figures"), QStringLiteral("import")}, QStringLiteral("FILE.csv [--campaign ID]"),
         QCoreApplication::translate("Cli", "从 CSV 导入各单位的月度累计数"),
         QCoreApplication::translate("Cli",
             "表头：表,单位,月份,(1),(2),…（可加“报送日期”列）。表为 附件1/附件2/附件3；单位为机构名称，\n"
             "附件2 为分类（如“公立医院 三级”“定点零售药店等其他医药机构”）；月份写成 YYYY-MM；数字为逐月累计数。\n"
             "附件2 第1栏由机构名册计算，不导入。任何一行有错误（含校验错误）时不导入任何数据。"),
         {QStringLiteral("campaign")}, {}, importFigures},
    };
}

} // namespace qf::cli

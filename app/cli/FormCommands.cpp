// SPDX-License-Identifier: GPL-3.0-or-later
// check, export: the month's statistics forms (附件1–3).
#include "Cli.h"
#include "DateOption.h"

#include "actions/ExportForms.h"
#include "forms/MonthlyForms.h"
#include "storage/Database.h"

#include <QDir>

namespace qf::cli {

namespace {

/// The campaign (--campaign, or the most recent one) and the month (--month) a form
/// command is about; returns a non-zero exit status when they cannot be had.
int resolve(Context &ctx, const CliOptions &opts, Database **db, Campaign *campaign, YearMonth *month)
{
    *month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!month->isValid()) {
        ctx.err << QCoreApplication::translate("Cli", "必须用 --month YYYY-MM 指定月份（如 2021-08）。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    *db = scope.db;
    *campaign = scope.campaign;
    if (*month < campaign->firstPeriod() || *month > campaign->lastPeriod())
        ctx.err << QCoreApplication::translate("Cli", "注意：%1 不在专项整治“%2”的报送月份（%3—%4）之内。")
                       .arg(month->toChinese(), campaign->title, campaign->firstPeriod().toChinese(),
                            campaign->lastPeriod().toChinese()) << "\n";
    return Ok;
}

void printFindings(QTextStream &stream, const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        stream << f.describe() << "\n";
}

int check(Context &ctx, const CliOptions &opts)
{
    Database *db = nullptr;
    Campaign campaign;
    YearMonth month;
    if (const int status = resolve(ctx, opts, &db, &campaign, &month))
        return status;
    const QList<Finding> findings = MonthlyForms::check(*db, campaign, month);
    printFindings(ctx.out, findings);
    const int errors = countErrors(findings);
    ctx.out << QCoreApplication::translate("Cli", "%1 附件1—3：%2 个错误，%3 个提示。")
                   .arg(month.toChinese()).arg(errors).arg(findings.size() - errors) << "\n";
    return errors ? DataError : Ok;
}

int exportForms(Context &ctx, const CliOptions &opts)
{
    const QString which = opts.value(QStringLiteral("form"));
    const bool all = which == QLatin1String("all");
    FormExportRequest request;
    request.form = all ? 0 : which.toInt();
    request.path = opts.value(QStringLiteral("out"));
    if ((!all && !FormCatalog::numbers().contains(request.form)) || request.path.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "必须给出 --form 1|2|3|all 和 --out 文件.xlsx。") << "\n";
        return UsageError;
    }
    request.fillDate = dateOption(ctx, opts, QStringLiteral("date"), QDate::currentDate());
    if (!request.fillDate.isValid())
        return UsageError;
    request.force = opts.has(QStringLiteral("force"));
    Database *db = nullptr;
    if (const int status = resolve(ctx, opts, &db, &request.campaign, &request.month))
        return status;

    const FormExportResult result = ExportForms::run(*db, request);
    printFindings(ctx.err, result.findings);
    const int errors = result.errorCount();
    if (result.outcome == FormExportResult::Outcome::Refused) {
        ctx.err << QCoreApplication::translate("Cli", "%1 的数据有 %2 个错误，未导出。请先改正，或加 --force 照样导出。")
                       .arg(request.month.toChinese()).arg(errors) << "\n";
        return DataError;
    }
    if (!result.isWritten()) {
        ctx.err << result.status.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导出 %1（%2）：%3").arg(result.sheetNames().join(QStringLiteral(u"、")),
                                         request.month.toChinese(), QDir::toNativeSeparators(result.path));
    if (errors > 0)
        ctx.out << QCoreApplication::translate("Cli", "（含 %1 个错误）").arg(errors);
    ctx.out << "\n";
    return Ok;
}

} // namespace

QList<Command> formCommands()
{
    const QString campaignHelp = QCoreApplication::translate("Cli", "--campaign 指定专项整治编号，缺省为最近新建的一个。");
    return {
        {{QStringLiteral("check")}, QStringLiteral("--month YYYY-MM [--campaign ID]"),
         QCoreApplication::translate("Cli", "检查某月附件1—3的数据，列出全部错误和提示"),
         QCoreApplication::translate("Cli", "每条结果写明表、单位、月份、栏目和规则。有错误时退出码为 1。") + QLatin1Char('\n') + campaignHelp,
         {QStringLiteral("month"), QStringLiteral("campaign")}, {}, check},
        {{QStringLiteral("export")},
         QStringLiteral("--form 1|2|3|all --month YYYY-MM --out FILE.xlsx [--campaign ID] [--date YYYY-MM-DD] [--force]"),
         QCoreApplication::translate("Cli", "按官方格式导出某月的统计表（Excel）"),
         QCoreApplication::translate("Cli", "--form all 导出一个工作簿，含附件1、附件2、附件3三张工作表。--date 为填报时间，缺省为今天。\n"
            "--out 为已有文件夹时写入其中，文件名按县名和月份取，如“鹿寨县2021年11月统计表（附件1-3）.xlsx”“鹿寨县2021年11月附件2.xlsx”。\n"
            "导出前先检查数据：有错误时列出错误、不写文件并以退出码 1 结束，加 --force 照样导出。")
             + QLatin1Char('\n') + campaignHelp,
         {QStringLiteral("form"), QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("campaign"),
          QStringLiteral("date")},
         {QStringLiteral("force")}, exportForms},
    };
}

} // namespace qf::cli

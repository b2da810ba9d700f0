// SPDX-License-Identifier: GPL-3.0-or-later
// templates; reports import.
#include "Cli.h"

#include "DateOption.h"

#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate records for tr() in this namespace
}

int writeTemplates(Context &ctx, const CliOptions &opts)
{
    if (!opts.positional().isEmpty() || !opts.has(QStringLiteral("month")) || !opts.has(QStringLiteral("out"))) {
        ctx.err << tr("请用 --month YYYY-MM 指定月份，用 --out DIR 指定输出文件夹。") << "\n";
        return UsageError;
    }
    const YearMonth period = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!period.isValid()) {
        ctx.err << tr("“%1”不是有效的月份，应写成 YYYY-MM。").arg(opts.value(QStringLiteral("month"))) << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const QString out = opts.value(QStringLiteral("out"));
    if (!QDir().mkpath(out)) {
        ctx.err << tr("无法创建文件夹 %1。").arg(QDir::toNativeSeparators(out)) << "\n";
        return DataError;
    }
    QStringList written;
    const Status s = ReportTemplates::writeAll(*scope.db, scope.campaign, period, out, &written);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        return DataError;
    }
    for (const QString &path : written)
        ctx.out << QDir::toNativeSeparators(path) << "\n";
    ctx.out << tr("已生成 %1 个机构的%2空白报表。").arg(written.size()).arg(period.toChinese()) << "\n";
    return Ok;
}

int importWorkbooks(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().isEmpty()) {
        ctx.err << tr("请指定要导入的 .xlsx 文件或文件夹。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    QStringList paths;
    for (const QString &arg : opts.positional())
        paths << (QFileInfo(arg).isDir() ? WorkbookImport::filesIn(arg) : QStringList{arg});
    Database &db = *scope.db;
    const QDate today = QDate::currentDate();
    WorkbookImport::Context context = WorkbookImport::contextFor(db, scope.campaign, today);
    if (opts.has(QStringLiteral("received"))) {
        const QDate received = dateOption(ctx, opts, QStringLiteral("received"), today);
        if (!received.isValid())
            return UsageError;
        if (received > today) {
            ctx.err << tr("收到日期 %1 晚于今天。").arg(received.toString(Qt::ISODate)) << "\n";
            return UsageError;
        }
        for (const QString &path : paths)
            context.receivedOn.insert(path, received);
    }
    QList<WorkbookFile> files = WorkbookImport::analyseAll(paths, context);
    int bad = 0;
    for (const WorkbookFile &f : files) {
        ctx.out << f.fileName << "\t" << f.institution << "\t" << f.formsText() << "\t"
                << (f.period.isValid() ? f.period.toChinese() : QString()) << "\t" << WorkbookImport::changeText(f.change())
                << "\t" << tr("收到 %1").arg(f.receivedOn.toString(Qt::ISODate)) << "\n";
        for (const QString &e : f.errors)
            ctx.err << tr("错误　") << e << "\n";
        for (const QString &w : f.warnings)
            ctx.err << tr("提示　") << w << "\n";
        bad += f.isClean() ? 0 : 1;
    }
    const bool acceptClean = opts.has(QStringLiteral("accept-clean"));
    if (bad && !acceptClean) {
        ctx.err << tr("%1 个文件有错误，未导入任何数据（加 --accept-clean 只导入无误的文件）。").arg(bad) << "\n";
        return DataError;
    }
    int stored = 0;
    for (WorkbookFile &f : files) {
        if (!f.isClean())
            continue;
        const Status s = WorkbookImport::store(db, f);
        if (!s) {
            for (const QString &m : s.messages())
                ctx.err << m << "\n";
            ++bad;
            continue;
        }
        ++stored;
    }
    ctx.out << tr("已导入 %1 个文件，%2 个文件有错误未导入。").arg(stored).arg(bad) << "\n";
    return bad ? DataError : Ok;
}

} // namespace

QList<Command> workbookCommands()
{
    return {
        {{QStringLiteral("templates")}, QStringLiteral("--month YYYY-MM --out DIR [--campaign ID]"),
         tr("为每个报送机构生成当月的空白报表（附件1、附件3）"),
         tr("每个机构一个 .xlsx 文件，已填好填报单位和报表月份，并预填截至上月的累计数；\n"
            "只有填报栏可以修改。机构填好后用 reports import 导入。"),
         {QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("campaign")}, {}, writeTemplates},
        {{QStringLiteral("reports"), QStringLiteral("import")}, QStringLiteral("FILE.xlsx|DIR… [--received YYYY-MM-DD] [--accept-clean] [--campaign ID]"),
         tr("导入机构填好的报表（.xlsx）"),
         tr("按单元格中的附件、填报单位和报表月份识别每个文件，检查后与已存数据比较。\n"
            "任何文件有错误时不导入任何数据并返回 1；加 --accept-clean 则只导入无误的文件（仍返回 1）。\n"
            "每个文件在一个事务中导入，要么全部导入，要么都不导入。\n"
            "空白的填报栏不是0：已存有当月数字的，保留已存数字并逐格提示；所有填报栏都为空的文件不是报表，不导入。\n"
            "只读取填报单位所标明的机构自己那一行；找不到这一行或别的机构的行中填了数字时报错。\n"
            "收到日期决定按时还是补报：默认取每个文件的修改日期，--received 为所有文件指定收到日期。"),
         {QStringLiteral("campaign"), QStringLiteral("received")}, {QStringLiteral("accept-clean")}, importWorkbooks},
    };
}

} // namespace qf::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// posters, notice, print-form: the campaign's printed documents as PDF files.
#include "Cli.h"
#include "DateOption.h"

#include "forms/MonthlyForms.h"
#include "print/FormPainter.h"
#include "actions/WorkPlanActions.h"
#include "print/NoticeDocument.h"
#include "print/NoticeDocx.h"
#include "print/PosterBatch.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QDir>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate records for tr() in this namespace
}

int posters(Context &ctx, const CliOptions &opts)
{
    const QString outPath = opts.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        ctx.err << tr("请用 --out 指定输出的 PDF 文件。") << "\n";
        return UsageError;
    }
    PosterSelection selection;
    selection.names = opts.values(QStringLiteral("institution"));
    selection.township = opts.value(QStringLiteral("township")).trimmed();
    if (opts.has(QStringLiteral("kind"))) {
        InstitutionKind kind;
        if (!parseKind(opts.value(QStringLiteral("kind")).trimmed(), &kind)) {
            ctx.err << tr("--kind 只能是“医疗机构”或“定点零售药店”。") << "\n";
            return UsageError;
        }
        selection.kind = kind;
    }
    // Without --date the poster's date depends on the campaign (see below).
    QDate date = dateOption(ctx, opts, QStringLiteral("date"), QDate());
    if (opts.has(QStringLiteral("date")) && !date.isValid())
        return UsageError;

    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    Database &db = *scope.db;
    const Campaign &campaign = scope.campaign;
    if (!date.isValid())
        date = PosterBatch::defaultDate(campaign);

    QStringList refused;
    QList<Institution> chosen = PosterBatch::select(InstitutionRepository(db).all(), selection, &refused);
    if (!refused.isEmpty()) {
        for (const QString &why : refused)
            ctx.err << why << "\n";
        return DataError;
    }
    const Status campaignOk = PosterBatch::checkCampaign(campaign);
    if (!campaignOk) {
        ctx.err << campaignOk.message() << "\n";
        return DataError;
    }
    const QList<Institution> incomplete = PosterBatch::incomplete(chosen);
    if (!incomplete.isEmpty()) {
        const bool skip = opts.has(QStringLiteral("skip-incomplete"));
        ctx.err << (skip ? tr("以下机构举报渠道不全，已跳过：") : tr("以下机构举报渠道不全，未生成任何公告：")) << "\n";
        for (const QString &line : PosterBatch::describeIncomplete(incomplete))
            ctx.err << "  " << line << "\n";
        if (!skip) {
            ctx.err << tr("请在机构名册中补填，或加 --skip-incomplete 跳过这些机构。") << "\n";
            return DataError;
        }
        chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                    [](const Institution &i) { return !PosterBatch::missingChannels(i).isEmpty(); }),
                     chosen.end());
    }
    if (chosen.isEmpty()) {
        ctx.err << tr("没有符合条件的机构，未生成公告。") << "\n";
        return DataError;
    }
    const Status s = PosterBatch::writePdf(outPath, campaign, chosen, date);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << tr("已生成 %1 张公告（每家机构一页）：%2").arg(chosen.size()).arg(QDir::toNativeSeparators(outPath)) << "\n";
    return Ok;
}

int notice(Context &ctx, const CliOptions &opts)
{
    const QString outPath = opts.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        ctx.err << tr("请用 --out 指定输出的 PDF 或 Word（.docx）文件。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const Campaign &campaign = scope.campaign;
    WorkPlan plan;
    Status s = WorkPlanActions::load(*scope.db, campaign, &plan);
    int pages = 0;
    if (s)
        s = NoticeDocx::writeAsPathSays(NoticeDocument::fromCampaign(campaign, plan), outPath, &pages);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    if (NoticeDocx::isWordPath(outPath))
        ctx.out << tr("已生成通知（Word 文档）：%1").arg(QDir::toNativeSeparators(outPath)) << "\n";
    else
        ctx.out << tr("已生成通知（共 %1 页）：%2").arg(pages).arg(QDir::toNativeSeparators(outPath)) << "\n";
    return Ok;
}

int printForm(Context &ctx, const CliOptions &opts)
{
    const int form = opts.value(QStringLiteral("form")).toInt();
    const QString outPath = opts.value(QStringLiteral("out"));
    if (!FormCatalog::numbers().contains(form) || outPath.isEmpty()) {
        ctx.err << tr("必须给出 --form 1|2|3 和 --out 文件.pdf。") << "\n";
        return UsageError;
    }
    const YearMonth month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!month.isValid()) {
        ctx.err << tr("必须用 --month YYYY-MM 指定月份（如 2021-08）。") << "\n";
        return UsageError;
    }
    const QDate fillDate = dateOption(ctx, opts, QStringLiteral("date"), QDate::currentDate());
    if (!fillDate.isValid())
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    Database &db = *scope.db;
    const Campaign &campaign = scope.campaign;
    const FormTable table = MonthlyForms::build(db, campaign, form, month, fillDate);
    // A draft is printed too (to check it on paper); its problems are listed.
    for (const Finding &f : table.findings)
        ctx.err << f.describe() << "\n";
    int pages = 0;
    const Status s = FormPainter(table).writePdf(outPath, &pages);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << tr("已生成%1（%2，共 %3 页）：%4")
                   .arg(table.form->attachment, month.toChinese())
                   .arg(pages)
                   .arg(QDir::toNativeSeparators(outPath))
            << "\n";
    return Ok;
}

} // namespace

QList<Command> printCommands()
{
    return {
        {{QStringLiteral("posters")},
         QStringLiteral("--out FILE.pdf [--institution NAME …] [--township T] [--kind 医疗机构|定点零售药店] "
                        "[--skip-incomplete] [--campaign ID] [--date YYYY-MM-DD]"),
         tr("把专项整治工作公告（附件4）生成一个 PDF，每家机构一页"),
         tr("不指定机构时为全部在用机构；--township、--kind 进一步筛选；--institution 可重复，写全称或简称。\n"
            "举报电话或举报邮箱为空的机构会被列出，并且不生成任何公告（退出码 1），\n"
            "除非加 --skip-incomplete 跳过它们。落款日期默认为今天（专项整治期间外为通知日期）。\n"
            "专项整治默认为最近新建的一个。"),
         {QStringLiteral("out"), QStringLiteral("institution"), QStringLiteral("township"), QStringLiteral("kind"),
          QStringLiteral("campaign"), QStringLiteral("date")},
         {QStringLiteral("skip-incomplete")}, posters},
        {{QStringLiteral("notice")}, QStringLiteral("--out FILE.pdf|FILE.docx [--campaign ID]"),
         tr("把专项整治的通知（红头文件格式）及其工作方案生成 PDF 或可编辑的 Word 文档"),
         tr("按党政机关公文格式排版：发文机关标志、发文字号、标题、主送机关、正文、附件说明、署名、成文日期、页码；工作方案另起一页，版记在末页（偶数页）。\n"
            "专项整治默认为最近新建的一个。"),
         {QStringLiteral("out"), QStringLiteral("campaign")}, {}, notice},
        {{QStringLiteral("print-form")},
         QStringLiteral("--form 1|2|3 --month YYYY-MM --out FILE.pdf [--campaign ID] [--date YYYY-MM-DD]"),
         tr("把某月的统计表（附件1—3）生成 PDF，版式与导出的 Excel 相同"),
         tr("A4 横向，一页宽；表头在每页重复，页脚有页码。--date 为填报时间，缺省为今天。\n"
            "数据有错误时照样生成（便于核对），错误和提示列在标准错误上。\n"
            "专项整治默认为最近新建的一个。"),
         {QStringLiteral("form"), QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("campaign"),
          QStringLiteral("date")},
         {}, printForm},
    };
}

} // namespace qf::cli

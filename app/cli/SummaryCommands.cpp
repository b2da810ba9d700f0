// SPDX-License-Identifier: GPL-3.0-or-later
// summary: the campaign's 工作总结, drafted from the data, as .docx or .pdf.
#include "Cli.h"
#include "DateOption.h"

#include "print/DocumentFormat.h"
#include "summary/SummaryExport.h"

#include <QDir>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate records for tr() in this namespace
}

SummaryChartDrawer &chartDrawer()
{
    static SummaryChartDrawer drawer = nullptr;
    return drawer;
}

int summary(Context &ctx, const CliOptions &opts)
{
    const QString outPath = opts.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        ctx.err << tr("请用 --out 指定输出的 .docx 或 .pdf 文件。") << "\n";
        return UsageError;
    }
    YearMonth month;
    if (opts.has(QStringLiteral("month"))) {
        month = YearMonth::parse(opts.value(QStringLiteral("month")));
        if (!month.isValid()) {
            ctx.err << tr("--month 需要 YYYY-MM 格式的月份（如 2021-11）。") << "\n";
            return UsageError;
        }
    }
    const QDate asOf = dateOption(ctx, opts, QStringLiteral("date"), QDate::currentDate());
    if (!asOf.isValid())
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    SummaryRequest request{scope.campaign, month, opts.value(QStringLiteral("unit")).trimmed(), asOf, outPath};
    // The file name is checked before the charts are drawn, so a wrong one costs nothing.
    DocumentFormat::Kind kind;
    Status s = DocumentFormat::of(outPath, &kind);
    if (s && chartDrawer())
        s = chartDrawer()(*scope.db, &request);
    SummaryDocument document;
    int pages = 0;
    if (s)
        s = SummaryExport::run(*scope.db, request, &document, &pages);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    if (pages > 0)
        ctx.out << tr("已生成工作总结（共 %1 页）：%2").arg(pages).arg(QDir::toNativeSeparators(outPath)) << "\n";
    else
        ctx.out << tr("已生成工作总结：%1").arg(QDir::toNativeSeparators(outPath)) << "\n";
    return Ok;
}

} // namespace

void setSummaryChartDrawer(SummaryChartDrawer drawer)
{
    chartDrawer() = drawer;
}

QList<Command> summaryCommands()
{
    return {
        {{QStringLiteral("summary")},
         QStringLiteral("--out FILE.docx|FILE.pdf [--month YYYY-MM] [--unit NAME] [--campaign ID] [--date YYYY-MM-DD]"),
         tr("根据数据起草工作总结（基本情况、主要做法和成效、存在问题、下一步打算），保存为 Word 或 PDF"),
         tr("数字全部取自该月的统计表（附件1—3 的合计）、报送情况和台账；--unit 为某一机构的总结（全称或简称），\n"
            "缺省为全县。--month 缺省为专项整治已开始的最后一个月；--date 为报送情况的查看日期和落款日期，缺省为今天。\n"
            "总结附报送情况和问题整改的逐月图表（某一机构的总结为该机构自己的；只有一个月的数据时不附）。\n"
            "句子来自专项整治模板，或本局的措辞文件（见 wording init）。专项整治默认为最近新建的一个。"),
         {QStringLiteral("out"), QStringLiteral("month"), QStringLiteral("unit"), QStringLiteral("campaign"),
          QStringLiteral("date")},
         {}, summary},
    };
}

} // namespace qf::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// analysis chart --chart NAME --month YYYY-MM [--unit U] [--form F --column C] --out FILE.png|svg|pdf
#include "ChartCommands.h"

#include "ChartExport.h"
#include "DateOption.h"
#include "analysis/AnalysisSnapshot.h"
#include "analysis/ChartData.h"

#include <QApplication>

namespace qf::cli {

namespace {

int usage(Context &ctx, const QString &message)
{
    ctx.err << message << "\n";
    return UsageError;
}

int chartCommand(Context &ctx, const CliOptions &opts)
{
    // A chart is a graphics widget: without a QApplication it cannot be drawn at all.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        ctx.err << QCoreApplication::translate("Cli", "画图表需要图形应用对象（QApplication），本程序没有创建。") << "\n";
        return DataError;
    }
    const QString name = opts.value(QStringLiteral("chart"));
    const std::optional<ChartKind> kind = ChartData::kindNamed(name);
    if (!kind)
        return usage(ctx, QCoreApplication::translate("Cli", "没有名为“%1”的图表；可选：%2。")
                              .arg(name, ChartData::names().join(QStringLiteral(", "))));
    ChartRequest request;
    request.kind = *kind;
    request.month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!request.month.isValid())
        return usage(ctx, QCoreApplication::translate("Cli", "月份“%1”无效，应为 YYYY-MM。").arg(opts.value(QStringLiteral("month"))));
    request.unit = opts.value(QStringLiteral("unit")).trimmed();
    if (request.kind == ChartKind::Trend) {
        bool formOk = false, columnOk = false;
        request.form = opts.value(QStringLiteral("form")).toInt(&formOk);
        request.column = opts.value(QStringLiteral("column")).toInt(&columnOk);
        if (!formOk || !columnOk)
            return usage(ctx, QCoreApplication::translate("Cli", "trend 图表需要 --form 附件编号（1—3）和 --column 栏目编号。"));
    }
    const QString path = opts.value(QStringLiteral("out"));
    // A file that cannot be written is refused before the work, and nothing is written.
    if (const Status s = charts::ChartExport::checkPath(path); !s)
        return usage(ctx, s.message());
    const QDate today = todayFromOptions(ctx, opts);
    if (!today.isValid())
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const QList<YearMonth> months = scope.campaign.reportingPeriods();
    if (!months.contains(request.month))
        return usage(ctx, QCoreApplication::translate("Cli", "%1不是专项整治的报表月份（%2至%3）。")
                              .arg(request.month.toChinese(), months.value(0).toChinese(),
                                   months.value(months.size() - 1).toChinese()));
    AnalysisSnapshot snapshot;
    ChartData data;
    Status s = AnalysisSnapshot::load(*scope.db, scope.campaign.id, request.month, today, &snapshot);
    if (s)
        s = ChartData::build(snapshot, request, &data);
    if (s)
        s = charts::ChartExport::write(data, path);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        return DataError;
    }
    ctx.err << QCoreApplication::translate("Cli", "已写入 %1：%2").arg(path, data.title) << "\n";
    return Ok;
}

} // namespace

QList<Command> chartCommands()
{
    return {
        {{QStringLiteral("analysis"), QStringLiteral("chart")},
         QStringLiteral("--chart NAME --month YYYY-MM [--unit U] [--form F --column C] --out FILE.png|FILE.svg|FILE.pdf"),
         QCoreApplication::translate("Cli", "把一张分析图导出为 PNG、SVG 或 PDF"),
         QCoreApplication::translate("Cli", "--chart：filing 报送情况（按时、逾期补报、逾期未报，按月）；problems 问题发现、整改与销号（按月，"
                                            "--unit 为全县或一个类别，如 公立·二级）；categories 各类别累计发现、整改与销号；rate 各类别整改率；"
                                            "laggards 整改率最低的机构；trend 报表一栏的逐月变化（--form、--column，--unit 为一个机构，默认全县）。\n"
                                            "数据与 analysis series 相同，截至 --month；文件格式由后缀决定，写入时要么完整、要么不写。"
                                            "--today YYYY-MM-DD 按该日判断报送是否逾期。"),
         {QStringLiteral("chart"), QStringLiteral("month"), QStringLiteral("unit"), QStringLiteral("form"),
          QStringLiteral("column"), QStringLiteral("out"), QStringLiteral("campaign"), QStringLiteral("today")},
         {},
         chartCommand},
    };
}

} // namespace qf::cli

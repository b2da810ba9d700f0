// SPDX-License-Identifier: GPL-3.0-or-later
// analysis signals, analysis series, analysis spotcheck, analysis verify, analysis inspectors add|list|remove.
#include "Cli.h"

#include "DateOption.h"
#include "actions/ExportSeries.h"
#include "actions/SpotCheckActions.h"
#include "analysis/AnalysisSeries.h"
#include "analysis/SignalEngine.h"
#include "storage/Database.h"
#include "storage/InspectorRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/SpotCheckRepository.h"

namespace qf::cli {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

int printErrors(Context &ctx, const Status &s)
{
    for (const QString &m : s.messages())
        ctx.err << m << "\n";
    return DataError;
}

/// --month when given (left invalid otherwise); false, after saying why, when it is malformed.
bool optionalMonth(Context &ctx, const CliOptions &opts, YearMonth *month)
{
    if (!opts.has(QStringLiteral("month")))
        return true;
    *month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (month->isValid())
        return true;
    ctx.err << QCoreApplication::translate("Cli", "月份“%1”无效，应为 YYYY-MM。").arg(opts.value(QStringLiteral("month"))) << "\n";
    return false;
}

int signalsCommand(Context &ctx, const CliOptions &opts)
{
    YearMonth month;
    if (!optionalMonth(ctx, opts, &month))
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    QList<SignalFinding> findings;
    const Status s = SignalEngine::run(*scope.db, scope.campaign.id, month, &findings);
    if (!s)
        return printErrors(ctx, s);
    ctx.out << QCoreApplication::translate("Cli", "机构\t信号\t月份\t依据") << "\n";
    // Ranked: the institutions with the highest score first, each with all of its findings.
    for (const SignalScore &score : SignalEngine::rank(findings))
        for (const SignalFinding &f : score.findings)
            ctx.out << oneLine(f.institution) << "\t" << f.signalName << "\t" << f.monthsText() << "\t" << oneLine(f.evidence) << "\n";
    return Ok;
}

int seriesCommand(Context &ctx, const CliOptions &opts)
{
    YearMonth month;
    if (!optionalMonth(ctx, opts, &month))
        return UsageError;
    const QDate today = todayFromOptions(ctx, opts);
    if (!today.isValid())
        return UsageError;
    const QString path = opts.value(QStringLiteral("out"));
    // A file that cannot be written is refused before the work, and nothing is written.
    if (opts.has(QStringLiteral("out")))
        if (const Status s = ExportSeries::checkPath(path); !s) {
            printErrors(ctx, s);
            return UsageError;
        }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const QList<YearMonth> months = scope.campaign.reportingPeriods();
    if (month.isValid() && !months.contains(month)) {
        ctx.err << QCoreApplication::translate("Cli", "%1不是专项整治的报表月份（%2至%3）。")
                       .arg(month.toChinese(), months.value(0).toChinese(), months.value(months.size() - 1).toChinese())
                << "\n";
        return UsageError;
    }
    AnalysisSeries series;
    Status s = AnalysisSeries::load(*scope.db, scope.campaign.id, month, today, &series);
    if (!s)
        return printErrors(ctx, s);
    if (!opts.has(QStringLiteral("out"))) {
        ctx.out << ExportSeries::toTabSeparated(series);
        return Ok;
    }
    s = ExportSeries::write(series, path);
    if (!s)
        return printErrors(ctx, s);
    ctx.err << QCoreApplication::translate("Cli", "已写入 %1：%2 个序列，%3 个数值（%4至%5）。")
                   .arg(path).arg(series.series.size()).arg(series.rows().size())
                   .arg(series.months.value(0).toChinese(), series.months.value(series.months.size() - 1).toChinese())
            << "\n";
    return Ok;
}

void printPicks(Context &ctx, const QList<SpotCheckPick> &picks)
{
    ctx.out << QCoreApplication::translate("Cli", "序号\t机构\t所有制\t等级\t乡镇\t检查人员") << "\n";
    for (const SpotCheckPick &p : picks)
        ctx.out << p.position << "\t" << oneLine(p.institution.name) << "\t" << ownershipLabel(p.institution.ownership) << "\t"
                << levelLabel(p.institution.level) << "\t" << oneLine(p.institution.township) << "\t" << p.inspectorNames() << "\n";
}

int spotCheck(Context &ctx, const CliOptions &opts)
{
    bool countOk = false, seedOk = false;
    SpotCheckRequest request;
    request.count = opts.value(QStringLiteral("count")).toInt(&countOk);
    request.seed = opts.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!countOk || request.count <= 0 || !seedOk) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --count N 指定抽查数量（正整数），用 --seed S 指定随机种子（0 至 18446744073709551615 的整数）。") << "\n";
        return UsageError;
    }
    request.day = dateOption(ctx, opts, QStringLiteral("date"), QDate::currentDate());
    if (!request.day.isValid())
        return UsageError;
    request.weighted = opts.has(QStringLiteral("weighted"));
    request.byTownship = opts.has(QStringLiteral("by-township"));
    // A paper that could not be written is refused before the draw is made and stored.
    if (const Status s = checkSpotCheckPaperPaths(opts); !s) {
        printErrors(ctx, s);
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    request.campaignId = scope.campaign.id;
    SpotCheckRecord record;
    QList<SpotCheckPick> picks;
    const Status s = SpotCheckActions::draw(*scope.db, request, scope.db->actor(), &record, &picks);
    if (!s)
        return printErrors(ctx, s);
    printPicks(ctx, picks);
    ctx.err << QCoreApplication::translate("Cli", "已保存为抽查记录 %1（种子 %2）；可用 analysis verify --draw %1 复核。").arg(record.id).arg(QString::number(record.seed))
            << "\n";
    return writeSpotCheckPapers(ctx, opts, *scope.db, record.id, ctx.err);
}

int verifyDraw(Context &ctx, const CliOptions &opts)
{
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("draw")).toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --draw ID 指定抽查记录的编号。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    const auto record = SpotCheckRepository(*db).find(id);
    if (!record) {
        ctx.err << QCoreApplication::translate("Cli", "找不到抽查记录 %1。").arg(id) << "\n";
        return DataError;
    }
    const Status s = SpotCheckDraw::verify(record->inputs, record->result);
    if (!s)
        return printErrors(ctx, s);
    ctx.out << QCoreApplication::translate("Cli", "抽查记录 %1：按种子 %2 和记录的输入重新抽取，结果一致（%3 家）。")
                   .arg(id).arg(QString::number(record->seed)).arg(record->picks.size())
            << "\n";
    return Ok;
}

int addInspector(Context &ctx, const CliOptions &opts)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    Inspector i;
    i.name = opts.value(QStringLiteral("name"));
    i.office = opts.value(QStringLiteral("office"));
    if (opts.has(QStringLiteral("institution"))) {
        const auto inst = InstitutionRepository(*db).findByName(opts.value(QStringLiteral("institution")));
        if (!inst) {
            ctx.err << QCoreApplication::translate("Cli", "机构名录中没有“%1”。").arg(opts.value(QStringLiteral("institution"))) << "\n";
            return DataError;
        }
        i.institutionId = inst->id;
    }
    const Status s = SpotCheckActions::addInspector(*db, i);
    if (!s)
        return printErrors(ctx, s);
    ctx.out << QCoreApplication::translate("Cli", "已添加检查人员 %1：%2").arg(i.id).arg(i.name) << "\n";
    return Ok;
}

int listInspectors(Context &ctx, const CliOptions &)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    InstitutionRepository institutions(*db);
    ctx.out << QCoreApplication::translate("Cli", "编号\t姓名\t科室\t所属机构") << "\n";
    for (const Inspector &i : InspectorRepository(*db).all()) {
        const auto inst = i.institutionId ? institutions.find(i.institutionId) : std::nullopt;
        ctx.out << i.id << "\t" << oneLine(i.name) << "\t" << oneLine(i.office) << "\t" << (inst ? inst->displayName() : QString()) << "\n";
    }
    return Ok;
}

int removeInspector(Context &ctx, const CliOptions &opts)
{
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --id ID 指定检查人员的编号（见 analysis inspectors list）。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    const Status s = SpotCheckActions::removeInspector(*db, id);
    if (!s)
        return printErrors(ctx, s);
    ctx.out << QCoreApplication::translate("Cli", "已删除检查人员 %1。").arg(id) << "\n";
    return Ok;
}

} // namespace

QList<Command> analysisCommands()
{
    const QString analysis = QStringLiteral("analysis");
    const QString inspectors = QStringLiteral("inspectors");
    return {
        {{analysis, QStringLiteral("signals")}, QStringLiteral("[--month YYYY-MM] [--campaign ID]"),
         QCoreApplication::translate("Cli", "列出“走过场”信号：每条一行（机构、信号、月份、依据）"),
         QCoreApplication::translate("Cli", "按机构得分从高到低列出截至所给月份（默认最近有报表的月份）的全部信号；规则及阈值见说明书。"),
         {QStringLiteral("month"), QStringLiteral("campaign")}, {}, signalsCommand},
        {{analysis, QStringLiteral("series")}, QStringLiteral("[--month YYYY-MM] [--out FILE.csv|FILE.xlsx] [--campaign ID]"),
         QCoreApplication::translate("Cli", "导出每张分析图背后的数据：序列、分组、月份、值、单位"),
         QCoreApplication::translate("Cli", "从专项整治的第一个报表月份到所给月份（默认最近有报表的月份）：报送情况（按时、逾期补报、逾期未报及两率），"
                                            "问题的发现、整改、销号（全县及按所有制×等级），整改率及整改率最低的机构，附件1—3各栏的全县数逐月变化。\n"
                                            "空白表示无从统计（未到期、未报送或无问题），不是 0。不给 --out 时以制表符分隔写到标准输出；"
                                            ".csv 为带 BOM 的 UTF-8，.xlsx 每个主题一张表并附“全部数据”。--today YYYY-MM-DD 按该日判断报送是否逾期。"),
         {QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("campaign"), QStringLiteral("today")}, {}, seriesCommand},
        {{analysis, QStringLiteral("spotcheck")},
         QStringLiteral("--count N --seed S [--weighted] [--by-township] [--out FILE.pdf|FILE.docx] [--notices FILE.pdf|FILE.docx] [--inspect-on YYYY-MM-DD]"),
         QCoreApplication::translate("Cli", "双随机抽查：按所有制×等级分层抽取机构并各派两名检查人员"),
         QCoreApplication::translate("Cli", "--weighted 按“走过场”信号得分加权；--by-township 再按乡镇分层；--date YYYY-MM-DD 取该月在册的机构。\n"
                                            "抽取结果连同种子和全部输入保存为抽查记录并记入审计日志，同一种子和输入总得到同一名单。\n"
                                            "--out 另写抽查名单、--notices 另写每家一份的检查通知（PDF 或 Word，见 analysis print）。"),
         {QStringLiteral("count"), QStringLiteral("seed"), QStringLiteral("campaign"), QStringLiteral("date"), QStringLiteral("out"),
          QStringLiteral("notices"), QStringLiteral("inspect-on")},
         {QStringLiteral("weighted"), QStringLiteral("by-township")}, spotCheck},
        {{analysis, QStringLiteral("verify")}, QStringLiteral("--draw ID"),
         QCoreApplication::translate("Cli", "按记录的种子和输入重新抽取，核对抽查记录"), QString(),
         {QStringLiteral("draw")}, {}, verifyDraw},
        {{analysis, inspectors, QStringLiteral("add")}, QStringLiteral("--name 姓名 [--office 科室] [--institution 机构]"),
         QCoreApplication::translate("Cli", "在检查人员库中添加人员"),
         QCoreApplication::translate("Cli", "--institution 为其所在机构（不会派往该机构检查）。"),
         {QStringLiteral("name"), QStringLiteral("office"), QStringLiteral("institution")}, {}, addInspector},
        {{analysis, inspectors, QStringLiteral("list")}, QString(), QCoreApplication::translate("Cli", "列出检查人员库"), QString(),
         {}, {}, listInspectors},
        {{analysis, inspectors, QStringLiteral("remove")}, QStringLiteral("--id ID"),
         QCoreApplication::translate("Cli", "从检查人员库中删除人员"), QString(), {QStringLiteral("id")}, {}, removeInspector},
    };
}

} // namespace qf::cli

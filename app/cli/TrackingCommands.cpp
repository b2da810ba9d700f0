// SPDX-License-Identifier: GPL-3.0-or-later
// tracking, tracking matrix, tracking remind, tracking record.
#include "Cli.h"

#include "DateOption.h"
#include "actions/ExportReminders.h"
#include "actions/SubmissionActions.h"
#include "campaign/ReminderList.h"
#include "campaign/SubmissionTracker.h"
#include "model/InstitutionLookup.h"
#include "model/Report.h"
#include "model/Submission.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace qf::cli {

namespace {

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value, 0, 'f', 1);
}

/// A rate, or "—" when nothing has fallen due yet.
QString rate(const TrackingCounts &c, double value)
{
    return c.expected ? percent(value) : QStringLiteral("—");
}

QString dueText(const Obligation &o)
{
    const QString date = o.due.toString(QStringLiteral("yyyy-MM-dd"));
    return o.dueNote.isEmpty() ? date : QCoreApplication::translate("Cli", "%1（%2）").arg(date, o.dueNote);
}

/// Opens the database and the tracker of the chosen campaign; prints why not.
bool openTracker(Context &ctx, const CliOptions &opts, SubmissionTracker *tracker, Database **dbOut = nullptr)
{
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return false;
    Database *db = scope.db;
    const Status s = SubmissionTracker::load(*db, scope.campaign.id, tracker);
    if (!s) {
        ctx.err << s.message() << "\n";
        return false;
    }
    if (dbOut)
        *dbOut = db;
    return true;
}

/// The day the command looks from (--today, else today) and the campaign's tracker: Ok, or
/// the exit status of what failed (it has said why).
int openTrackerOn(Context &ctx, const CliOptions &opts, SubmissionTracker *tracker, QDate *today)
{
    *today = todayFromOptions(ctx, opts);
    if (!today->isValid())
        return UsageError;
    return openTracker(ctx, opts, tracker) ? Ok : DataError;
}

/// --month, or the month the tracking page would show first. Invalid (after a message)
/// when the option is malformed or the campaign does not cover that month.
YearMonth monthFromOptions(Context &ctx, const CliOptions &opts, const SubmissionTracker &tracker, const QDate &today)
{
    if (!opts.has(QStringLiteral("month")))
        return tracker.defaultPeriod(today);
    const YearMonth month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!month.isValid()) {
        ctx.err << QCoreApplication::translate("Cli", "月份“%1”无效，应为 YYYY-MM。").arg(opts.value(QStringLiteral("month"))) << "\n";
        return {};
    }
    if (!tracker.periods().contains(month)) {
        QStringList months;
        for (const YearMonth &m : tracker.periods())
            months << m.toString();
        ctx.err << QCoreApplication::translate("Cli", "专项整治没有%1的报送事项。有报送事项的月份：%2").arg(month.toChinese(), months.join(QStringLiteral("、")))
                << "\n";
        return {};
    }
    return month;
}

void printCounts(QTextStream &out, const TrackingCounts &c)
{
    out << QCoreApplication::translate("Cli", "应报 %1 项：按时报送 %2，逾期补报 %3，未报送（未到截止日）%4，逾期未报 %5；完整率 %6，按时率 %7")
               .arg(c.expected).arg(c.onTime).arg(c.late).arg(c.pending).arg(c.overdue)
               .arg(percent(c.completeness()), percent(c.timeliness()))
        << "\n";
}

int status(Context &ctx, const CliOptions &opts)
{
    QDate today;
    SubmissionTracker tracker;
    if (const int failed = openTrackerOn(ctx, opts, &tracker, &today); failed != Ok)
        return failed;
    const bool all = opts.has(QStringLiteral("all"));
    YearMonth month;
    if (!all) {
        month = monthFromOptions(ctx, opts, tracker, today);
        if (!month.isValid())
            return opts.has(QStringLiteral("month")) ? UsageError : DataError;
    }
    QList<TrackedObligation> rows = all ? tracker.track(today) : tracker.track(month, today);
    const TrackingCounts counts = SubmissionTracker::count(rows);

    const Campaign &c = tracker.campaign();
    ctx.out << QCoreApplication::translate("Cli", "专项整治：%1 %2").arg(c.id).arg(c.title) << "\n";
    ctx.out << (all ? QCoreApplication::translate("Cli", "范围：全部月份") : QCoreApplication::translate("Cli", "月份：%1").arg(month.toChinese()))
            << QCoreApplication::translate("Cli", "　截至：%1").arg(today.toString(QStringLiteral("yyyy-MM-dd"))) << "\n";
    printCounts(ctx.out, counts);
    ctx.out << "\n" << QCoreApplication::translate("Cli", "状态\t单位\t事项\t报至\t截止日期\t报送日期\t逾期天数\t联系人\t电话") << "\n";
    // The ones needing a call first.
    std::stable_sort(rows.begin(), rows.end(), [](const TrackedObligation &a, const TrackedObligation &b) {
        return submissionStateSeverity(a.state) > submissionStateSeverity(b.state);
    });
    for (const TrackedObligation &t : rows) {
        const Obligation &o = t.obligation;
        QString filed = t.filedOn.isValid() ? t.filedOn.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        if (t.dateAssumed)
            filed += QCoreApplication::translate("Cli", "（按录入日期）");
        const QString days = t.daysLate > 0 ? QString::number(t.daysLate) : QString();
        ctx.out << submissionStateName(t.state) << "\t" << o.unitName << "\t" << o.what() << "\t" << o.recipientOffice
                << "\t" << dueText(o) << "\t" << filed << "\t" << days << "\t" << o.contactPerson << "\t" << o.phone
                << "\n";
    }
    if (counts.overdue > 0) {
        ctx.out << "\n" << QCoreApplication::translate("Cli", "有 %1 项逾期未报。").arg(counts.overdue) << "\n";
        return DataError;
    }
    return Ok;
}

QString cellText(const TrackingCounts &c)
{
    if (c.expected == 0)
        return QStringLiteral("—");
    const SubmissionState worst = c.worst();
    QString text = worst == SubmissionState::Pending ? QCoreApplication::translate("Cli", "待报") : submissionStateName(worst).left(2);
    if (c.expected > 1)
        text += QStringLiteral(" %1/%2").arg(c.filed()).arg(c.expected);
    return text;
}

int matrix(Context &ctx, const CliOptions &opts)
{
    QDate today;
    SubmissionTracker tracker;
    if (const int failed = openTrackerOn(ctx, opts, &tracker, &today); failed != Ok)
        return failed;
    const TrackingMatrix m = tracker.matrix(today);
    ctx.out << QCoreApplication::translate("Cli", "单位");
    for (const YearMonth &p : m.periods)
        ctx.out << "\t" << p.toString();
    // A deadline owed once (the work summary) follows the months under its own title.
    for (const TrackingMatrix::OnceColumn &col : m.onceColumns)
        ctx.out << "\t" << col.title;
    ctx.out << "\t" << QCoreApplication::translate("Cli", "完整率") << "\t" << QCoreApplication::translate("Cli", "按时率") << "\n";
    for (const TrackingMatrix::Row &r : m.rows) {
        ctx.out << r.unitName;
        for (const TrackingCounts &cell : r.cells + r.onceCells)
            ctx.out << "\t" << cellText(cell);
        ctx.out << "\t" << rate(r.total, r.total.completeness()) << "\t" << rate(r.total, r.total.timeliness()) << "\n";
    }
    ctx.out << QCoreApplication::translate("Cli", "完整率");
    for (const TrackingCounts &col : m.columnTotals + m.onceTotals)
        ctx.out << "\t" << rate(col, col.completeness());
    ctx.out << "\t" << rate(m.total, m.total.completeness()) << "\t" << rate(m.total, m.total.timeliness()) << "\n";
    return Ok;
}

int remind(Context &ctx, const CliOptions &opts)
{
    QDate today;
    SubmissionTracker tracker;
    if (const int failed = openTrackerOn(ctx, opts, &tracker, &today); failed != Ok)
        return failed;
    const YearMonth month = monthFromOptions(ctx, opts, tracker, today);
    if (!month.isValid())
        return opts.has(QStringLiteral("month")) ? UsageError : DataError;
    const ReminderList list = ReminderList::build(tracker.track(month, today), today,
                                                  !opts.has(QStringLiteral("overdue-only")));
    const QString heading = QCoreApplication::translate("Cli", "催报名单（%1报送事项，截至%2）")
                                .arg(month.toChinese(), today.toString(QStringLiteral("yyyy-MM-dd")));
    const QString out = opts.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.out << list.toText(heading);
        return Ok;
    }
    const Status s = ExportReminders::write(list, heading, out);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导出催报名单（%1个单位）到 %2。")
                   .arg(list.entries().size()).arg(QDir::toNativeSeparators(out)) << "\n";
    return Ok;
}

bool parseDeliverable(const QString &text, Deliverable *out)
{
    const QString t = text.trimmed().toLower();
    static const QList<QPair<QStringList, Deliverable>> names{
        {{QStringLiteral("1"), QStringLiteral("form1"), QStringLiteral(u"附件1")}, Deliverable::Form1},
        {{QStringLiteral("2"), QStringLiteral("form2"), QStringLiteral(u"附件2")}, Deliverable::Form2},
        {{QStringLiteral("3"), QStringLiteral("form3"), QStringLiteral(u"附件3")}, Deliverable::Form3},
        {{QStringLiteral("10"), QStringLiteral("summary"), QStringLiteral(u"工作总结"), QStringLiteral(u"总结")},
         Deliverable::Summary},
        {{QStringLiteral("11"), QStringLiteral("report"), QStringLiteral(u"专题报告"), QStringLiteral(u"报告")},
         Deliverable::Report},
    };
    for (const auto &n : names)
        if (n.first.contains(t)) {
            *out = n.second;
            return true;
        }
    return false;
}

int record(Context &ctx, const CliOptions &opts)
{
    Deliverable deliverable = Deliverable::Form1;   // set by parseDeliverable when it succeeds
    if (!parseDeliverable(opts.value(QStringLiteral("deliverable")), &deliverable)) {
        ctx.err << QCoreApplication::translate("Cli", "材料“%1”无效：可用 form1、form2、form3、summary（工作总结）、report（专题报告）。")
                       .arg(opts.value(QStringLiteral("deliverable"))) << "\n";
        return UsageError;
    }
    const QString unit = opts.value(QStringLiteral("unit")).trimmed();
    const QDate filedOn = QDate::fromString(opts.value(QStringLiteral("date")), Qt::ISODate);
    if (unit.isEmpty() || !filedOn.isValid()) {
        ctx.err << QCoreApplication::translate("Cli", "必须给出 --unit 单位名称和 --date 报送日期（YYYY-MM-DD）。") << "\n";
        return UsageError;
    }
    YearMonth month;
    if (opts.has(QStringLiteral("month"))) {
        month = YearMonth::parse(opts.value(QStringLiteral("month")));
        if (!month.isValid()) {
            ctx.err << QCoreApplication::translate("Cli", "月份“%1”无效，应为 YYYY-MM。").arg(opts.value(QStringLiteral("month"))) << "\n";
            return UsageError;
        }
    }
    Database *db = nullptr;
    SubmissionTracker tracker;
    if (!openTracker(ctx, opts, &tracker, &db))
        return DataError;

    // The obligations this names: an institution by full name or short name (one only), else
    // an office by its name.
    const QList<Institution> registry = InstitutionRepository(*db).all();
    const QList<Institution> named = InstitutionLookup::matching(registry, unit);
    if (named.size() > 1) {
        ctx.err << InstitutionLookup::find(registry, unit, nullptr).message() << "\n";
        return UsageError;
    }
    const QString institutionKey = named.isEmpty() ? QString() : UnitKey::institution(named.first().id);
    QList<Obligation> matches;
    for (const Obligation &o : tracker.obligations())
        if ((institutionKey.isEmpty() ? o.unitName == unit : o.unitKey == institutionKey) && o.deliverable == deliverable
            && (!month.isValid() || o.period == month))
            matches << o;
    if (matches.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "“%1”在本专项整治中没有应报的%2%3。")
                       .arg(unit, deliverableName(deliverable), month.isValid() ? QCoreApplication::translate("Cli", "（%1）").arg(month.toChinese()) : QString())
                << "\n";
        return DataError;
    }
    if (matches.size() > 1) {
        QStringList months;
        for (const Obligation &o : matches)
            months << o.period.toString();
        ctx.err << QCoreApplication::translate("Cli", "“%1”有多个月份应报%2，请用 --month 指定：%3").arg(unit, deliverableName(deliverable), months.join(QStringLiteral("、")))
                << "\n";
        return UsageError;
    }
    const Obligation &o = matches.first();
    if (o.filedThroughReports()) {
        ctx.err << QCoreApplication::translate("Cli", "医疗机构的统计表在录入或导入报表时自动登记报送，无需另行登记。") << "\n";
        return UsageError;
    }

    Submission s;
    s.campaignId = tracker.campaign().id;
    s.deliverable = deliverable;
    s.unitKey = o.unitKey;
    s.period = o.period;
    s.submittedOn = filedOn;
    s.note = opts.value(QStringLiteral("note"));
    const Status saved = SubmissionActions::record(*db, s, opts.value(QStringLiteral("file")));
    if (!saved) {
        ctx.err << saved.message() << "\n";
        return DataError;
    }
    const SubmissionState state = submissionState(o.due, filedOn, filedOn);
    ctx.out << QCoreApplication::translate("Cli", "已登记：%1 %2，%3报送（%4截止）——%5").arg(o.unitName, o.what(), filedOn.toString(QStringLiteral("yyyy-MM-dd")),
                                                     o.due.toString(QStringLiteral("yyyy-MM-dd")), submissionStateName(state));
    if (s.hasFile())
        ctx.out << QCoreApplication::translate("Cli", "，附件 %1（%2 字节）").arg(s.fileName).arg(s.fileSize);
    ctx.out << "\n";
    return Ok;
}

} // namespace

QList<Command> trackingCommands()
{
    const QString common = QCoreApplication::translate("Cli", "--campaign 指定专项整治编号（默认最近新建的一个）；--today 按指定日期判断是否逾期（默认今天）。");
    return {
        {{QStringLiteral("tracking")}, QStringLiteral("[--month YYYY-MM | --all] [--campaign ID] [--today YYYY-MM-DD]"),
         QCoreApplication::translate("Cli", "报送跟踪：某月各单位按时报送、逾期补报、未报送情况"),
         QCoreApplication::translate("Cli", "列出该月（报表所属月份）每个应报单位的状态、截止日期、报送日期、联系人和电话。不给 --month 时取最近到期的月份；"
            "--all 查看全部月份。有逾期未报的事项时退出码为 1。\n") + common,
         {QStringLiteral("month"), QStringLiteral("campaign"), QStringLiteral("today")}, {QStringLiteral("all")}, status},
        {{QStringLiteral("tracking"), QStringLiteral("matrix")}, QStringLiteral("[--campaign ID] [--today YYYY-MM-DD]"),
         QCoreApplication::translate("Cli", "报送跟踪：单位 × 月份汇总表"),
         QCoreApplication::translate("Cli", "每个单位每个月的报送情况（按时、补报、逾期、待报；—为该月无须报送，如已停业），"
                                            "以及已到截止日事项的完整率、按时率。\n") + common,
         {QStringLiteral("campaign"), QStringLiteral("today")}, {}, matrix},
        {{QStringLiteral("tracking"), QStringLiteral("remind")},
         QStringLiteral("[--month YYYY-MM] [--overdue-only] [--out FILE.xlsx] [--campaign ID] [--today YYYY-MM-DD]"),
         QCoreApplication::translate("Cli", "生成催报名单（单位、联系人、电话、未报事项）"),
         QCoreApplication::translate("Cli", "列出该月尚未报送的单位及其未报事项，逾期的排在前面；--overdue-only 只列已逾期的。"
            "电话为名册中的联系电话（不是举报电话）。--out 写成 Excel 工作簿，与窗口中“导出 Excel…”相同。\n") + common,
         {QStringLiteral("month"), QStringLiteral("campaign"), QStringLiteral("today"), QStringLiteral("out")},
         {QStringLiteral("overdue-only")}, remind},
        {{QStringLiteral("tracking"), QStringLiteral("record")},
         QStringLiteral("--unit NAME --deliverable form1|form2|summary|report --date YYYY-MM-DD [--month YYYY-MM] "
                        "[--file PATH] [--note …] [--campaign ID]"),
         QCoreApplication::translate("Cli", "登记股室报送或工作总结（可附文件）"),
         QCoreApplication::translate("Cli", "登记股室上报的附件1（全县）、附件2，以及各单位的工作总结、专题报告。附件文件复制保存在数据库中。"
            "医疗机构的统计表在录入或导入时自动登记，无须在此登记。同一单位同一事项再次登记时覆盖原登记。"),
         {QStringLiteral("unit"), QStringLiteral("deliverable"), QStringLiteral("date"), QStringLiteral("month"),
          QStringLiteral("file"), QStringLiteral("note"), QStringLiteral("campaign")},
         {}, record},
    };
}

} // namespace qf::cli

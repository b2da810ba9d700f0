// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "TrackingFixture.h"
#include "campaign/CampaignPosition.h"
#include "campaign/ReminderList.h"
#include "model/Submission.h"
#include "storage/SubmissionRepository.h"

using namespace qf;

namespace {

using test::d;
using test::TrackingFixture;

const TrackedObligation *find(const QList<TrackedObligation> &list, const Institution &i, Deliverable what)
{
    for (const TrackedObligation &t : list)
        if (t.obligation.institutionId == i.id && t.obligation.deliverable == what)
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE("a filing on the due date is on time, the day after is late, none is missing then overdue")
{
    CHECK(submissionState(d(2021, 9, 12), d(2021, 9, 12), d(2021, 9, 20)) == SubmissionState::OnTime);
    CHECK(submissionState(d(2021, 9, 12), d(2021, 9, 1), d(2021, 9, 20)) == SubmissionState::OnTime);
    CHECK(submissionState(d(2021, 9, 12), d(2021, 9, 13), d(2021, 9, 20)) == SubmissionState::Late);
    CHECK(submissionState(d(2021, 9, 12), QDate(), d(2021, 9, 11)) == SubmissionState::Pending);
    CHECK(submissionState(d(2021, 9, 12), QDate(), d(2021, 9, 12)) == SubmissionState::Pending);
    CHECK(submissionState(d(2021, 9, 12), QDate(), d(2021, 9, 13)) == SubmissionState::Overdue);
    CHECK(submissionStateName(SubmissionState::OnTime) == QStringLiteral(u"按时报送"));
    CHECK(submissionStateName(SubmissionState::Late) == QStringLiteral(u"逾期补报"));
    CHECK(submissionStateName(SubmissionState::Pending) == QStringLiteral(u"未报送"));
    CHECK(submissionStateName(SubmissionState::Overdue) == QStringLiteral(u"逾期未报"));
}

TEST_CASE("obligations follow the registry: active medical institutions only, while they are open")
{
    TrackingFixture f;
    const SubmissionTracker tr = f.tracker();
    auto expected = [&](const Institution &i, const YearMonth &m) {
        for (const Obligation &o : tr.obligations())
            if (o.institutionId == i.id && o.period == m && o.deliverable == Deliverable::Form1)
                return true;
        return false;
    };
    CHECK(expected(f.hospital, YearMonth(2021, 7)));
    CHECK(expected(f.hospital, YearMonth(2021, 11)));
    CHECK(expected(f.closedClinic, YearMonth(2021, 9)));        // closed on 30 September
    CHECK_FALSE(expected(f.closedClinic, YearMonth(2021, 10)));
    CHECK_FALSE(expected(f.newClinic, YearMonth(2021, 7)));     // opened on 20 August
    CHECK(expected(f.newClinic, YearMonth(2021, 8)));
    CHECK_FALSE(expected(f.pharmacy, YearMonth(2021, 8)));
    // The closed clinic owes no work summary due 1 December either.
    for (const Obligation &o : tr.obligations())
        if (o.deliverable == Deliverable::Summary)
            CHECK(o.institutionId != f.closedClinic.id);

    // Offices owe their own deadlines: 党建办 the county 附件1, the 体改股 附件2, monthly.
    int office = 0;
    for (const Obligation &o : tr.obligations())
        if (o.period == YearMonth(2021, 8) && !o.isInstitution()) {
            ++office;
            CHECK(o.due == d(2021, 9, 14));
            CHECK((o.unitKey == UnitKey::office(QStringLiteral(u"党建办"))
                   || o.unitKey == UnitKey::office(QStringLiteral(u"医政体改和中医股"))));
        }
    CHECK(office == 2);
    CHECK(tr.periods().size() == 6);   // July–November reports and the December summary
}

TEST_CASE("tracking a month at its boundaries: on the due day, the day after, missing before and after")
{
    TrackingFixture f;
    const YearMonth august(2021, 8);
    f.report(f.hospital, 1, august, d(2021, 9, 12));     // on the due date (a Sunday)
    f.report(f.hospital, 3, august, d(2021, 9, 13));     // one day after
    f.report(f.newClinic, 1, august, d(2021, 9, 10));
    SubmissionTracker tr = f.tracker();

    SECTION("on the due date the missing ones are not yet overdue")
    {
        const QList<TrackedObligation> list = tr.track(august, d(2021, 9, 12));
        CHECK(find(list, f.hospital, Deliverable::Form1)->state == SubmissionState::OnTime);
        CHECK(find(list, f.closedClinic, Deliverable::Form1)->state == SubmissionState::Pending);
        // Seen on the 12th, the 13th's filing is already known: late by a day.
        CHECK(find(list, f.hospital, Deliverable::Form3)->state == SubmissionState::Late);
        const TrackingCounts c = SubmissionTracker::count(list);
        CHECK(c.overdue == 0);
    }
    SECTION("the day after, the missing ones are overdue")
    {
        const QList<TrackedObligation> list = tr.track(august, d(2021, 9, 13));
        const TrackedObligation *late = find(list, f.hospital, Deliverable::Form3);
        REQUIRE(late);
        CHECK(late->state == SubmissionState::Late);
        CHECK(late->daysLate == 1);
        CHECK(late->filedOn == d(2021, 9, 13));
        const TrackedObligation *missing = find(list, f.closedClinic, Deliverable::Form1);
        REQUIRE(missing);
        CHECK(missing->state == SubmissionState::Overdue);
        CHECK(missing->daysLate == 1);
        CHECK(missing->obligation.phone == QStringLiteral("13877201111"));
        CHECK(missing->obligation.contactPerson == QStringLiteral(u"黎玉珍"));

        // 3 institutions × 2 forms + 2 office forms.
        const TrackingCounts c = SubmissionTracker::count(list);
        CHECK(c.expected == 8);
        CHECK(c.onTime == 2);
        CHECK(c.late == 1);
        CHECK(c.pending == 2);    // the offices' forms are due on the 14th
        CHECK(c.overdue == 3);
        CHECK(c.completeness() == Approx(37.5));
        CHECK(c.timeliness() == Approx(25.0));
    }
}

TEST_CASE("a report without an arrival date counts as filed on the day it was entered")
{
    TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 7), QDate());
    const QList<TrackedObligation> list = f.tracker().track(YearMonth(2021, 7), QDate::currentDate());
    const TrackedObligation *t = find(list, f.hospital, Deliverable::Form1);
    REQUIRE(t);
    CHECK(t->isFiled());
    CHECK(t->dateAssumed);
    CHECK(t->filedOn == QDate::currentDate());
}

TEST_CASE("office filings and work summaries are recorded with the file kept in the database")
{
    TrackingFixture f;
    SubmissionRepository repo(f.t.db());
    Submission office;
    office.campaignId = f.campaign.id;
    office.deliverable = Deliverable::Form1;
    office.unitKey = UnitKey::office(QStringLiteral(u"党建办"));
    office.period = YearMonth(2021, 8);
    office.submittedOn = d(2021, 9, 14);
    REQUIRE(repo.record(office).isOk());
    CHECK(office.id != 0);
    CHECK_FALSE(office.hasFile());

    const QByteArray bytes = QByteArray("%PDF-1.4 summary of the hospital\n") + QByteArray(70000, 'x');
    Submission summary;
    summary.campaignId = f.campaign.id;
    summary.deliverable = Deliverable::Summary;
    summary.unitKey = UnitKey::institution(f.hospital.id);
    summary.period = YearMonth(2021, 12);
    summary.submittedOn = d(2021, 12, 3);
    summary.fileName = QStringLiteral(u"县人民医院工作总结.pdf");
    REQUIRE(repo.record(summary, &bytes).isOk());
    CHECK(summary.fileSize == bytes.size());
    CHECK(summary.fileSha256.size() == 64);
    CHECK(repo.fileContent(summary.id) == bytes);

    // Recording again without a file keeps the one stored; the date is replaced.
    Submission again = summary;
    again.fileName.clear();
    again.submittedOn = d(2021, 11, 30);
    REQUIRE(repo.record(again).isOk());
    CHECK(again.id == summary.id);
    CHECK(again.fileName == QStringLiteral(u"县人民医院工作总结.pdf"));
    CHECK(repo.fileContent(summary.id) == bytes);
    CHECK(repo.list(f.campaign.id).size() == 2);

    SubmissionTracker tr = f.tracker();
    const QList<TrackedObligation> dec = tr.track(YearMonth(2021, 12), d(2021, 12, 5));
    const TrackedObligation *s = find(dec, f.hospital, Deliverable::Summary);
    REQUIRE(s);
    CHECK(s->state == SubmissionState::OnTime);
    CHECK(s->hasFile);
    for (const TrackedObligation &t : tr.track(YearMonth(2021, 8), d(2021, 9, 20)))
        if (t.obligation.unitKey == UnitKey::office(QStringLiteral(u"党建办")))
            CHECK(t.state == SubmissionState::OnTime);

    REQUIRE(repo.remove(summary.id).isOk());
    CHECK(repo.fileContent(summary.id).isEmpty());
    CHECK(find(f.tracker().track(YearMonth(2021, 12), d(2021, 12, 5)), f.hospital, Deliverable::Summary)->state
          == SubmissionState::Overdue);
}

TEST_CASE("the unit by month matrix leaves closed months empty and totals each month")
{
    TrackingFixture f;
    f.report(f.closedClinic, 1, YearMonth(2021, 7), d(2021, 8, 10));
    f.report(f.closedClinic, 3, YearMonth(2021, 7), d(2021, 8, 16));
    const TrackingMatrix m = f.tracker().matrix(d(2021, 8, 20));
    // The months are those of the monthly reports; the summary due 1 December is a column of its own.
    REQUIRE(m.periods.size() == 5);
    CHECK(m.periods.first() == YearMonth(2021, 7));
    CHECK(m.periods.last() == YearMonth(2021, 11));
    REQUIRE(m.onceColumns.size() == 1);
    CHECK(m.onceColumns[0].due == d(2021, 12, 1));
    REQUIRE(m.onceTotals.size() == 1);
    // Rows: the three medical institutions in registry order, then the two offices.
    REQUIRE(m.rows.size() == 5);
    CHECK(m.rows[0].unitName == f.hospital.name);
    CHECK(m.rows[1].unitName == f.closedClinic.name);
    CHECK(m.rows[3].office);
    const TrackingMatrix::Row &closed = m.rows[1];
    CHECK(closed.cells[0].expected == 2);
    CHECK(closed.cells[0].onTime == 1);
    CHECK(closed.cells[0].late == 1);
    CHECK(closed.cells[0].worst() == SubmissionState::Late);
    CHECK(closed.cells[2].expected == 2);    // September: still open
    CHECK(closed.cells[3].expected == 0);    // October: closed, not expected
    CHECK(closed.onceCells[0].expected == 0);    // no summary owed
    CHECK(m.rows[0].onceCells[0].expected == 1); // the hospital owes one, not yet due
    CHECK(m.rows[0].onceCells[0].pending == 1);
    CHECK(m.rows[0].cells[4].expected == 2);     // November: the two monthly forms, without the summary
    CHECK(m.rows[2].cells[0].expected == 0); // the new clinic was not open in July
    // July: hospital 2 + closed clinic 2 + offices 2.
    CHECK(m.columnTotals[0].expected == 6);
    CHECK(m.columnTotals[0].filed() == 2);
    CHECK(m.columnTotals[0].overdue == 4);
    // Totals leave out what is not yet due: August is due on 12 September.
    CHECK(m.rows[0].cells[1].expected == 2);
    CHECK(m.rows[0].cells[1].pending == 2);
    CHECK(m.columnTotals[1].expected == 0);
    CHECK(m.rows[0].total.expected == 2);
    CHECK(m.total.expected == m.columnTotals[0].expected + m.columnTotals[1].expected + m.columnTotals[2].expected
                                  + m.columnTotals[3].expected + m.columnTotals[4].expected
                                  + m.onceTotals[0].expected);
}

TEST_CASE("the reminder list names each unit with contact, phone and what it still owes")
{
    TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 8), d(2021, 9, 10));
    const QList<TrackedObligation> list = f.tracker().track(YearMonth(2021, 8), d(2021, 9, 15));
    const ReminderList reminders = ReminderList::build(list, d(2021, 9, 15));
    // The hospital still owes 附件3; both clinics owe both forms; the offices are overdue too.
    CHECK(reminders.entries().size() == 5);
    CHECK(reminders.overdueUnits() == 5);
    const QString text = reminders.toText(QStringLiteral(u"催报名单"));
    CHECK(text.contains(QStringLiteral(u"甲县长盛村卫生室　联系人：黎玉珍　联系电话：13877201111")));
    CHECK(text.contains(QStringLiteral(u"附件3 统计表（三）（2021年8月），报至医政体改和中医股，2021-09-12截止（周日），已逾期3天")));
    CHECK(text.contains(QStringLiteral(u"党建办")));
    CHECK(text.contains(QStringLiteral("6811998")));
    CHECK_FALSE(text.contains(QStringLiteral(u"甲县大药房")));
    CHECK_FALSE(text.contains(QStringLiteral("0772-12345")));   // the 举报电话 is not the line to call
    const QString html = reminders.toHtml(QStringLiteral(u"催报名单"));
    CHECK(html.contains(QStringLiteral(u"<td>甲县新开诊所</td>")));

    // Before the due date nobody is overdue; asking for the overdue only gives an empty list.
    const QList<TrackedObligation> early = f.tracker().track(YearMonth(2021, 8), d(2021, 9, 1));
    CHECK(ReminderList::build(early, d(2021, 9, 1), false).isEmpty());
    CHECK(ReminderList::build(early, d(2021, 9, 1)).toText(QString()).contains(QStringLiteral(u"还有11天")));
}

TEST_CASE("today's position: phase, next due date and what is overdue")
{
    TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 7), d(2021, 8, 12));
    const CampaignPosition p = CampaignPosition::on(f.tracker(), d(2021, 8, 13));
    CHECK(p.stage == CampaignPosition::Stage::Running);
    CHECK(p.phase == QStringLiteral(u"集中整治"));   // the later of two overlapping phases
    CHECK(p.nextDue == d(2021, 8, 14));
    CHECK(p.dueSoFar == 4);     // July 附件1 and 附件3 of the hospital and the closed clinic
    CHECK(p.onTime == 1);
    CHECK(p.overdue == 3);
    CHECK(p.overdueUnits == 2);
    CHECK(p.describe().contains(QStringLiteral(u"逾期未报 3 项（涉及 2 个单位）")));
}

TEST_CASE("the month shown first is the one due within a week, else the one most recently due")
{
    TrackingFixture f;
    const SubmissionTracker tr = f.tracker();
    CHECK(tr.defaultPeriod(d(2021, 6, 15)) == YearMonth(2021, 7));
    CHECK(tr.defaultPeriod(d(2021, 8, 20)) == YearMonth(2021, 7));
    CHECK(tr.defaultPeriod(d(2021, 9, 6)) == YearMonth(2021, 8));
    CHECK(tr.defaultPeriod(d(2022, 3, 1)) == YearMonth(2021, 11));
}

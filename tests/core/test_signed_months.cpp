// SPDX-License-Identifier: GPL-3.0-or-later
// A month that is accepted (验收) or signed (签发) keeps its figures: no ledger record, step
// or override that would change them is stored — through the repositories or written as
// SQL straight into the database — until the month is unlocked with a reason.
#include "LedgerFixture.h"

#include "forms/CampaignForms.h"
#include "ledgers/Problem.h"
#include "model/FigureOverride.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

// Every figure of every unit and body row of the month's three forms, as the forms show them.
QStringList figures(Database &db, const Campaign &campaign, const YearMonth &month)
{
    QStringList out;
    for (const FormTable &t : CampaignForms::forMonth(db, campaign, month).month(month)) {
        for (const UnitFigures &u : t.units)
            for (auto it = u.current.numbers.cbegin(); it != u.current.numbers.cend(); ++it)
                out << QStringLiteral("附件%1 %2 (%3)=%4").arg(t.form->number).arg(u.current.unitKey).arg(it.key()).arg(it.value());
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < t.rows.at(r).values.size(); ++c)
                out << QStringLiteral("附件%1 行%2 (%3)=%4").arg(t.form->number).arg(r).arg(c + 1).arg(t.rows.at(r).values.at(c).number);
    }
    return out;
}

// Only what was locked: 甲医院's own 附件1 and 附件3 rows and the whole of 附件2.
QStringList lockedPart(const QStringList &all, qint64 institution)
{
    QStringList out;
    const QString unit = UnitKey::institution(institution);
    for (const QString &f : all)
        if (f.startsWith(QStringLiteral("附件1 %1 ").arg(unit)) || f.startsWith(QStringLiteral("附件3 %1 ").arg(unit))
            || f.startsWith(QStringLiteral("附件2 ")))
            out << f;
    return out;
}

} // namespace

TEST_CASE("ledger writes that would change an accepted or signed month are refused, others go through", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    PeriodLockRepository locks(db);
    f.lockAugustOfA();
    const QStringList before = lockedPart(figures(db, f.campaign, aug), f.a);
    REQUIRE(before.size() > 10);

    ProblemRepository problems(db);
    // A problem found in August, after the month was accepted: refused, with the reason.
    Problem late = f.problem(f.a, LedgerFixture::day(8, 20), QStringLiteral(u"补录的八月问题"));
    const Status backdated = problems.save(late);
    INFO(backdated.message());
    CHECK(LedgerFixture::refusedAsLocked(backdated));
    // Found in July counts in August as well (the figures are cumulative).
    Problem july = f.problem(f.a, LedgerFixture::day(7, 2), QStringLiteral(u"补录的七月问题"));
    CHECK(LedgerFixture::refusedAsLocked(problems.save(july)));
    // After the locked month, and at another institution whose August is open: stored.
    Problem october = f.problem(f.a, LedgerFixture::day(10, 8), QStringLiteral(u"十月问题"));
    CHECK(problems.save(october).isOk());
    Problem other = f.problem(f.b, LedgerFixture::day(8, 20), QStringLiteral(u"乙院八月问题"));
    CHECK(problems.save(other).isOk());

    QList<Problem> stored = problems.list(f.campaign.id);
    auto find = [&](const QString &what) {
        for (const Problem &p : stored)
            if (p.description == what)
                return p;
        FAIL("no such problem: " << what.toStdString());
        return Problem();
    };
    // Moving a September problem into August, or deleting an August one: refused.
    Problem moved = find(QStringLiteral(u"耗材领用无记录"));
    moved.foundOn = LedgerFixture::day(8, 30);
    CHECK(LedgerFixture::refusedAsLocked(problems.save(moved)));
    CHECK(LedgerFixture::refusedAsLocked(problems.remove(find(QStringLiteral(u"病历不规范")).id)));
    // A rectification dated in August is refused; dated today it is stored.
    const qint64 p2 = find(QStringLiteral(u"病历不规范")).id;
    CHECK(LedgerFixture::refusedAsLocked(problems.transition(p2, ProblemState::Rectified, LedgerFixture::day(8, 25),
                                              QStringLiteral(u"科长"), {}, f.today)));
    CHECK(problems.transition(p2, ProblemState::Rectified, f.today, QStringLiteral(u"科长"), {}, f.today).isOk());
    // Words that make no figure may still be corrected (on a problem that is not closed:
    // a closed one refuses every change of its own).
    Problem p4 = find(QStringLiteral(u"耗材领用无记录"));
    p4.measures = QStringLiteral(u"建立领用登记");
    CHECK(problems.save(p4).isOk());

    // The other ledgers: cases, supplier interviews, inspections and overrides.
    CaseRecord warning;
    warning.campaignId = f.campaign.id;
    warning.institutionId = f.a;
    warning.kind = CaseKind::WarningEducation;
    warning.heldOn = LedgerFixture::day(8, 28);
    warning.title = QStringLiteral(u"补录警示教育");
    CHECK(LedgerFixture::refusedAsLocked(CaseRecordRepository(db).save(warning)));
    SupplierInterview interview;
    interview.campaignId = f.campaign.id;
    interview.institutionId = f.a;
    interview.heldOn = LedgerFixture::day(8, 30);
    interview.supplier = QStringLiteral(u"补录医药公司");
    CHECK(LedgerFixture::refusedAsLocked(SupplierRepository(db).save(interview)));
    Inspection inspection;
    inspection.campaignId = f.campaign.id;
    inspection.institutionId = f.c;
    inspection.inspectedOn = LedgerFixture::day(8, 30);
    inspection.interview = true;
    CHECK(LedgerFixture::refusedAsLocked(InspectionRepository(db).save(inspection)));
    FigureOverride o;
    o.campaignId = f.campaign.id;
    o.form = 1;
    o.unitKey = UnitKey::institution(f.a);
    o.period = aug;
    o.column = 1;
    o.reason = QStringLiteral(u"台账不全");
    CHECK(LedgerFixture::refusedAsLocked(FigureOverrideRepository(db).set(o)));

    // Whatever was refused left no trace: August shows exactly what it showed when locked.
    CHECK(lockedPart(figures(db, f.campaign, aug), f.a) == before);

    // Unlocked with a reason, the late problem is stored and August changes.
    REQUIRE(locks.unlock(f.campaign.id, 1, UnitKey::institution(f.a), aug, QStringLiteral(u"补录漏报问题")).isOk());
    Problem again = f.problem(f.a, LedgerFixture::day(8, 20), QStringLiteral(u"补录的八月问题"));
    CHECK(problems.save(again).isOk());
    CHECK(lockedPart(figures(db, f.campaign, aug), f.a) != before);
}

TEST_CASE("SQL written straight into the database cannot change a signed month either", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    const QString c = QString::number(f.campaign.id);
    const QString a = QString::number(f.a);
    // A July report that August carries forward (the unit sent none for August), and a
    // September report to be moved into August.
    QSqlQuery seed(db.connection());
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                     "VALUES (%1, 3, 'I%2', %2, '2021-07', '2021-08-01')").arg(c, a)));
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO figure (report_id, column_no, number) "
                                     "SELECT id, 14, 3 FROM report WHERE period = '2021-07' AND form = 3")));
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                     "VALUES (%1, 1, 'I%2', %2, '2021-09', '2021-10-01')").arg(c, a)));
    PeriodLockRepository locks(db);
    for (int form : {1, 2, 3})
        REQUIRE(locks.lock(f.campaign.id, form, PeriodLockRepository::wholeMonth(), aug).isOk());
    const QStringList before = figures(db, f.campaign, aug);
    const QStringList attempts{
        QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, state, created_at, updated_at) "
                       "VALUES (%1, %2, 'self', '2021-08-03', '直接写入', 'found', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("UPDATE problem SET found_on = '2021-08-01' WHERE found_on > '2021-08-31'"),
        QStringLiteral("DELETE FROM problem WHERE found_on <= '2021-08-31' AND state <> 'closed'"),
        QStringLiteral("UPDATE problem_step SET done_on = '2021-08-02' WHERE done_on > '2021-08-31'"),
        QStringLiteral("DELETE FROM problem_step WHERE done_on <= '2021-08-31'"),
        QStringLiteral("INSERT INTO case_record (campaign_id, institution_id, kind, held_on, title, created_at, updated_at) "
                       "VALUES (%1, %2, 'training', '2021-08-09', '直接写入', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("UPDATE case_record SET persons = persons + 5 WHERE held_on <= '2021-08-31'"),
        QStringLiteral("UPDATE inspection SET fine_yuan = fine_yuan + 100000 WHERE inspected_on <= '2021-08-31'"),
        QStringLiteral("DELETE FROM inspection WHERE inspected_on <= '2021-08-31'"),
        QStringLiteral("UPDATE supplier_interview SET held_on = '2021-07-01'"),
        QStringLiteral("UPDATE tipoff SET institution_id = %1 WHERE institution_id <> %1").arg(QString::number(f.b)),
        QStringLiteral("DELETE FROM tipoff_step WHERE done_on <= '2021-08-31'"),
        QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                       "VALUES (%1, 1, 'I%2', '2021-08', 1, '绕过', '2021-12-01')").arg(c, a),
        QStringLiteral("UPDATE report SET period = '2021-08' WHERE period = '2021-09'"),
        // A tip-off makes its unit keep the tip-off ledger from the day it was received.
        QStringLiteral("INSERT INTO tipoff (campaign_id, received_on, channel, institution_id, summary, created_at, updated_at) "
                       "VALUES (%1, '2021-08-05', 'letter', %2, '直接写入', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("UPDATE tipoff SET received_on = '2021-07-30' WHERE received_on <= '2021-08-31'"),
        QStringLiteral("DELETE FROM tipoff WHERE received_on <= '2021-08-31'"),
        // The report August carries forward from July is part of August.
        QStringLiteral("UPDATE figure SET number = number + 50 WHERE report_id IN (SELECT id FROM report WHERE period = '2021-07')"),
        QStringLiteral("INSERT INTO figure (report_id, column_no, number) SELECT id, 1, 9 FROM report WHERE period = '2021-07'"),
        QStringLiteral("DELETE FROM report WHERE period = '2021-07'"),
        QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                       "VALUES (%1, 1, 'I%2', %2, '2021-07', '2021-08-01')").arg(c, QString::number(f.c)),
        // Dates and months written another way would sort past the rules.
        QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, state, created_at, updated_at) "
                       "VALUES (%1, %2, 'self', '2021/08/03', '斜杠日期', 'found', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, state, created_at, updated_at) "
                       "VALUES (%1, %2, 'self', '2021-09-31', '不存在的日期', 'found', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("INSERT INTO case_record (campaign_id, institution_id, kind, held_on, title, answered_on, created_at, updated_at) "
                       "VALUES (%1, %2, 'recommendation', '2021-09-10', '建议书', '2021/08/25', '2021-12-01', '2021-12-01')").arg(c, a),
        QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                       "VALUES (%1, 1, 'I%2', '2021-08 ', 1, '带空格的月份', '2021-12-01')").arg(c, a),
    };
    for (const QString &sql : attempts) {
        INFO(sql.toStdString());
        QSqlQuery q(db.connection());
        const bool stored = q.exec(sql) && q.numRowsAffected() > 0;
        CHECK_FALSE(stored);
        if (stored)
            continue;
        // A refusal names the rule (an empty statement would not prove anything).
        if (q.lastError().isValid())
            CHECK((q.lastError().text().contains(QStringLiteral("locked period"))
                   || q.lastError().text().contains(QStringLiteral("invalid date"))
                   || q.lastError().text().contains(QStringLiteral("_dates"))
                   || q.lastError().text().contains(QStringLiteral("_month"))));
    }
    CHECK(figures(db, f.campaign, aug) == before);
    // A note is not a figure: it may be corrected in a signed month.
    QSqlQuery note(db.connection());
    CHECK(note.exec(QStringLiteral("UPDATE problem SET note = '补充' WHERE found_on <= '2021-08-31' AND state <> 'closed'")));
}


TEST_CASE("a report that a signed later month carries forward can only change once that month is unlocked", "[engines]")
{
    LedgerFixture f;
    Database &db = f.db();
    const YearMonth oct(2021, 10);
    const YearMonth nov(2021, 11);
    ReportRepository reports(db);
    // 丙诊所 sent October's 附件3 but nothing for November, which shows October's figures.
    Report october;
    october.campaignId = f.campaign.id;
    october.form = 3;
    october.unitKey = UnitKey::institution(f.c);
    october.period = oct;
    october.submittedOn = QDate(2021, 11, 10);
    october.numbers = {{14, 2}};
    REQUIRE(reports.save(october).isOk());
    PeriodLockRepository locks(db);
    REQUIRE(locks.lock(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), nov).isOk());
    const QStringList before = lockedPart(figures(db, f.campaign, nov), f.c);
    REQUIRE(before.contains(QStringLiteral("附件3 %1 (14)=2").arg(october.unitKey)));

    // Correcting October (which is itself open) would change the signed November.
    Report corrected = reports.find(f.campaign.id, 3, october.unitKey, oct).value();
    corrected.numbers[14] = 7;
    const Status s = reports.save(corrected);
    INFO(s.message());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("沿用")));
    CHECK(lockedPart(figures(db, f.campaign, nov), f.c) == before);

    // A unit that sent its own November report is not carried: its October stays open.
    Report novemberB = october;
    novemberB.unitKey = UnitKey::institution(f.b);
    novemberB.period = nov;
    REQUIRE(locks.unlock(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), nov, QStringLiteral(u"补报")).isOk());
    Report octoberB = october;
    octoberB.unitKey = UnitKey::institution(f.b);
    REQUIRE(reports.save(octoberB).isOk());
    REQUIRE(reports.save(novemberB).isOk());
    REQUIRE(locks.lock(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), nov).isOk());
    Report octoberBAgain = reports.find(f.campaign.id, 3, octoberB.unitKey, oct).value();
    octoberBAgain.numbers[14] = 1;
    CHECK(reports.save(octoberBAgain).isOk());

    // Unlocked with a reason, October may be corrected and November shows the correction.
    REQUIRE(locks.unlock(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), nov, QStringLiteral(u"更正十月")).isOk());
    corrected = reports.find(f.campaign.id, 3, october.unitKey, oct).value();
    corrected.numbers[14] = 7;
    CHECK(reports.save(corrected).isOk());
    CHECK(lockedPart(figures(db, f.campaign, nov), f.c).contains(QStringLiteral("附件3 %1 (14)=7").arg(october.unitKey)));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server against an institution's account on its own rows: figures and text
// within the forms' bounds, the bureau's findings, steps and lock rows kept, report keys,
// versions, dates and overrides that are not the institution's to set; and the database
// owner's import and the advice server init gives on what only the superuser can close.
#include "SharedCounty.h"

#include "storage/PeriodLockRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;
using qf::test::SharedCounty;

namespace {

struct Refusal
{
    QString what;
    QString statement;
    QString reason;   ///< a part of the server's error
};

// A write that changes no row (filtered by row-level security) counts as refused.
QString changing(const QString &statement)
{
    return QStringLiteral("DO $$ BEGIN %1; IF NOT FOUND THEN RAISE EXCEPTION 'nothing changed'; END IF; END $$").arg(statement);
}

QString scalar(Database &db, const QString &query)
{
    QSqlQuery q(db.connection());
    INFO(query.toStdString());
    REQUIRE(q.exec(query));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("an institution's own rows take only what the program would write, and the bureau's rows stay the bureau's", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    const QString report = QString::number(county.myReport.id);
    const QString campaign = QString::number(county.campaign.id);
    const QString me = QString::number(county.mine.id);
    // An inspection's finding about 甲, and a problem of 甲's the bureau has closed.
    Problem found;
    found.campaignId = county.campaign.id;
    found.institutionId = county.mine.id;
    found.source = ProblemSource::Inspection;
    found.foundOn = QDate(2021, 9, 2);
    found.foundBy = QStringLiteral(u"县纪委检查组");
    found.description = QStringLiteral(u"药品采购未走程序");
    found.responsible = QStringLiteral(u"李院长");
    ProblemRepository problems(county.admin);
    REQUIRE(problems.save(found).isOk());
    const Status started = problems.transition(found.id, ProblemState::Rectifying, QDate(2021, 9, 3), QStringLiteral(u"院长"),
                                               QString(), QDate(2021, 9, 3));
    INFO(started.message().toStdString());
    REQUIRE(started.isOk());
    const QString finding = QString::number(found.id);
    const QString closed = QString::number(county.myProblemId);
    QSqlQuery a(county.admin.connection());
    REQUIRE(a.exec(QStringLiteral("UPDATE problem SET responsible = '王医生' WHERE id = %1").arg(closed)));
    for (ProblemState s : {ProblemState::Rectifying, ProblemState::Rectified, ProblemState::Closed})
        REQUIRE(problems.transition(county.myProblemId, s, QDate(2021, 9, 10), QStringLiteral(u"局长"), QString(), QDate(2021, 9, 10)).isOk());

    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    const QString figure = QStringLiteral("UPDATE figure SET number = %2 WHERE report_id = %1 AND column_no = 1").arg(report);
    const QString newReport = QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                             "VALUES (%1, %3, 'I%2', %2, '%4', 'x')");
    const QList<Refusal> refusals{
        {QStringLiteral("NaN"), changing(figure.arg(QStringLiteral("'NaN'"))), QStringLiteral("figure_number_bounds")},
        {QStringLiteral("a negative figure"), changing(figure.arg(QStringLiteral("-5"))), QStringLiteral("figure_number_bounds")},
        {QStringLiteral("1e308"), changing(figure.arg(QStringLiteral("1e308"))), QStringLiteral("figure_number_bounds")},
        {QStringLiteral("infinity"), changing(figure.arg(QStringLiteral("'Infinity'"))), QStringLiteral("figure_number_bounds")},
        {QStringLiteral("1.5 people"), changing(figure.arg(QStringLiteral("1.5"))), QStringLiteral("figure out of range")},
        {QStringLiteral("column 9999"), QStringLiteral("INSERT INTO figure (report_id, column_no, number) VALUES (%1, 9999, 3)").arg(report),
         QStringLiteral("figure out of range")},
        {QStringLiteral("20 MB of text in a figure"),
         changing(QStringLiteral("UPDATE figure SET text = repeat('x', 20000000) WHERE report_id = %1 AND column_no = 1").arg(report)),
         QStringLiteral("figure out of range")},
        {QStringLiteral("20 MB of text in a problem"),
         changing(QStringLiteral("UPDATE problem SET note = repeat('x', 20000000) WHERE id = %1").arg(finding)), QStringLiteral("_length")},
        {QStringLiteral("a large object"), QStringLiteral("SELECT lo_create(0)"), QStringLiteral("permission denied")},
        {QStringLiteral("a large object from bytes"), QStringLiteral("SELECT lo_from_bytea(0, '\\x00')"), QStringLiteral("permission denied")},
        // The bureau's findings, the 销号 and the steps.
        {QStringLiteral("deleting the inspection's finding"), changing(QStringLiteral("DELETE FROM problem WHERE id = %1").arg(finding)),
         QStringLiteral("problem is the bureau's")},
        {QStringLiteral("making the finding its own"), changing(QStringLiteral("UPDATE problem SET source = 'self' WHERE id = %1").arg(finding)),
         QStringLiteral("problem is the bureau's")},
        {QStringLiteral("rewriting what the inspection found"),
         changing(QStringLiteral("UPDATE problem SET description = '无', found_by = '自己' WHERE id = %1").arg(finding)),
         QStringLiteral("problem is the bureau's")},
        {QStringLiteral("rewriting a closed problem"),
         changing(QStringLiteral("UPDATE problem SET description = '已按要求整改（改写）', measures = '无' WHERE id = %1").arg(closed)),
         QStringLiteral("problem is the bureau's")},
        {QStringLiteral("deleting a closed problem"), changing(QStringLiteral("DELETE FROM problem WHERE id = %1").arg(closed)),
         QStringLiteral("closing needs the bureau")},
        {QStringLiteral("forging who made the 销号"),
         changing(QStringLiteral("UPDATE problem_step SET done_by = '局长张三', note = '改写', done_on = '2021-12-30' "
                                 "WHERE problem_id = %1 AND to_state = 'closed'").arg(closed)),
         QStringLiteral("steps are history")},
        {QStringLiteral("deleting the steps before the 销号"),
         changing(QStringLiteral("DELETE FROM problem_step WHERE problem_id = %1 AND to_state <> 'closed'").arg(closed)),
         QStringLiteral("steps are history")},
        {QStringLiteral("rewriting a step of its own problem"),
         changing(QStringLiteral("UPDATE problem_step SET note = 'x' WHERE problem_id = %1").arg(finding)), QStringLiteral("steps are history")},
        {QStringLiteral("a finding in the inspection's name"),
         QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, created_at, updated_at) "
                        "VALUES (%1, %2, 'inspection', '2021-09-01', 'x', 'x', 'x')").arg(campaign, me),
         QStringLiteral("problem is the bureau's")},
        // Its own report's key, kind, date and the bureau's overrides.
        {QStringLiteral("moving its report to another month"),
         changing(QStringLiteral("UPDATE report SET period = '2022-05' WHERE id = %1").arg(report)), QStringLiteral("report is the bureau's")},
        {QStringLiteral("moving its report to another form"),
         changing(QStringLiteral("UPDATE report SET form = 3 WHERE id = %1").arg(report)), QStringLiteral("report is the bureau's")},
        {QStringLiteral("a derived report"), changing(QStringLiteral("UPDATE report SET source = 'derived' WHERE id = %1").arg(report)),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("a back-dated filing"),
         changing(QStringLiteral("UPDATE report SET submitted_on = '2021-08-01' WHERE id = %1").arg(report)),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("a filing dated next year"),
         changing(QStringLiteral("UPDATE report SET submitted_on = to_char(current_date + 365, 'YYYY-MM-DD') WHERE id = %1").arg(report)),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("a report for a month outside the campaign's"), newReport.arg(campaign, me, QStringLiteral("1"), QStringLiteral("2021-12")),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("a report before the campaign's first month"), newReport.arg(campaign, me, QStringLiteral("3"), QStringLiteral("2021-06")),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("a report of the offices' form 2"), newReport.arg(campaign, me, QStringLiteral("2"), QStringLiteral("2021-09")),
         QStringLiteral("report is the bureau's")},
        {QStringLiteral("an override of its own ledger check"),
         QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                        "VALUES (%1, 1, 'I%2', '2021-09', 1, 'x', 'x')").arg(campaign, me),
         QStringLiteral("permission denied")},
        {QStringLiteral("locking its own month"),
         QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at) VALUES (%1, 1, 'I%2', '2021-09', 'x')").arg(campaign, me),
         QStringLiteral("permission denied")}};
    for (const Refusal &r : refusals) {
        INFO(r.what.toStdString());
        QSqlQuery q(institution.connection());
        CHECK_FALSE(q.exec(r.statement));
        INFO(q.lastError().text().toStdString());
        CHECK(q.lastError().text().contains(r.reason));
    }
    CHECK(scalar(county.admin, QStringLiteral("SELECT description || state || source FROM problem WHERE id = %1").arg(finding))
          == QStringLiteral(u"药品采购未走程序rectifyinginspection"));
    CHECK(scalar(county.admin, QStringLiteral("SELECT count(*) FROM problem_step WHERE problem_id = %1").arg(closed)) == QStringLiteral("3"));

    // A version set by hand is the server's next version, and the bureau's save goes on.
    const QString version = scalar(county.admin, QStringLiteral("SELECT version FROM report WHERE id = %1").arg(report));
    QSqlQuery q(institution.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE report SET version = 2147483647 WHERE id = %1").arg(report)));
    CHECK(scalar(county.admin, QStringLiteral("SELECT version FROM report WHERE id = %1").arg(report)) == QString::number(version.toInt() + 1));
    auto stored = ReportRepository(county.admin).find(county.campaign.id, 1, county.myReport.unitKey, YearMonth(2021, 8));
    REQUIRE(stored);
    stored->numbers[2] = 4;
    stored->optimistic = true;
    const Status saved = ReportRepository(county.admin).save(*stored);
    INFO(saved.message().toStdString());
    CHECK(saved.isOk());
    CHECK(stored->version == version.toInt() + 2);

    // What is the institution's to do still works: working on the finding, its own
    // findings, its own report through the program (dated today), a month it files.
    REQUIRE(q.exec(QStringLiteral("UPDATE problem SET measures = '重新招标', responsible = '王医生', state = 'rectified' WHERE id = %1").arg(finding)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, created_at, updated_at) "
                                  "VALUES (%1, %2, 'self', '2021-09-05', '自查发现', 'x', 'x') RETURNING id").arg(campaign, me)));
    REQUIRE(q.next());
    const QString own = q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("UPDATE problem SET description = '自查发现（补充）' WHERE id = %1").arg(own)));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM problem WHERE id = %1").arg(own)));
    Report mine = county.report(county.mine, 7);
    mine.period = YearMonth(2021, 9);
    mine.submittedOn = QDate::currentDate();
    REQUIRE(ReportRepository(institution).save(mine).isOk());
    mine.numbers[1] = 8;   // saved again, keeping its filing date
    REQUIRE(ReportRepository(institution).save(mine).isOk());
    CHECK(mine.version == 2);
}

TEST_CASE("the database owner imports a local database and is told what only the superuser can close", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the server import tests need a PostgreSQL server and are skipped.");
        return;
    }
    test::DemoDatabase local;
    test::ScratchServerDatabase roles(*server);   // creates the owner and is dropped after the database
    test::ScratchServerDatabase scratch(*server);
    const QString owner = roles.role(QStringLiteral("owner"));
    roles.admin(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(owner));
    roles.admin(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(scratch.location().database(), owner));
    DatabaseLocation asOwner = scratch.location();
    asOwner.setUser(owner);
    Database db;
    const Status opened = db.open(asOwner, true);
    INFO(opened.message().toStdString());
    REQUIRE(opened.isOk());

    const QStringList advice = ServerAdmin::openToEveryone(db);
    INFO(advice.join(QLatin1Char('\n')).toStdString());
    REQUIRE(advice.size() == 2);
    CHECK(advice.at(0).contains(QStringLiteral(u"超级用户")));
    CHECK(advice.at(1).startsWith(QStringLiteral("REVOKE EXECUTE ON FUNCTION")));
    CHECK(advice.at(1).contains(QStringLiteral("lo_create(oid)")));

    QStringList lines;
    const Status imported = ServerAdmin::importSqlite(db, local.path(), &lines);
    INFO(imported.message().toStdString());
    REQUIRE(imported.isOk());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM report")).toInt() == ReportRepository(local.db()).all(local.campaignId()).size());
    // The triggers are on again: the copied audit trail is as it was, and new changes are audited.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")) == scalar(local.db(), QStringLiteral("SELECT count(*) FROM audit_log")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                    "WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'O'")) == QStringLiteral("0"));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET township = township || '镇' WHERE id = 7")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
          == scalar(local.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() + 1);

    // A superuser's server init revokes the large objects itself: nothing to advise.
    SharedCounty county(*server);
    CHECK(ServerAdmin::openToEveryone(county.admin).isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server against an account that writes its own SQL (psql, a script): for an
// institution, the city and a demoted bureau account, a table of attempts to read or
// change what the account may not, to forge the audit trail or to become someone else.
// Every attempt must fail, and the bureau's view of every table must stay as it was.
#include "SharedCounty.h"

#include "storage/AuditLog.h"
#include "storage/PeriodLockRepository.h"
#include "storage/PostgresEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace qf;
using qf::test::SharedCounty;

namespace {

struct Attempt
{
    QString what;
    QStringList setup;  ///< may succeed or fail: the stage of the attack
    QString attack;     ///< must fail
};

// A write through a PL/pgSQL block that succeeds only when it changed a row: an UPDATE
// or DELETE that RLS filters down to nothing "succeeds" without harm, and must count as
// failed.
QString changing(const QString &statement)
{
    return QStringLiteral("DO $$ BEGIN %1; IF NOT FOUND THEN RAISE EXCEPTION 'nothing changed'; END IF; END $$").arg(statement);
}

// A read that succeeds only when it sees at least one row of the query.
QString seeing(const QString &query)
{
    return QStringLiteral("SELECT 1 / (SELECT count(*) FROM (%1) AS seen)::INTEGER").arg(query);
}

// The errors by which an attempt is refused for the right reason (not, say, a NOT NULL
// column the attempt left out).
bool refused(const QString &error)
{
    for (const char *reason : {"permission denied", "row-level security", "locked period", "closing needs the bureau",
                               "qf_audit runs only", "nothing changed", "division by zero",
                               "can only be called as triggers", "must be member of role", "must be owner",
                               "must have admin option", "figure out of range", "figure_number_bounds", "_length\"",
                               "locks are history", "problem is the bureau's", "steps are history", "report is the bureau's"})
        if (error.contains(QLatin1String(reason)))
            return true;
    return false;
}

/// Every table of the schema as the server's administrator sees it: rows and a digest.
QStringList bureauView(Database &admin)
{
    QStringList view;
    QSqlQuery tables(admin.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    REQUIRE(names.size() > 20);
    for (const QString &t : names) {
        QSqlQuery q(admin.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM public.%1 t").arg(t)));
        REQUIRE(q.next());
        view << QStringLiteral("%1 %2 %3").arg(t, q.value(0).toString(), q.value(1).toString());
    }
    return view;
}

/// What an institution's account (mine) tries against the other institution (theirs).
/// The city reads every row (but the reporters'): reading is no attack for it.
QList<Attempt> institutionAttempts(const SharedCounty &c, bool readsAll)
{
    const QString me = QString::number(c.mine.id);
    const QString them = QString::number(c.theirs.id);
    const QString campaign = QString::number(c.campaign.id);
    const QString theirReport = QString::number(c.theirReport.id);
    const QString myReport = QString::number(c.myReport.id);
    const QString theirProblem = QString::number(c.theirProblemId);
    const QString myProblem = QString::number(c.myProblemId);
    const QString tempAccount = QStringLiteral("CREATE TEMP TABLE account (role_name TEXT, kind TEXT, institution_id INTEGER)");
    const QString beThem = QStringLiteral("INSERT INTO pg_temp.account VALUES (session_user, 'institution', %1)").arg(them);
    const QString fileAsThem = QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                              "VALUES (%1, 1, 'I%2', %2, '2021-10', 'x')").arg(campaign, them);
    QList<Attempt> a;

    // 1. Becoming another institution through objects of its own that shadow the schema's.
    if (!readsAll)
        a << Attempt{QStringLiteral("a temporary account table makes qf_my_institution() another's: read"),
                     {tempAccount, beThem}, seeing(QStringLiteral("SELECT 1 FROM report WHERE institution_id = %1").arg(them))};
    a << Attempt{QStringLiteral("a temporary account table makes qf_my_institution() another's: write"),
                 {tempAccount, beThem}, changing(QStringLiteral("UPDATE public.figure SET number = 999 WHERE report_id = %1").arg(theirReport))};
    a << Attempt{QStringLiteral("a temporary account table makes qf_my_institution() another's: file"), {tempAccount, beThem},
                 fileAsThem};
    a << Attempt{QStringLiteral("a temporary audit_log swallows the audit rows of a change"),
                 {QStringLiteral("CREATE TEMP TABLE audit_log (id BIGINT, at TEXT, actor TEXT, login TEXT, table_name TEXT, row_key TEXT, "
                                 "action TEXT, old_values TEXT, new_values TEXT)")},
                 QStringLiteral("DO $$ BEGIN UPDATE public.problem SET note = 'unaudited' WHERE id = %1; "
                                "IF (SELECT count(*) FROM pg_temp.audit_log) = 0 THEN RAISE EXCEPTION 'nothing changed'; END IF; END $$")
                     .arg(myProblem)};
    if (!readsAll)
        a << Attempt{QStringLiteral("a temporary report table opens another's figures"),
                 {QStringLiteral("CREATE TEMP TABLE report (id INTEGER, institution_id INTEGER, unit_key TEXT, campaign_id INTEGER, form INTEGER, period TEXT)"),
                  QStringLiteral("INSERT INTO pg_temp.report VALUES (%1, %2, 'I%2', %3, 1, '2021-08')").arg(theirReport, me, campaign)},
                 seeing(QStringLiteral("SELECT 1 FROM figure WHERE report_id = %1").arg(theirReport))};
    a << Attempt{QStringLiteral("a temporary problem table opens another's problem steps"),
                 {QStringLiteral("CREATE TEMP TABLE problem (id INTEGER, institution_id INTEGER, campaign_id INTEGER, found_on TEXT)"),
                  QStringLiteral("INSERT INTO pg_temp.problem VALUES (%1, %2, %3, '2021-09-01')").arg(theirProblem, me, campaign)},
                 QStringLiteral("INSERT INTO problem_step (problem_id, from_state, to_state, done_on, done_by, recorded_at) "
                                "VALUES (%1, 'found', 'rectifying', '2021-09-20', 'x', 'x')").arg(theirProblem)};
    a << Attempt{QStringLiteral("an empty temporary period_lock unlocks the signed month"),
                 {QStringLiteral("CREATE TEMP TABLE period_lock (id INTEGER, campaign_id INTEGER, form INTEGER, unit_key TEXT, period TEXT, "
                                 "locked_at TEXT, locked_by TEXT, unlocked_at TEXT, unlocked_by TEXT, unlock_reason TEXT)")},
                 QStringLiteral("UPDATE figure SET number = 1 WHERE report_id = %1").arg(myReport)};
    for (const QString &f : {QStringLiteral("qf_my_institution() RETURNS INTEGER LANGUAGE sql AS 'SELECT %1'").arg(them),
                             QStringLiteral("to_jsonb(anyelement) RETURNS JSONB LANGUAGE sql AS 'SELECT ''{}''::jsonb'"),
                             QStringLiteral("current_setting(TEXT, BOOLEAN) RETURNS TEXT LANGUAGE sql AS 'SELECT ''someone'''"),
                             QStringLiteral("pg_has_role(NAME, TEXT, TEXT) RETURNS BOOLEAN LANGUAGE sql AS 'SELECT true'")})
        a << Attempt{QStringLiteral("a function of pg_temp shadows the schema's: ") + f.left(f.indexOf(QLatin1Char('('))),
                     {QStringLiteral("CREATE FUNCTION pg_temp.") + f, tempAccount},
                     readsAll ? fileAsThem : seeing(QStringLiteral("SELECT 1 FROM report WHERE institution_id = %1").arg(them))};

    // 2. Filing under another institution's name, and learning whether it has filed.
    a << Attempt{QStringLiteral("a report with its own id and another's unit key"), {},
                 QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                "VALUES (%1, 1, 'I%2', %3, '2021-09', 'x')").arg(campaign, them, me)};
    a << Attempt{QStringLiteral("moving its own report to another's unit key"), {},
                 changing(QStringLiteral("UPDATE public.report SET unit_key = 'I%1', period = '2021-09' WHERE id = %2").arg(them, myReport))};
    a << Attempt{QStringLiteral("probing another's filing with ON CONFLICT DO NOTHING"), {},
                 QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                "VALUES (%1, 1, 'I%2', %3, '2021-08', 'x') ON CONFLICT DO NOTHING").arg(campaign, them, me)};
    a << Attempt{QStringLiteral("a filing record under another's unit key"), {},
                 QStringLiteral("INSERT INTO submission (campaign_id, deliverable, unit_key, institution_id, period, submitted_on, recorded_at) "
                                "VALUES (%1, 1, 'I%2', %3, '2021-08', '2021-09-03', 'x')").arg(campaign, them, me)};
    a << Attempt{QStringLiteral("an override of another's cell"), {},
                 QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                                "VALUES (%1, 1, 'I%2', '2021-09', 1, 'x', 'x')").arg(campaign, them)};
    a << Attempt{QStringLiteral("a figure in another's report"), {},
                 QStringLiteral("INSERT INTO figure (report_id, column_no, number) VALUES (%1, 7, 1)").arg(theirReport)};
    a << Attempt{QStringLiteral("a problem in another's name"), {},
                 QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, created_at, updated_at) "
                                "VALUES (%1, %2, 'self', '2021-09-01', 'x', 'x', 'x')").arg(campaign, them)};

    // 3. Forging the audit trail.
    a << Attempt{QStringLiteral("a temporary table whose trigger calls qf_audit()"), {},
                 QStringLiteral("DO $$ BEGIN CREATE TEMP TABLE forged (id INTEGER); "
                                "CREATE TRIGGER forged_audit AFTER INSERT ON forged FOR EACH ROW EXECUTE FUNCTION public.qf_audit('id', '', 'id', 'id'); "
                                "INSERT INTO forged VALUES (1); END $$")};
    for (const QString &s : {QStringLiteral("INSERT INTO audit_log (table_name, row_key, action) VALUES ('report', '1', 'insert')"),
                             QStringLiteral("UPDATE audit_log SET actor = 'x'"), QStringLiteral("DELETE FROM audit_log"),
                             QStringLiteral("TRUNCATE audit_log"),
                             QStringLiteral("SELECT nextval(pg_get_serial_sequence('public.audit_log', 'id'))")})
        a << Attempt{QStringLiteral("the audit log directly: ") + s, {}, s};

    // 5. Changing a signed month: a backdated record, an override, the month's figures.
    a << Attempt{QStringLiteral("a backdated problem in the locked month"), {},
                 QStringLiteral("INSERT INTO problem (campaign_id, institution_id, source, found_on, description, created_at, updated_at) "
                                "VALUES (%1, %2, 'self', '2021-07-20', 'x', 'x', 'x')").arg(campaign, me)};
    a << Attempt{QStringLiteral("an override in the locked month"), {},
                 QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                                "VALUES (%1, 1, 'I%2', '2021-08', 1, 'x', 'x')").arg(campaign, me)};
    a << Attempt{QStringLiteral("a figure of the locked month"), {},
                 changing(QStringLiteral("UPDATE public.figure SET number = 11 WHERE report_id = %1").arg(myReport))};
    a << Attempt{QStringLiteral("lifting the lock"), {},
                 QStringLiteral("UPDATE period_lock SET unlocked_at = 'x', unlock_reason = 'x'")};

    // 7. 销号 of its own problem: the bureau's review.
    a << Attempt{QStringLiteral("closing its own problem with a step of its own"), {},
                 QStringLiteral("INSERT INTO problem_step (problem_id, from_state, to_state, done_on, done_by, recorded_at) "
                                "VALUES (%1, 'rectified', 'closed', '2021-09-20', 'x', 'x')").arg(myProblem)};
    a << Attempt{QStringLiteral("closing its own problem directly"), {},
                 changing(QStringLiteral("UPDATE public.problem SET state = 'closed' WHERE id = %1").arg(myProblem))};
    return a;
}

/// What every account tries: becoming someone else, disabling the triggers, writing the
/// tables it may not, calling the schema's functions.
QList<Attempt> everyoneAttempts(SharedCounty &c, const QString &bureauLogin)
{
    QList<Attempt> a;
    for (const QString &s : {QStringLiteral("SET ROLE qingfeng_bureau"), QStringLiteral("SET ROLE %1").arg(bureauLogin),
                             QStringLiteral("SET ROLE postgres"), QStringLiteral("SET SESSION AUTHORIZATION %1").arg(bureauLogin),
                             QStringLiteral("SET SESSION AUTHORIZATION postgres"),
                             QStringLiteral("SET session_replication_role = replica"),
                             QStringLiteral("ALTER TABLE report DISABLE TRIGGER USER"),
                             QStringLiteral("ALTER TABLE report DISABLE ROW LEVEL SECURITY"),
                             QStringLiteral("DROP POLICY own_rows ON report"),
                             QStringLiteral("CREATE OR REPLACE FUNCTION public.qf_my_institution() RETURNS INTEGER LANGUAGE sql AS 'SELECT 1'"),
                             QStringLiteral("CREATE TABLE public.shadow (id INTEGER)"),
                             QStringLiteral("GRANT qingfeng_bureau TO %1").arg(bureauLogin),
                             QStringLiteral("INSERT INTO account VALUES (session_user, 'bureau', NULL)"),
                             QStringLiteral("UPDATE account SET kind = 'bureau'"), QStringLiteral("DELETE FROM account"),
                             QStringLiteral("UPDATE schema_version SET version = 1")})
        a << Attempt{QStringLiteral("becoming someone else: ") + s, {}, s};
    // The reporter of a tip-off is for the bureau alone.
    a << Attempt{QStringLiteral("reading a tip-off's reporter"), {}, seeing(QStringLiteral("SELECT name FROM tipoff_reporter"))};
    a << Attempt{QStringLiteral("reading the account map"), {}, seeing(QStringLiteral("SELECT 1 FROM account"))};
    // Every table: an insert of a row of nobody's, an update and a delete of rows the
    // account does not own (its own locked month counts as not its to change).
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("institution"), QStringLiteral("name = name")}, {QStringLiteral("campaign"), QStringLiteral("title = title")},
        {QStringLiteral("office"), QStringLiteral("name = name")}, {QStringLiteral("phase"), QStringLiteral("name = name")},
        {QStringLiteral("deadline"), QStringLiteral("title = title")}, {QStringLiteral("report"), QStringLiteral("source_file = 'x'")},
        {QStringLiteral("figure"), QStringLiteral("number = 5")}, {QStringLiteral("submission"), QStringLiteral("note = 'x'")},
        {QStringLiteral("submission_file"), QStringLiteral("file_name = 'x'")}, {QStringLiteral("period_lock"), QStringLiteral("locked_by = 'x'")},
        {QStringLiteral("problem"), QStringLiteral("found_on = '2021-07-01'")}, {QStringLiteral("problem_step"), QStringLiteral("note = 'x'")},
        {QStringLiteral("problem_evidence"), QStringLiteral("added_by = 'x'")}, {QStringLiteral("tipoff"), QStringLiteral("note = 'x'")},
        {QStringLiteral("tipoff_step"), QStringLiteral("note = 'x'")}, {QStringLiteral("tipoff_reporter"), QStringLiteral("name = 'x'")},
        {QStringLiteral("inspection"), QStringLiteral("note = 'x'")}, {QStringLiteral("case_record"), QStringLiteral("note = 'x'")},
        {QStringLiteral("supplier_interview"), QStringLiteral("note = 'x'")}, {QStringLiteral("supplier_blacklist"), QStringLiteral("note = 'x'")},
        {QStringLiteral("figure_override"), QStringLiteral("reason = 'x'")}};
    for (const auto &[table, set] : tables) {
        a << Attempt{QStringLiteral("insert into ") + table, {}, QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)};
        a << Attempt{QStringLiteral("update of ") + table, {}, changing(QStringLiteral("UPDATE public.%1 SET %2").arg(table, set))};
        a << Attempt{QStringLiteral("delete from ") + table, {}, changing(QStringLiteral("DELETE FROM public.%1").arg(table))};
    }
    // Every trigger function of the schema: none can be called.
    QSqlQuery functions(c.admin.connection());
    REQUIRE(functions.exec(QStringLiteral("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                                          "AND p.prorettype = 'trigger'::regtype ORDER BY 1")));
    QStringList triggerFunctions;
    while (functions.next()) {
        const QString f = functions.value(0).toString();
        a << Attempt{QStringLiteral("calling ") + f, {}, QStringLiteral("SELECT public.%1()").arg(f)};
        triggerFunctions << f;
    }
    // The catalog query found the schema's trigger functions (the audit and lock ones at least).
    for (const char *known : {"qf_audit", "qf_report_locked", "qf_figure_locked", "qf_record_locked", "qf_step_locked"})
        CHECK(triggerFunctions.contains(QLatin1String(known)));
    return a;
}

/// Runs each attempt on its own (temporary objects and settings dropped after it) and
/// checks that it failed for a reason of access.
void attack(Database &db, const QList<Attempt> &attempts)
{
    for (const Attempt &attempt : attempts) {
        INFO(attempt.what.toStdString());
        for (const QString &s : attempt.setup) {
            QSqlQuery q(db.connection());
            q.exec(s);
        }
        QSqlQuery q(db.connection());
        INFO(attempt.attack.toStdString());
        const bool ran = q.exec(attempt.attack);
        CHECK_FALSE(ran);
        INFO(q.lastError().text().toStdString());
        CHECK((ran || refused(q.lastError().text())));
        QSqlQuery reset(db.connection());
        REQUIRE(reset.exec(QStringLiteral("DISCARD ALL")));
    }
}

struct HostileCounty : SharedCounty
{
    Database institution;
    Database city;
    Database demoted;
    Database bureau;
    QString bureauLogin;

    explicit HostileCounty(const DatabaseLocation &server) : SharedCounty(server)
    {
        // 乙 has filed a record of every kind the institution's tables hold.
        QSqlQuery q(admin.connection());
        const QString them = QString::number(theirs.id), campaignId = QString::number(campaign.id);
        for (const QString &s : {
                 QStringLiteral("INSERT INTO submission (campaign_id, deliverable, unit_key, institution_id, period, submitted_on, recorded_at) "
                                "VALUES (%1, 1, 'I%2', %2, '2021-08', '2021-09-03', 'x')").arg(campaignId, them),
                 QStringLiteral("INSERT INTO submission_file (submission_id, file_name, size, sha256, content) "
                                "SELECT id, 'a.xlsx', 1, encode(sha256('\\x00'), 'hex'), '\\x00' FROM submission"),
                 QStringLiteral("INSERT INTO problem_step (problem_id, from_state, to_state, done_on, done_by, recorded_at) "
                                "VALUES (%1, 'found', 'rectifying', '2021-08-10', 'x', 'x')").arg(theirProblemId),
                 QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at) "
                                "VALUES (%1, 'before', 'a.jpg', 1, encode(sha256('\\x00'), 'hex'), '\\x00', 'x')").arg(theirProblemId),
                 QStringLiteral("INSERT INTO case_record (campaign_id, institution_id, kind, held_on, title, created_at, updated_at) "
                                "VALUES (%1, %2, 'admonition', '2021-08-12', 'x', 'x', 'x')").arg(campaignId, them),
                 QStringLiteral("INSERT INTO supplier_interview (campaign_id, institution_id, supplier, held_on, created_at, updated_at) "
                                "VALUES (%1, %2, 'x', '2021-08-12', 'x', 'x')").arg(campaignId, them),
                 QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_at) "
                                "VALUES (%1, 1, 'I%2', '2021-08', 2, 'x', 'x')").arg(campaignId, them)}) {
            INFO(s.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        // 甲's August is accepted: locked for everyone.
        REQUIRE(PeriodLockRepository(admin).lock(campaign.id, 1, UnitKey::institution(mine.id), YearMonth(2021, 8)).isOk());
        connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, mine.id);
        connectAs(city, QStringLiteral("city"), ServerAdmin::AccountKind::City);
        connectAs(bureau, QStringLiteral("bureau"), ServerAdmin::AccountKind::Bureau);
        bureauLogin = bureau.location().user();
        // Once the bureau's, now 甲's.
        connectAs(demoted, QStringLiteral("moved"), ServerAdmin::AccountKind::Bureau);
        REQUIRE(ServerAdmin::addAccount(admin, demoted.location().user(), ServerAdmin::AccountKind::Institution, mine.id, QString()).isOk());
    }
};

} // namespace

TEST_CASE("no attempt of an institution's, the city's or a demoted account's changes what the bureau sees", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    HostileCounty county(*server);
    const QStringList before = bureauView(county.admin);
    const QList<Attempt> everyone = everyoneAttempts(county, county.bureauLogin);
    SECTION("an institution")
    {
        attack(county.institution, institutionAttempts(county, false) + everyone);
    }
    SECTION("the city")
    {
        attack(county.city, institutionAttempts(county, true) + everyone);
    }
    SECTION("a bureau account made an institution's")
    {
        attack(county.demoted, institutionAttempts(county, false) + everyone);
    }
    CHECK(bureauView(county.admin) == before);
}

TEST_CASE("an institution's refused filing under another's key does not tell whether that one has filed", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    // 乙 filed August, not September: both refusals read the same.
    QStringList errors;
    for (const char *period : {"2021-08", "2021-09"}) {
        QSqlQuery q(institution.connection());
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO report (campaign_id, form, unit_key, institution_id, period, updated_at) "
                                          "VALUES (%1, 1, 'I%2', %3, '%4', 'x')")
                               .arg(county.campaign.id).arg(county.theirs.id).arg(county.mine.id).arg(QLatin1String(period))));
        errors << q.lastError().databaseText();
    }
    CHECK(errors.at(0).contains(QStringLiteral("row-level security")));
    CHECK(errors.at(0) == errors.at(1));
}

TEST_CASE("the audit trail names the login beside the name a client declares, and only real tables write it", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database city;
    county.connectAs(city, QStringLiteral("city"), ServerAdmin::AccountKind::City);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    // The institution says it is the bureau's director.
    REQUIRE(institution.setActor(QStringLiteral(u"局长")).isOk());
    Report own = county.report(county.mine, 13);
    REQUIRE(ReportRepository(institution).save(own).isOk());
    const QList<AuditEntry> history = AuditLog(county.admin).figureHistory(county.myReport.id, 1);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().actor.startsWith(QStringLiteral(u"局长")));
    CHECK(history.last().login == institution.location().user());
    CHECK(history.last().who() == QStringLiteral(u"%1（账户 %2）").arg(institution.actor(), institution.location().user()));
    // The first entries, written by the administrator's session, name it too.
    CHECK(history.first().login == county.admin.location().user());

    // Even the owner, who may put a trigger anywhere, cannot write the trail from a
    // temporary table.
    QSqlQuery q(county.admin.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE forged (id INTEGER)")));
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER forged_audit AFTER INSERT ON forged FOR EACH ROW "
                                  "EXECUTE FUNCTION public.qf_audit('id', '', 'id', 'id')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO forged VALUES (1)")));
    CHECK(q.lastError().text().contains(QStringLiteral("qf_audit runs only")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'forged'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("销号 of a problem or a tip-off is the bureau's: the database refuses it to an institution", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    Database bureau;
    county.connectAs(bureau, QStringLiteral("bureau"), ServerAdmin::AccountKind::Bureau);
    const QString closeStep = QStringLiteral("INSERT INTO problem_step (problem_id, from_state, to_state, done_on, done_by, recorded_at) "
                                             "VALUES (%1, 'rectified', 'closed', '2021-09-20', 'x', 'x')").arg(county.myProblemId);
    const QString close = QStringLiteral("UPDATE problem SET state = 'closed' WHERE id = %1").arg(county.myProblemId);
    QSqlQuery q(institution.connection());
    // Rectifying is the institution's own work …
    REQUIRE(q.exec(QStringLiteral("UPDATE problem SET state = 'rectified', responsible = '王医生', measures = '退回回扣' WHERE id = %1").arg(county.myProblemId)));
    CHECK_FALSE(q.exec(closeStep));
    CHECK(q.lastError().text().contains(QStringLiteral("closing needs the bureau")));
    CHECK_FALSE(q.exec(close));
    // The program's own 销号 is refused in words a clerk reads.
    const Status closing = ProblemRepository(institution).transition(county.myProblemId, ProblemState::Closed, QDate(2021, 9, 20),
                                                                     QStringLiteral(u"院长"), QString(), QDate(2021, 9, 21));
    CHECK_FALSE(closing.isOk());
    INFO(closing.message().toStdString());
    CHECK(closing.message().contains(QStringLiteral(u"须由卫健局的账户办理")));
    // … closing the bureau's, which may also reopen it; the institution may not.
    QSqlQuery b(bureau.connection());
    REQUIRE(b.exec(closeStep));
    REQUIRE(b.exec(close));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE problem SET state = 'rectifying' WHERE id = %1").arg(county.myProblemId)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM problem_step WHERE to_state = 'closed'")));
    REQUIRE(b.exec(QStringLiteral("UPDATE problem SET state = 'rectifying' WHERE id = %1").arg(county.myProblemId)));
    REQUIRE(b.exec(QStringLiteral("UPDATE tipoff SET state = 'closed' WHERE id = %1").arg(county.tipoffId)));
}

TEST_CASE("a demoted account keeps none of its old rights and the command says what changed", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    const QString role = county.scratch.role(QStringLiteral("moved"));
    QStringList changes;
    REQUIRE(ServerAdmin::addAccount(county.admin, role, ServerAdmin::AccountKind::Bureau, 0, QString(), &changes).isOk());
    CHECK(changes.join(QLatin1Char('\n')).contains(QStringLiteral("qingfeng_bureau")));
    REQUIRE(ServerAdmin::addAccount(county.admin, role, ServerAdmin::AccountKind::Institution, county.mine.id, QString(), &changes).isOk());
    const QString said = changes.join(QLatin1Char('\n'));
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral(u"退出 qingfeng_bureau")));
    CHECK(said.contains(QStringLiteral(u"加入 qingfeng_institution")));
    QSqlQuery q(county.admin.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                  "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'").arg(role)));
    QStringList groups;
    while (q.next())
        groups << q.value(0).toString();
    CHECK(groups == QStringList{QStringLiteral("qingfeng_institution")});
    // Asking again changes nothing and says so.
    REQUIRE(ServerAdmin::addAccount(county.admin, role, ServerAdmin::AccountKind::Institution, county.mine.id, QString(), &changes).isOk());
    CHECK(changes.isEmpty());

    DatabaseLocation l = county.scratch.location();
    l.setUser(role);
    Database demoted;
    REQUIRE(demoted.open(l).isOk());
    CHECK(ServerAdmin::currentAccount(demoted).kind == ServerAdmin::AccountKind::Institution);
    QSqlQuery d(demoted.connection());
    CHECK_FALSE(d.exec(QStringLiteral("SELECT name FROM tipoff_reporter")));
    REQUIRE(d.exec(QStringLiteral("SELECT count(*) FROM report")));
    REQUIRE(d.next());
    CHECK(d.value(0).toInt() == 1);
}

TEST_CASE("a password set through the account command never reaches the server log", "[server]")
{
    const auto server = test::testServer();
    const QByteArray cluster = qgetenv("QINGFENG_PG_CLUSTER");
    if (!server || cluster.isEmpty()) {
        WARN("QINGFENG_TEST_PG or QINGFENG_PG_CLUSTER is not set: the password log test needs the throwaway cluster and is skipped.");
        return;
    }
    QFile log(QString::fromLocal8Bit(cluster) + QStringLiteral("/server.log"));
    SharedCounty county(*server);
    county.scratch.admin(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
    county.scratch.admin(QStringLiteral("SELECT pg_reload_conf()"));
    QThread::msleep(300);  // the reload reaches the backends on their next command
    const QString role = county.scratch.role(QStringLiteral("clerk"));
    const QString password = QStringLiteral(u"Mima-清风-4711");
    Database fresh;
    const Status opened = fresh.open(county.scratch.location(), true);
    REQUIRE(opened.isOk());
    const Status set = ServerAdmin::addAccount(fresh, role, ServerAdmin::AccountKind::Institution, county.mine.id, password);
    county.scratch.admin(QStringLiteral("ALTER SYSTEM RESET log_statement"));
    county.scratch.admin(QStringLiteral("SELECT pg_reload_conf()"));
    INFO(set.message().toStdString());
    REQUIRE(set.isOk());

    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    // The statement was logged, with the verifier in it, and the password nowhere.
    CHECK(text.contains(QStringLiteral("ALTER ROLE %1 PASSWORD 'SCRAM-SHA-256$").arg(role)));
    CHECK_FALSE(text.contains(password));
    CHECK_FALSE(text.contains(QStringLiteral("Mima")));
    QSqlQuery q(county.admin.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
}

TEST_CASE("an institution holding a table locked in an idle transaction cannot leave the bureau waiting", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    // What psql allows any account that may update its own reports.
    QSqlQuery hold(institution.connection());
    REQUIRE(hold.exec(QStringLiteral("BEGIN")));
    REQUIRE(hold.exec(QStringLiteral("LOCK TABLE report IN ACCESS EXCLUSIVE MODE")));

    QElapsedTimer waited;
    waited.start();
    const auto found = ReportRepository(county.admin).find(county.campaign.id, 1, UnitKey::institution(county.theirs.id),
                                                           YearMonth(2021, 8));
    const qint64 ms = waited.elapsed();
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    CHECK_FALSE(found.has_value());
    CHECK(ms >= PostgresEngine::kLockTimeoutMs - 1000);
    CHECK(ms < PostgresEngine::kLockTimeoutMs + 10000);
    // Once the lock is gone the same read goes through.
    CHECK(ReportRepository(county.admin).find(county.campaign.id, 1, UnitKey::institution(county.theirs.id), YearMonth(2021, 8)));
}

TEST_CASE("a connection dialled again after it was lost still gives up waiting for a lock", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the hostile-account tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database bureau;
    county.connectAs(bureau, QStringLiteral("amt"), ServerAdmin::AccountKind::Bureau);
    const auto setting = [&bureau] {
        QSqlQuery q(bureau.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT current_setting('lock_timeout')")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QString before = setting();
    CHECK(before != QLatin1String("0"));
    // The server drops the session (a restart, a network cut): the next save dials again.
    QSqlQuery pid(bureau.connection());
    REQUIRE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pid.next());
    QSqlQuery kill(county.admin.connection());
    REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())));
    pid.finish();
    REQUIRE(bureau.connectionLost());
    REQUIRE(bureau.isOpen());
    CHECK(setting() == before);
}

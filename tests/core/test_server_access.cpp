// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts on the shared server: what an institution, the bureau and the city may read
// and write is decided by PostgreSQL (roles and row-level security), not by the program.
#include "TestSupport.h"

#include "SharedCounty.h"

#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "storage/TipoffRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;
using qf::test::SharedCounty;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("an institution's account sees and edits only its own rows, enforced by the server", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the access tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);

    // Reading: its own report and problem only, whatever the query asks for.
    const QList<Report> reports = ReportRepository(institution).all(county.campaign.id);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().unitKey == UnitKey::institution(county.mine.id));
    CHECK(count(institution, QStringLiteral("SELECT count(*) FROM report")) == 1);
    CHECK(count(institution, QStringLiteral("SELECT count(*) FROM figure WHERE report_id = %1").arg(county.theirReport.id)) == 0);
    CHECK(count(institution, QStringLiteral("SELECT count(*) FROM problem")) == 1);
    // The registry and the campaign are shared reading.
    CHECK(InstitutionRepository(institution).all().size() == 2);

    // Writing another institution's rows fails at the database.
    QSqlQuery q(institution.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE figure SET number = 999 WHERE report_id = %1").arg(county.theirReport.id)));
    CHECK(q.numRowsAffected() == 0);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM report WHERE id = %1").arg(county.theirReport.id)));
    CHECK(q.numRowsAffected() == 0);
    Report forged = county.report(county.theirs, 1);
    forged.period = YearMonth(2021, 9);
    const Status refused = ReportRepository(institution).save(forged);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("row-level security")));
    const auto untouched = ReportRepository(county.admin).find(county.campaign.id, 1, county.theirReport.unitKey, YearMonth(2021, 8));
    REQUIRE(untouched);
    CHECK(untouched->number(1) == 10);
    CHECK_FALSE(ReportRepository(county.admin).find(county.campaign.id, 1, county.theirReport.unitKey, YearMonth(2021, 9)));

    // Its own month it may change.
    Report own = county.report(county.mine, 12);
    REQUIRE(ReportRepository(institution).save(own).isOk());
    CHECK(ReportRepository(county.admin).find(county.campaign.id, 1, own.unitKey, own.period)->number(1) == 12);

    // No tip-off, no reporter's identity, no audit trail of others' figures.
    CHECK_FALSE(q.exec(QStringLiteral("SELECT name, contact FROM tipoff_reporter")));
    CHECK(q.lastError().text().contains(QStringLiteral("permission denied")));
    CHECK(TipoffRepository(institution).reporter(county.tipoffId).name.isEmpty());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM tipoff")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE institution SET name = 'x'")));
}

TEST_CASE("the bureau sees and edits everything, the city reads all but reporters and writes nothing", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the access tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database bureau;
    county.connectAs(bureau, QStringLiteral("bureau"), ServerAdmin::AccountKind::Bureau);
    CHECK(ReportRepository(bureau).all(county.campaign.id).size() == 2);
    CHECK(TipoffRepository(bureau).reporter(county.tipoffId).name == QStringLiteral(u"林秀珍"));
    Report edited = county.report(county.theirs, 11);
    REQUIRE(ReportRepository(bureau).save(edited).isOk());
    // The audit trail names the account that made the change.
    CHECK(count(bureau, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'figure' AND actor IS NOT NULL")) >= 3);

    Database city;
    county.connectAs(city, QStringLiteral("city"), ServerAdmin::AccountKind::City);
    CHECK(ReportRepository(city).all(county.campaign.id).size() == 2);
    CHECK(count(city, QStringLiteral("SELECT count(*) FROM tipoff")) == 1);
    QSqlQuery q(city.connection());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT name FROM tipoff_reporter")));
    Report attempt = county.report(county.mine, 99);
    CHECK_FALSE(ReportRepository(city).save(attempt).isOk());
    CHECK(ReportRepository(county.admin).find(county.campaign.id, 1, attempt.unitKey, attempt.period)->number(1) == 10);
}

TEST_CASE("a client that loses the server writes nothing half and can save once it is back", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the access tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    Database client;
    county.connectAs(client, QStringLiteral("office"), ServerAdmin::AccountKind::Bureau);
    CHECK_FALSE(client.connectionLost());

    // The server drops the client (a restart, a network cut) before it saves two units.
    QSqlQuery kill(county.admin.connection());
    REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                          .arg(client.location().user())));
    QList<Report> both{county.report(county.mine, 21), county.report(county.theirs, 22)};
    const Status failed = ReportRepository(client).saveAll(both);
    CHECK_FALSE(failed.isOk());
    CHECK(client.connectionLost());
    for (const Institution *i : {&county.mine, &county.theirs}) {
        const auto stored = ReportRepository(county.admin).find(county.campaign.id, 1, UnitKey::institution(i->id), YearMonth(2021, 8));
        REQUIRE(stored);
        CHECK(stored->number(1) == 10);
    }

    // connectionLost() dialled again: the same save now goes through, whole.
    REQUIRE(ReportRepository(client).saveAll(both).isOk());
    CHECK(ReportRepository(county.admin).find(county.campaign.id, 1, UnitKey::institution(county.theirs.id), YearMonth(2021, 8))->number(1) == 22);
}

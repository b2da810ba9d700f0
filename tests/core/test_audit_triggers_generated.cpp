// SPDX-License-Identifier: GPL-3.0-or-later
// The audit triggers are generated from AuditedTables: a new database, an upgraded one and
// a restored backup all hold the generated text, and a trigger changed by hand is put back.
#include "TestSupport.h"

#include "storage/AuditTriggerSql.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qf;

namespace {

// The audit triggers of one table as the SQLite file holds them, by name.
QMap<QString, QString> heldTriggers(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                             "AND name LIKE 'audit\\_%' ESCAPE '\\'"));
    q.addBindValue(table);
    REQUIRE(q.exec());
    QMap<QString, QString> held;
    while (q.next())
        held.insert(q.value(0).toString(), q.value(1).toString());
    return held;
}

bool syncChanges(Database &db)
{
    QSqlDatabase conn = db.connection();
    REQUIRE(conn.transaction());
    bool changed = true;
    const Status s = AuditTriggerSql::sync(conn, db.engine(), &changed);
    INFO(s.message());
    CHECK(s.isOk());
    conn.rollback();
    return changed;
}

} // namespace

TEST_CASE("a new database holds the generated audit triggers, and putting them in place again changes nothing", "[engines]")
{
    test::TempDatabase t;
    CHECK_FALSE(syncChanges(t.db()));
    if (t.db().engine() == DatabaseEngine::Sqlite)
        for (const AuditedTable &table : AuditedTables::all())
            CHECK(heldTriggers(t.db().connection(), table.table) == AuditTriggerSql::triggers(table, DatabaseEngine::Sqlite));
}

TEST_CASE("an audit trigger changed by hand is generated again when the database is next opened", "[engines]")
{
    test::TempDatabase t;
    {
        QSqlQuery q(t.db().connection());
        if (t.db().engine() == DatabaseEngine::Postgres) {
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_office ON office")));
            REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER audit_office AFTER INSERT ON office FOR EACH ROW "
                                          "EXECUTE FUNCTION qf_audit('id', '', 'name', 'name')")));
        } else {
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_office_update")));
        }
    }
    CHECK(syncChanges(t.db()));
    const DatabaseLocation where = t.location();
    t.db().close();
    // A server's triggers are its owner's: server init puts them back, as it runs the steps.
    const Status s = t.db().open(where, true);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK_FALSE(syncChanges(t.db()));
}

TEST_CASE("a backup made before the audit triggers were generated restores, and the restored file has the generated ones", "[restore]")
{
    test::TempDatabase temp;
    temp.db().close();
    const int before = AuditTriggerSql::sinceVersion() - 1;
    REQUIRE(before > 0);
    const QString old = temp.file(QStringLiteral("hand-written.sqlite"));
    QMap<QString, QString> handWritten;
    {
        QSqlDatabase v = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand-written"));
        v.setDatabaseName(old);
        REQUIRE(v.open());
        for (int step = 0; step < before; ++step)
            REQUIRE(Migrations::apply(v, step, DatabaseEngine::Sqlite).isOk());
        REQUIRE(QSqlQuery(v).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(QSqlQuery(v).exec(QStringLiteral("PRAGMA user_version = %1").arg(before)));
        REQUIRE(QSqlQuery(v).exec(QStringLiteral("INSERT INTO institution (name, ownership, level, contracted) "
                                                 "VALUES ('旧版本的卫生院', 'public', 1, 1)")));
        handWritten = heldTriggers(v, QStringLiteral("tipoff_reporter"));
        v.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand-written"));
    const AuditedTable &reporter = *std::find_if(AuditedTables::all().cbegin(), AuditedTables::all().cend(),
                                                 [](const AuditedTable &a) { return a.table == QLatin1String("tipoff_reporter"); });
    const QMap<QString, QString> generated = AuditTriggerSql::triggers(reporter, DatabaseEngine::Sqlite);
    // The hand-written text differs (its line breaks), so the upgrade has something to do.
    REQUIRE(handWritten.keys() == generated.keys());
    CHECK(handWritten != generated);

    const Status s = Backup::restore(old, temp.path());
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(temp.db().open(temp.path()).isOk());
    CHECK(heldTriggers(temp.db().connection(), QStringLiteral("tipoff_reporter")) == generated);
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET short_name = '卫生院' WHERE name = '旧版本的卫生院'")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'institution' AND action = 'update'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

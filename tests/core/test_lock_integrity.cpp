// SPDX-License-Identifier: GPL-3.0-or-later
// A lock row says what happened and only that, on both engines (0017_integrity): one
// lock stands per month and unit, a lock is taken unfrozen and frozen only with its
// figures, and it is lifted at a real moment with a reason that shows.
#include "SharedCounty.h"
#include "TestSupport.h"

#include "model/Report.h"
#include "storage/PeriodLockRepository.h"
#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace qf;

namespace {

QString refusal(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) ? QString() : q.lastError().text();
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("at most one lock stands for a campaign, form, unit and month", "[engines]")
{
    test::DemoDatabase demo;
    PeriodLockRepository locks(demo.db());
    const YearMonth aug(2021, 8);
    REQUIRE(locks.lock(demo.campaignId(), 1, QStringLiteral("*"), aug).isOk());
    const QString second = QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by) "
                                          "VALUES (%1, %2, '%3', '2021-08', '2021-09-01T00:00:00.000Z', 'x')");
    // A second lock over the signed month would carry a snapshot of its own.
    CHECK_FALSE(refusal(demo.db(), second.arg(demo.campaignId()).arg(1).arg(QStringLiteral("*"))).isEmpty());
    CHECK(count(demo.db(), QStringLiteral("SELECT count(*) FROM period_lock WHERE unlocked_at IS NULL AND form = 1")) == 1);
    // Another unit, another form: locks of their own.
    CHECK(refusal(demo.db(), second.arg(demo.campaignId()).arg(1).arg(UnitKey::institution(7))).isEmpty());
    CHECK(refusal(demo.db(), second.arg(demo.campaignId()).arg(2).arg(QStringLiteral("*"))).isEmpty());
    // Taking a lock that stands already changes nothing.
    CHECK(locks.lock(demo.campaignId(), 1, QStringLiteral("*"), aug).isOk());
    CHECK(count(demo.db(), QStringLiteral("SELECT count(*) FROM period_lock WHERE form = 1 AND unit_key = '*'")) == 1);
    // Lifted, the month takes a new lock beside the old row.
    REQUIRE(locks.unlock(demo.campaignId(), 1, QStringLiteral("*"), aug, QStringLiteral(u"更正")).isOk());
    CHECK(refusal(demo.db(), second.arg(demo.campaignId()).arg(1).arg(QStringLiteral("*"))).isEmpty());
}

TEST_CASE("a lock is taken unfrozen at a real moment and marked frozen only with the figures it keeps", "[engines]")
{
    test::DemoDatabase demo;
    const QString insert = QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by%1) "
                                          "VALUES (%2, 2, '*', '2021-11', '%3', 'x'%4)");
    const QString campaign = QString::number(demo.campaignId());
    for (const QString &sql : {insert.arg(QStringLiteral(", frozen_at"), campaign, QStringLiteral("2021-12-01T00:00:00"),
                                          QStringLiteral(", '2021-12-01T00:00:00'")),
                               insert.arg(QString(), campaign, QStringLiteral("x"), QString()),
                               insert.arg(QString(), campaign, QStringLiteral("2021-02-30T00:00:00"), QString()),
                               insert.arg(QString(), campaign, QStringLiteral("2021-12-01"), QString()),
                               insert.arg(QStringLiteral(", unlocked_at, unlock_reason"), campaign,
                                          QStringLiteral("2021-12-01T00:00:00"), QStringLiteral(", '2021-12-02T00:00:00', 'r'"))}) {
        INFO(sql.toStdString());
        CHECK(refusal(demo.db(), sql).contains(QStringLiteral("invalid lock")));
    }
    CHECK(count(demo.db(), QStringLiteral("SELECT count(*) FROM period_lock")) == 0);

    // An unfrozen lock as an older version wrote it: it cannot be marked frozen while it
    // keeps no figures, whoever writes the mark.
    REQUIRE(refusal(demo.db(), insert.arg(QString(), campaign, QStringLiteral("2021-12-01T00:00:00"), QString())).isEmpty());
    const qint64 id = count(demo.db(), QStringLiteral("SELECT max(id) FROM period_lock"));
    CHECK(refusal(demo.db(), QStringLiteral("UPDATE period_lock SET frozen_at = '2021-12-01T00:00:00' WHERE id = %1").arg(id))
              .contains(QStringLiteral("locks are history")));
    CHECK(count(demo.db(), QStringLiteral("SELECT count(*) FROM period_lock WHERE frozen_at IS NOT NULL")) == 0);
}

TEST_CASE("a lock is lifted at a real moment after it was taken, with a reason that shows", "[engines]")
{
    test::DemoDatabase demo;
    PeriodLockRepository locks(demo.db());
    const YearMonth aug(2021, 8);
    REQUIRE(locks.lock(demo.campaignId(), 1, QStringLiteral("*"), aug).isOk());
    for (const QString &reason : {QStringLiteral(u"\u200b"), QStringLiteral(u" \u3000\u200d\ufeff "), QStringLiteral(u"\u2060\u00ad")}) {
        CHECK_FALSE(locks.unlock(demo.campaignId(), 1, QStringLiteral("*"), aug, reason).isOk());
        CHECK(refusal(demo.db(), QStringLiteral("UPDATE period_lock SET unlocked_at = '2030-01-01T00:00:00.000Z', unlock_reason = '%1'")
                                     .arg(reason))
                  .contains(QStringLiteral("locks are history")));
    }
    for (const char *at : {"garbage", "2021-12-05", "2030-13-01T00:00:00", "2000-01-01T00:00:00.000Z"}) {
        INFO(at);
        CHECK(refusal(demo.db(), QStringLiteral("UPDATE period_lock SET unlocked_at = '%1', unlock_reason = 'x'").arg(QLatin1String(at)))
                  .contains(QStringLiteral("locks are history")));
    }
    CHECK(locks.isLocked(demo.campaignId(), 1, QStringLiteral("*"), aug));
    REQUIRE(locks.unlock(demo.campaignId(), 1, QStringLiteral("*"), aug, QStringLiteral(u"\u200b更正上报错误")).isOk());
    CHECK_FALSE(locks.isLocked(demo.campaignId(), 1, QStringLiteral("*"), aug));
}

TEST_CASE("upgrading a database that holds two standing locks of one month keeps the oldest and lifts the others with a reason")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Every script before version 17, as the versions before it left files.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        REQUIRE(old.open());
        const QDir scripts(QStringLiteral(":/qingfeng/storage/migrations"));
        int version = 0;
        for (const QString &name : scripts.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const int n = name.left(4).toInt();
            if (name.endsWith(QStringLiteral(".pg.sql")) || n >= 17)
                continue;
            QFile script(scripts.filePath(name));
            REQUIRE(script.open(QIODevice::ReadOnly));
            for (const QString &statement : SqlScript::split(QString::fromUtf8(script.readAll()))) {
                QSqlQuery q(old);
                INFO(name.toStdString() << ": " << q.lastError().text().toStdString());
                REQUIRE(q.exec(statement));
            }
            version = n;
        }
        REQUIRE(QSqlQuery(old).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(QSqlQuery(old).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        REQUIRE(QSqlQuery(old).exec(QStringLiteral(
            "INSERT INTO campaign (id, title, county, year, start_date, end_date, created_at) "
            "VALUES (1, '旧专项整治', '甲县', 2021, '2021-06-01', '2021-12-31', '2021-06-01T00:00:00Z')")));
        for (int i = 0; i < 3; ++i)
            REQUIRE(QSqlQuery(old).exec(QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by) "
                                                       "VALUES (1, 1, '*', '2021-08', '2021-09-0%1T00:00:00.000Z', 'clerk%1')")
                                            .arg(i + 1)));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    Database db;
    const Status s = db.open(path);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT locked_by, unlocked_at IS NULL, unlock_reason FROM period_lock ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringLiteral("clerk1|1|"));
    CHECK(rows.at(1).startsWith(QStringLiteral("clerk2|0|")));
    CHECK(rows.at(1).contains(QStringLiteral(u"编号 1")));
    CHECK(rows.at(2).startsWith(QStringLiteral("clerk3|0|")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'period_lock' AND action = 'update'")) >= 2);
}

TEST_CASE("on the server a lock names the account that took or lifted it, whatever the statement says", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the server's lock rules need a PostgreSQL server and are skipped.");
        return;
    }
    test::SharedCounty county(*server);
    Database bureau;
    county.connectAs(bureau, QStringLiteral("clerk"), ServerAdmin::AccountKind::Bureau);
    QSqlQuery who(bureau.connection());
    REQUIRE(who.exec(QStringLiteral("SELECT coalesce(nullif(current_setting('qingfeng.actor', true), ''), session_user)")));
    REQUIRE(who.next());
    const QString me = who.value(0).toString();
    REQUIRE_FALSE(me == QStringLiteral("someone-else"));
    const QString campaign = QString::number(county.campaign.id);
    CHECK(refusal(bureau, QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by, frozen_at) "
                                         "VALUES (%1, 2, '*', '2021-09', '2021-10-01T00:00:00', 'x', '2021-10-01T00:00:00')")
                              .arg(campaign))
              .contains(QStringLiteral("invalid lock")));
    REQUIRE(refusal(bureau, QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by) "
                                           "VALUES (%1, 2, '*', '2021-09', '2021-10-01T00:00:00', 'someone-else')")
                                .arg(campaign))
                .isEmpty());
    CHECK(refusal(bureau, QStringLiteral("UPDATE period_lock SET unlocked_at = '2021-10-05T00:00:00', unlock_reason = E'\\u200b' "
                                         "WHERE form = 2"))
              .contains(QStringLiteral("locks are history")));
    REQUIRE(refusal(bureau, QStringLiteral("UPDATE period_lock SET unlocked_at = '2021-10-05T00:00:00', unlock_reason = 'x', "
                                           "unlocked_by = 'someone-else' WHERE form = 2"))
                .isEmpty());
    QSqlQuery q(county.admin.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT locked_by, unlocked_by FROM period_lock WHERE form = 2")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == me);
    CHECK(q.value(1).toString() == me);
}

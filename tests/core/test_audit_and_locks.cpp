// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/InstitutionRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace qf;

TEST_CASE("every registry change is in the audit trail with who, old and new values", "[engines]")
{
    test::TempDatabase t;
    REQUIRE(t.db().setActor(QStringLiteral(u"韦显梅")).isOk());
    InstitutionRepository repo(t.db());
    Institution i;
    i.name = QStringLiteral(u"鹿寨仁爱医院");
    i.reportPhone = QStringLiteral("0772-6875120");
    REQUIRE(repo.save(i).isOk());
    i.reportPhone = QStringLiteral("0772-6875999");
    REQUIRE(repo.save(i).isOk());
    REQUIRE(repo.save(i).isOk());   // no change: no entry

    const QList<AuditEntry> h = AuditLog(t.db()).history(QStringLiteral("institution"), QString::number(i.id));
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).action == QStringLiteral("insert"));
    CHECK(h.at(1).action == QStringLiteral("update"));
    CHECK(h.at(1).actor == QStringLiteral(u"韦显梅（%1）").arg(Database::systemUser()));
    CHECK(h.at(1).oldValues.value(QStringLiteral("report_phone")).toString() == QStringLiteral("0772-6875120"));
    CHECK(h.at(1).newValues.value(QStringLiteral("report_phone")).toString() == QStringLiteral("0772-6875999"));
    CHECK(h.at(1).changes() == QStringList{QStringLiteral(u"report_phone：0772-6875120 → 0772-6875999")});
    CHECK(h.at(1).at.isValid());
}

TEST_CASE("without $USER the audit trail names the system's account, not unknown")
{
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const QString named = Database::systemUser();
    if (!user.isNull())
        qputenv("USER", user);
    if (!userName.isNull())
        qputenv("USERNAME", userName);
    CHECK(named != QStringLiteral("unknown"));
    CHECK_FALSE(named.isEmpty());
#ifdef Q_OS_UNIX
    // What `id -un` says for this process.
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    REQUIRE(id.waitForFinished(10000));
    CHECK(named == QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#endif
}

TEST_CASE("the contact phone is stored apart from the 举报电话 and its changes are audited", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    Institution i;
    i.name = QStringLiteral(u"鹿寨仁爱医院");
    i.reportPhone = QStringLiteral("0772-6875120");
    i.contactPhone = QStringLiteral("13877200001");
    REQUIRE(repo.save(i).isOk());
    // Only the contact phone changes: the audit trigger compares that column too.
    i.contactPhone = QStringLiteral("13877200002");
    REQUIRE(repo.save(i).isOk());
    const auto stored = repo.find(i.id);
    REQUIRE(stored);
    CHECK(stored->contactPhone == QStringLiteral("13877200002"));
    CHECK(stored->reportPhone == QStringLiteral("0772-6875120"));

    const QList<AuditEntry> h = AuditLog(t.db()).history(QStringLiteral("institution"), QString::number(i.id));
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).newValues.value(QStringLiteral("contact_phone")).toString() == QStringLiteral("13877200001"));
    CHECK(h.at(1).changes() == QStringList{QStringLiteral(u"contact_phone：13877200001 → 13877200002")});

    i.contactPhone = QStringLiteral(u"请打办公室");
    CHECK(repo.save(i).message().contains(QStringLiteral(u"联系电话")));
}

TEST_CASE("the audit trail cannot be edited or deleted", "[engines]")
{
    test::TempDatabase t;
    Institution i;
    i.name = QStringLiteral(u"某院");
    REQUIRE(InstitutionRepository(t.db()).save(i).isOk());
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET new_values = '{}'")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("the history of one figure shows each real edit", "[engines]")
{
    test::DemoDatabase demo;
    ReportRepository reports(demo.db());
    auto r = reports.find(demo.campaignId(), 1, UnitKey::institution(1), YearMonth(2021, 11));
    REQUIRE(r);
    const double before = r->number(1);
    r->numbers[1] = before + 2;
    REQUIRE(reports.save(*r).isOk());
    const QList<AuditEntry> h = AuditLog(demo.db()).figureHistory(r->id, 1);
    REQUIRE(h.size() == 2);   // the demo's insert, then this edit
    CHECK(h.last().action == QStringLiteral("update"));
    CHECK(h.last().oldValues.value(QStringLiteral("number")).toDouble() == before);
    CHECK(h.last().newValues.value(QStringLiteral("number")).toDouble() == before + 2);
    // Columns that did not change left no trace in this save.
    CHECK(AuditLog(demo.db()).figureHistory(r->id, 2).size() == 1);
}

TEST_CASE("a locked month refuses changes until it is unlocked with a reason", "[engines]")
{
    test::DemoDatabase demo;
    ReportRepository reports(demo.db());
    PeriodLockRepository locks(demo.db());
    const QString unit = UnitKey::institution(2);
    const YearMonth oct(2021, 10);
    REQUIRE(locks.lock(demo.campaignId(), 3, unit, oct).isOk());
    CHECK(locks.isLocked(demo.campaignId(), 3, unit, oct));
    CHECK_FALSE(locks.isLocked(demo.campaignId(), 1, unit, oct));

    auto r = reports.find(demo.campaignId(), 3, unit, oct);
    REQUIRE(r);
    const double original = r->number(1);
    r->numbers[1] = original + 1;
    const Status refused = reports.save(*r);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"已审核锁定")));
    // Raw SQL is held to the lock as well.
    QSqlQuery q(demo.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE figure SET number = 99 WHERE report_id = %1").arg(r->id)));
    CHECK(reports.find(demo.campaignId(), 3, unit, oct)->number(1) == original);

    CHECK_FALSE(locks.unlock(demo.campaignId(), 3, unit, oct, QStringLiteral("  ")).isOk());
    REQUIRE(locks.unlock(demo.campaignId(), 3, unit, oct, QStringLiteral(u"单位更正上报错误")).isOk());
    REQUIRE(reports.save(*r).isOk());
    CHECK(reports.find(demo.campaignId(), 3, unit, oct)->number(1) == original + 1);

    const QList<PeriodLock> history = locks.forPeriod(demo.campaignId(), oct);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.first().isActive());
    CHECK(history.first().unlockReason == QStringLiteral(u"单位更正上报错误"));
    bool audited = false;
    for (const AuditEntry &e : AuditLog(demo.db()).history(QStringLiteral("period_lock"), QString::number(history.first().id)))
        audited = audited || e.newValues.value(QStringLiteral("unlock_reason")).toString() == QStringLiteral(u"单位更正上报错误");
    CHECK(audited);
}

TEST_CASE("signing a whole month locks every unit of that form", "[engines]")
{
    test::DemoDatabase demo;
    PeriodLockRepository locks(demo.db());
    REQUIRE(locks.lock(demo.campaignId(), 1, PeriodLockRepository::wholeMonth(), YearMonth(2021, 9)).isOk());
    CHECK(locks.isLocked(demo.campaignId(), 1, UnitKey::institution(5), YearMonth(2021, 9)));
    auto r = ReportRepository(demo.db()).find(demo.campaignId(), 1, UnitKey::institution(5), YearMonth(2021, 9));
    REQUIRE(r);
    r->numbers[11] = r->number(11) + 1;
    CHECK_FALSE(ReportRepository(demo.db()).save(*r).isOk());
}

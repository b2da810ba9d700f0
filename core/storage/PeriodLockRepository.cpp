// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodLockRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "model/NameKey.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Status PeriodLockRepository::lock(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period)
{
    if (isLocked(campaignId, form, unitKey, period))
        return Status::success();
    QString error;
    {
        Transaction tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by) "
                                 "VALUES (?,?,?,?,?,?)"));
        for (const QVariant &v : {QVariant(campaignId), QVariant(form), QVariant(unitKey), QVariant(period.toString()),
                                  QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(m_db.actor())})
            SqlValues::bind(q, v);
        if (q.exec())
            return tx.commit();
        error = q.lastError().text();
    }
    // The database keeps one standing lock per month and unit (0017_integrity): when
    // someone else took it between the look above and the insert, theirs stands and this
    // one is not taken. The insert is rolled back first, so the look sees their lock.
    const QList<PeriodLock> standing = read(QStringLiteral("unlocked_at IS NULL AND campaign_id = ? AND form = ? AND unit_key = ? "
                                                           "AND period = ?"),
                                            {campaignId, form, unitKey, period.toString()});
    if (!standing.isEmpty())
        return Status::failure(tr("%1 已由%2于%3锁定，本次锁定未生效；请刷新后再看。")
                                   .arg(period.toString(), standing.first().lockedBy,
                                        standing.first().lockedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return Status::failure(tr("无法锁定：%1").arg(error));
}

Status PeriodLockRepository::unlock(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period,
                                    const QString &reason)
{
    // A reason of spaces or zero-width marks shows nothing: judged as names are.
    if (NameKey::of(reason).isEmpty())
        return Status::failure(tr("解锁必须说明理由。"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE period_lock SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? "
                             "WHERE campaign_id = ? AND form = ? AND unit_key = ? AND period = ? AND unlocked_at IS NULL"));
    for (const QVariant &v : {QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(m_db.actor()),
                              QVariant(reason.trimmed()), QVariant(campaignId), QVariant(form), QVariant(unitKey),
                              QVariant(period.toString())})
        SqlValues::bind(q, v);
    if (!q.exec())
        return Status::failure(tr("无法解锁：%1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("该报表未锁定，无需解锁。"));
    return tx.commit();
}

bool PeriodLockRepository::isLocked(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM period_lock WHERE unlocked_at IS NULL AND campaign_id = ? AND form = ? "
                             "AND period = ? AND unit_key IN ('*', ?)"));
    for (const QVariant &v : {QVariant(campaignId), QVariant(form), QVariant(period.toString()), QVariant(unitKey)})
        q.addBindValue(v);
    return q.exec() && q.next();
}

QList<PeriodLock> PeriodLockRepository::forPeriod(qint64 campaignId, const YearMonth &period) const
{
    return read(QStringLiteral("campaign_id = ? AND period = ?"), {campaignId, period.toString()});
}

qint64 PeriodLockRepository::activeId(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period) const
{
    const QList<PeriodLock> locks = read(QStringLiteral("unlocked_at IS NULL AND campaign_id = ? AND form = ? AND unit_key = ? "
                                                        "AND period = ?"),
                                         {campaignId, form, unitKey, period.toString()});
    return locks.isEmpty() ? 0 : locks.last().id;
}

QList<PeriodLock> PeriodLockRepository::unfrozen() const
{
    return read(QStringLiteral("unlocked_at IS NULL AND frozen_at IS NULL"), {});
}

QList<PeriodLock> PeriodLockRepository::read(const QString &where, const QVariantList &values) const
{
    QList<PeriodLock> locks;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, campaign_id, form, unit_key, period, locked_at, locked_by, unlocked_at, unlocked_by, "
                             "unlock_reason, frozen_at FROM period_lock WHERE ") + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return locks;
    while (q.next()) {
        PeriodLock l;
        l.id = q.value(0).toLongLong();
        l.campaignId = q.value(1).toLongLong();
        l.form = q.value(2).toInt();
        l.unitKey = q.value(3).toString();
        l.period = YearMonth::parse(q.value(4).toString());
        l.lockedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        l.lockedBy = q.value(6).toString();
        l.unlockedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        l.unlockedBy = q.value(8).toString();
        l.unlockReason = q.value(9).toString();
        l.frozenAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        locks << l;
    }
    return locks;
}

} // namespace qf

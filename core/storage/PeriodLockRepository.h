// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace qf {

class Database;

/// A lock on a month's figures: one unit's accepted filing, or a whole form signed by the
/// bureau (unitKey "*"). The database refuses changes to locked figures (triggers), so
/// entry, import and any later tool are held to it alike.
struct PeriodLock
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int form = 0;
    QString unitKey;           ///< "*" for the whole month
    YearMonth period;
    QDateTime lockedAt;
    QString lockedBy;
    QDateTime unlockedAt;
    QString unlockedBy;
    QString unlockReason;
    QDateTime frozenAt;        ///< when its figures were stored as signed (SignedFigure)
    bool isActive() const { return !unlockedAt.isValid(); }
    bool isWholeMonth() const { return unitKey == QLatin1String("*"); }
};

class PeriodLockRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLockRepository)
public:
    static QString wholeMonth() { return QStringLiteral("*"); }

    explicit PeriodLockRepository(Database &db) : m_db(db) {}
    /// Takes the lock only. Signing and accepting go through SignMonth::lock, which also
    /// stores the figures the lock covers in the same transaction.
    Status lock(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period);
    /// Unlocking needs a reason; it is kept with the lock and in the audit trail.
    Status unlock(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period, const QString &reason);
    bool isLocked(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period) const;
    /// Every lock of a month, active and lifted, oldest first.
    QList<PeriodLock> forPeriod(qint64 campaignId, const YearMonth &period) const;
    /// The standing lock of exactly this unit key (not the whole month's), or 0.
    qint64 activeId(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period) const;
    /// Standing locks whose figures are not stored yet (taken before version 10), oldest first.
    QList<PeriodLock> unfrozen() const;

private:
    QList<PeriodLock> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace qf

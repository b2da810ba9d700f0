// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AuditEntry.h"
#include "model/Status.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace qf {

class Database;

/// The standing locks of one form's month, as the entry grid shows them.
struct MonthLocks
{
    QSet<QString> accepted;     ///< unit keys whose filing is accepted
    bool wholeMonth = false;    ///< the bureau signed the whole form
};

/// 验收 (a unit's filing), 签发 (the whole form) and 解锁 of a month: the rules are checked
/// here against the month as stored, so the window and the command line refuse the same
/// things with the same words, and each is written in one transaction (SignMonth keeps the
/// figures a lock covers). On a server only the bureau's accounts set and lift locks.
class MonthLockActions
{
    Q_DECLARE_TR_FUNCTIONS(MonthLockActions)
public:
    /// The unit key that stands for the whole month of a form.
    static QString wholeMonth() { return QStringLiteral("*"); }

    static MonthLocks standing(Database &db, qint64 campaignId, int form, const YearMonth &period);
    /// Everything recorded about one unit's month of the form (figures, locks, unlock reasons).
    static QList<AuditEntry> history(Database &db, qint64 campaignId, int form, const QString &unitKey,
                                     const YearMonth &period);

    /// Accepts a unit's filing: it must have filed the month, without errors. Accepting a
    /// unit already accepted changes nothing.
    static Status accept(Database &db, qint64 campaignId, int form, const QString &unitKey, const YearMonth &period);
    /// Signs the whole form of the month: none of its units may have an error. The
    /// warnings and the units that did not file are the signer's to weigh.
    static Status sign(Database &db, qint64 campaignId, int form, const YearMonth &period);
    /// Lifts a unit's acceptance, or the month's signature when `unitKey` is wholeMonth().
    /// A reason is required; it is kept with the lock and in the audit trail. A unit of a
    /// signed month stays locked by the signature, so the signature is lifted first.
    static Status unlock(Database &db, qint64 campaignId, int form, const QString &unitKey, const YearMonth &period,
                         const QString &reason);
};

} // namespace qf

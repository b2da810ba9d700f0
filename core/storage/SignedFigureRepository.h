// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SignedFigure.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>

namespace qf {

class Database;

/// The snapshots of signed months (see SignedFigure). A snapshot is written once, in the
/// transaction that takes its lock; the database refuses to rewrite it, or to drop it
/// while its lock stands. Lifted locks keep theirs as history.
class SignedFigureRepository
{
    Q_DECLARE_TR_FUNCTIONS(SignedFigureRepository)
public:
    explicit SignedFigureRepository(Database &db) : m_db(db) {}

    /// Stores a lock's cells and marks the lock frozen, all or nothing. The lock must
    /// stand and not be frozen yet.
    Status freeze(qint64 lockId, const QList<SignedFigure> &cells);
    /// The cells of the standing, frozen locks of a campaign for the months from `first`
    /// to `last`; `form` 0 for every form. One query, ordered by form, lock, seq.
    QList<SignedFigure> standing(qint64 campaignId, const YearMonth &first, const YearMonth &last, int form = 0) const;
    /// A lock's cells, standing or lifted (the history of what was signed).
    QList<SignedFigure> ofLock(qint64 lockId) const;

private:
    QList<SignedFigure> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace qf

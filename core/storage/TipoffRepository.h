// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/Tipoff.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The 线索台账 of a campaign. Lists and finds never read the reporter: only reporter()
/// does, for the tip-off's own record.
class TipoffRepository
{
    Q_DECLARE_TR_FUNCTIONS(TipoffRepository)
public:
    explicit TipoffRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<Tipoff> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<Tipoff> find(qint64 id) const;

    /// Inserts (with state and steps, as an import brings them) or updates the fields;
    /// a tip-off that is 已销号 can no longer be edited.
    Status save(Tipoff &tipoff);
    /// All or nothing; reporters[i], when given and not empty, is tipoffs[i]'s reporter.
    Status saveAll(QList<Tipoff> &tipoffs, const QList<TipoffReporter> &reporters = {});
    Status transition(qint64 id, TipoffState to, const QDate &on, const QString &by, const QString &note,
                      const QDate &today = QDate::currentDate());
    Status remove(qint64 id);

    /// The confidential reporter of one tip-off (empty when none was recorded).
    TipoffReporter reporter(qint64 tipoffId) const;
    /// Records the reporter (an empty one removes it).
    Status setReporter(qint64 tipoffId, const TipoffReporter &reporter);

private:
    Status write(Tipoff &tipoff);
    Status writeReporter(qint64 tipoffId, const TipoffReporter &reporter);
    Database &m_db;
};

} // namespace qf

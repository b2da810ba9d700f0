// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SpotCheck.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace qf {

class Database;

/// The stored 抽查 draws and their picks.
class SpotCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckRepository)
public:
    explicit SpotCheckRepository(Database &db) : m_db(db) {}
    /// A campaign's draws, newest first, with their picks.
    /// A failed read gives none and says so in *status (and the log).
    QList<SpotCheckRecord> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<SpotCheckRecord> find(qint64 id) const;
    std::optional<SpotCheckPickRecord> findPick(qint64 pickId, qint64 *drawId = nullptr) const;
    /// Per institution, the inspectors of the latest draw that picked it (any campaign).
    QHash<qint64, QList<qint64>> lastInspectors() const;
    /// Stores a draw with its picks in one transaction; sets the ids.
    Status save(SpotCheckRecord &record);
    /// Links a pick to the inspection-ledger entry of its evaluation.
    Status linkInspection(qint64 pickId, qint64 inspectionId);

private:
    QList<SpotCheckRecord> select(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    Database &m_db;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/Inspection.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The bureau's inspection and enforcement records of a campaign.
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)
public:
    explicit InspectionRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<Inspection> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<Inspection> find(qint64 id) const;
    Status save(Inspection &inspection);
    /// All or nothing.
    Status saveAll(QList<Inspection> &inspections);
    Status remove(qint64 id);

private:
    QList<Inspection> select(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    Database &m_db;
};

} // namespace qf

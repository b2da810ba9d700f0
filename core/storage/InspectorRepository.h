// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Inspector.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The bureau's pool of 抽查 staff (inspector).
class InspectorRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectorRepository)
public:
    explicit InspectorRepository(Database &db) : m_db(db) {}
    /// By office, then name.
    /// A failed read gives none and says so in *status (and the log).
    QList<Inspector> all(Status *status = nullptr) const;
    std::optional<Inspector> find(qint64 id) const;
    /// Inserts (id 0) or updates; the name is required and unique within an office.
    Status save(Inspector &inspector);
    Status remove(qint64 id);

private:
    QList<Inspector> select(const QString &where, const QVariantList &binds, Status *status = nullptr) const;
    Database &m_db;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The institution registry in the database.
class InstitutionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)
public:
    explicit InstitutionRepository(Database &db) : m_db(db) {}

    QList<Institution> all() const;
    std::optional<Institution> find(qint64 id) const;
    std::optional<Institution> findByName(const QString &name) const;
    int count() const;

    /// Inserts (id == 0) or updates one institution; sets its id on insert.
    Status save(Institution &institution);
    /// Inserts or updates (matched by name) all of them in one transaction: all or nothing.
    Status saveAll(QList<Institution> &institutions);
    Status setActive(qint64 id, bool active, const QDate &since = QDate());

private:
    Status saveOne(Institution &institution);
    Database &m_db;
};

} // namespace qf

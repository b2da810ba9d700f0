// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace qf {

class Database;

/// The institution registry in the database.
class InstitutionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)
public:
    explicit InstitutionRepository(Database &db) : m_db(db) {}

    // Reads that fail (a lost server, a damaged file) put what could not be read into
    // *status when given, and are logged always, so that an empty result never hides one.
    QList<Institution> all(Status *status = nullptr) const;
    std::optional<Institution> find(qint64 id, Status *status = nullptr) const;
    /// The institution of that name, or of a name that only looks like it (NameKey).
    std::optional<Institution> findByName(const QString &name, Status *status = nullptr) const;
    int count(Status *status = nullptr) const;

    /// Inserts (id == 0) or updates one institution; sets its id on insert. A name that
    /// only looks like another institution's (NameKey) is refused as a duplicate.
    Status save(Institution &institution);
    /// Inserts or updates (matched by name) all of them in one transaction: all or nothing.
    Status saveAll(QList<Institution> &institutions);
    Status setActive(qint64 id, bool active, const QDate &since = QDate());

private:
    /// NameKey → (id, stored name) of every institution.
    using NameKeys = QHash<QString, std::pair<qint64, QString>>;
    NameKeys nameKeys(Status *status = nullptr) const;
    Status saveOne(Institution &institution, NameKeys &keys);
    Database &m_db;
};

} // namespace qf

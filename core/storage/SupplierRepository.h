// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/SupplierInterview.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// Supplier interviews and the negative list of a campaign.
class SupplierRepository
{
    Q_DECLARE_TR_FUNCTIONS(SupplierRepository)
public:
    explicit SupplierRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<SupplierInterview> interviews(qint64 campaignId, Status *status = nullptr) const;
    std::optional<SupplierInterview> findInterview(qint64 id) const;
    Status save(SupplierInterview &interview);
    Status saveAll(QList<SupplierInterview> &interviews);
    Status removeInterview(qint64 id);

    /// A failed read gives none and says so in *status (and the log).
    QList<NegativeListEntry> negativeList(qint64 campaignId, Status *status = nullptr) const;
    std::optional<NegativeListEntry> findListed(qint64 id) const;
    /// A supplier is listed once per campaign; listing it again is refused with the date
    /// it was first listed.
    Status save(NegativeListEntry &entry);
    Status saveAll(QList<NegativeListEntry> &entries);
    Status removeListed(qint64 id);

private:
    QList<SupplierInterview> selectInterviews(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    QList<NegativeListEntry> selectListed(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    Database &m_db;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// Campaigns with their offices, phases and deadlines.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)
public:
    explicit CampaignRepository(Database &db) : m_db(db) {}

    // A read that fails puts what could not be read into *status when given (and into the
    // log always), so that "no campaign" never stands for "the database did not answer".
    /// All campaigns, newest first, without their children loaded.
    QList<Campaign> list(Status *status = nullptr) const;
    std::optional<Campaign> load(qint64 id, Status *status = nullptr) const;
    /// The most recently created campaign, or 0 when there is none.
    qint64 latestId(Status *status = nullptr) const;

    /// Validates, then inserts (id == 0) or replaces the campaign and all its children
    /// in one transaction.
    Status save(Campaign &campaign);
    Status remove(qint64 id);

private:
    Status write(Campaign &campaign);
    Database &m_db;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/WorkPlan.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <optional>

namespace qf {

class Database;

/// A campaign's 工作方案 as the bureau edited it (one row a campaign).
class WorkPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlanRepository)
public:
    explicit WorkPlanRepository(Database &db) : m_db(db) {}

    /// The stored plan; nothing when the campaign has none yet. A stored plan that no
    /// longer reads fails with the reason rather than passing for an empty one.
    Status load(qint64 campaignId, std::optional<WorkPlan> *out) const;
    /// Inserts or replaces the campaign's plan in one transaction.
    Status save(qint64 campaignId, const WorkPlan &plan);

private:
    Database &m_db;
};

} // namespace qf

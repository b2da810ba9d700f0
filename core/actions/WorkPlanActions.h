// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/WorkPlan.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

class Database;

/// 工作方案: the plan a campaign's notice issues, read and saved whole for the campaign
/// editor's tab, the notice printout and `qingfeng-cli campaign plan` alike.
class WorkPlanActions
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlanActions)
public:
    /// The campaign's stored plan, or, until one is saved, its template's (the seed's words
    /// for the campaign's county and year); empty when neither exists.
    static Status load(Database &db, const Campaign &campaign, WorkPlan *out);
    /// Checks the plan (every section has a heading, every member a name, no empty item)
    /// and stores it in one transaction; nothing is written when it fails.
    static Status save(Database &db, const Campaign &campaign, const WorkPlan &plan);
};

} // namespace qf

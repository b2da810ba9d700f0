// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanActions.h"

#include "campaign/CampaignTemplate.h"
#include "storage/WorkPlanRepository.h"

namespace qf {

Status WorkPlanActions::load(Database &db, const Campaign &campaign, WorkPlan *out)
{
    *out = WorkPlan();
    if (campaign.id != 0) {
        std::optional<WorkPlan> stored;
        Status s = WorkPlanRepository(db).load(campaign.id, &stored);
        if (!s)
            return s;
        if (stored) {
            *out = *stored;
            return Status::success();
        }
    }
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName))
        return tmpl->workPlan(campaign, out);
    return Status::success();
}

Status WorkPlanActions::save(Database &db, const Campaign &campaign, const WorkPlan &plan)
{
    if (campaign.id == 0)
        return Status::failure(tr("请先保存专项整治，再保存它的工作方案。"));
    // The checks of a plan read from a file apply to one typed in the window.
    WorkPlan checked;
    Status s = WorkPlan::fromJson(plan.toJson(), &checked);
    if (!s)
        return s;
    return WorkPlanRepository(db).save(campaign.id, checked);
}

} // namespace qf

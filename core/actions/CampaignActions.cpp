// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignActions.h"

#include "storage/CampaignRepository.h"

namespace qf {

Status CampaignActions::save(Database &db, Campaign &campaign)
{
    return CampaignRepository(db).save(campaign);
}

} // namespace qf

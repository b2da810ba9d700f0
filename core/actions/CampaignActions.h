// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

namespace qf {

class Database;

/// 新建 / 修改专项整治, and the notice's text kept with it: a campaign is checked
/// (Campaign::validate) and stored with its phases and deadlines whole, for the campaign
/// page, the notice panel and `qingfeng-cli campaign new` alike.
class CampaignActions
{
public:
    /// Inserts (id 0) or replaces a campaign; ids are set only once all of it is stored.
    static Status save(Database &db, Campaign &campaign);
};

} // namespace qf

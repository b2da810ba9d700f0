// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QList>

namespace qf {
class Database;
}

namespace qf::bench {

/// What the generator wrote: the campaign, the registry and how many reports.
struct SyntheticData
{
    Campaign campaign;
    QList<Institution> institutions;
    int reports = 0;
};

/// Fills an empty database through the product's repositories: `counties` × 600
/// institutions (county hospitals, township centres, private hospitals and clinics,
/// village clinics, a few pharmacies), one campaign with twelve monthly periods, and
/// every unit's cumulative figures of 附件1–3 for each month.
Status generate(Database &db, int counties, SyntheticData *out);

constexpr int kInstitutionsPerCounty = 600;
constexpr int kMonths = 12;

} // namespace qf::bench

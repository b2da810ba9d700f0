// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"

namespace qf {

class Database;

/// Plausible monthly figures for the demo campaign: cumulative, mostly on time, a few
/// late or missing reports, and one questionable entry so that validation has
/// something to show.
namespace DemoFigures {
Status write(Database &db, const Campaign &campaign, const QList<Institution> &institutions);
}

} // namespace qf

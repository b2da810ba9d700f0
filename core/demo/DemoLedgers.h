// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"

namespace qf {

class Database;

/// The demo county's ledgers: problem lists in every state, a dozen tip-offs (with
/// invented reporters), the bureau's inspections, case and education records, supplier
/// interviews and a negative list. The typed figures they make are brought in line with
/// them, as a careful office would have typed them, so the demo's forms agree with its
/// ledgers; November's 附件2 comes from the ledgers alone.
namespace DemoLedgers {
Status write(Database &db, const Campaign &campaign, const QList<Institution> &institutions);
}

} // namespace qf

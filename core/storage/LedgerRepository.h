// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerSnapshot.h"

namespace qf {

class Database;

/// Reads every ledger of a campaign at once, for deriving figures and exporting.
namespace LedgerRepository {
LedgerSnapshot snapshot(Database &db, qint64 campaignId);
}

} // namespace qf

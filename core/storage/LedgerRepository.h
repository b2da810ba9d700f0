// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerSnapshot.h"

namespace qf {

class Database;

/// Reads every ledger of a campaign at once, for deriving figures and exporting. A ledger
/// that could not be read is named in *status (and the log) and left empty.
namespace LedgerRepository {
LedgerSnapshot snapshot(Database &db, qint64 campaignId, Status *status = nullptr);
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

class Database;

/// Accepting a unit's filing (unitKey its key) or signing a whole form (unitKey "*") for a
/// month: the lock and the figures it covers, as the form shows them at that moment, in one
/// transaction. While the lock stands the month is built from those figures, so a later
/// change of the registry or a unit's first ledger record cannot move it; such changes
/// count in the next open month. Unlocking (PeriodLockRepository::unlock, with a reason)
/// makes the month live again and keeps the snapshot as history.
namespace SignMonth {

Status lock(Database &db, const Campaign &campaign, int form, const QString &unitKey, const YearMonth &period);
/// Stores the figures of standing locks that have none (locks taken before the database
/// kept them), all in one transaction: run after opening. Does nothing when there are
/// none; fails without changing anything for an account that may not sign.
Status freezePending(Database &db);

} // namespace SignMonth

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Terms.h"

namespace qf {

/// The ledgers kept behind the figures.
enum class LedgerKind { Problems, Tipoffs, Inspections, Cases, Suppliers, NegativeList };

/// Keys as the command line names them (problems, tipoffs, inspections, cases, suppliers,
/// negative-list) and the ledgers' Chinese titles.
const Terms<LedgerKind> &ledgerKinds();

} // namespace qf

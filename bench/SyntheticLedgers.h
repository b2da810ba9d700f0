// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyntheticCounty.h"

namespace qf::bench {

/// How many ledger records the generator wrote, by ledger.
struct LedgerCounts
{
    int problems = 0;
    int problemSteps = 0;
    int inspections = 0;
    int tipoffs = 0;
    int tipoffSteps = 0;
    int cases = 0;
    int interviews = 0;
    int listed = 0;
};

/// Writes a year of every county's ledgers through the program's repositories, after
/// generate() made the registry and the campaign: per county about five problems (问题清单,
/// some 销号 with their steps) and one inspection per institution, 200 tip-offs (线索台账)
/// with their steps, 80 case and education records of every kind, 300 supplier interviews
/// and a few negative-list entries, spread over the twelve months. Deterministic: the same
/// registry gives the same records. One transaction per county.
Status generateLedgers(Database &db, const SyntheticData &data, LedgerCounts *counts);

} // namespace qf::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"
#include "SyntheticCounty.h"

namespace qf::bench {

/// The 抽查 rows on the generated registry: the draw alone (SpotCheckDraw::run on the
/// prepared inputs) and the whole action as the window and the CLI run it (read the
/// registry, the pool and who went last, draw, store with seed and inputs), each against
/// a bare stratified sample (std::mt19937_64 + std::sample per stratum, two inspectors
/// each); the goal is absolute: 50 ms over the city's 6,000 institutions.
void addSpotCheckRows(const QString &dbPath, const SyntheticData &data, const QString &scale, int runs, ResultTable *table);

} // namespace qf::bench

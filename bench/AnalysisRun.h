// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"
#include "SyntheticCounty.h"

#include <QString>

namespace qf::bench {

/// The 分析 page's rows, on a copy of the database with ledgers (`ledgerDb`) into which
/// the patterns the 走过场 signals look for are planted: the signals against the same
/// rules in SQL (findings checked equal first), and the page's whole data call against
/// the same series and signals by hand-written SQL. Returns false when the SQL limit
/// finds something else than the program, so the run fails. `keptAs`, when not empty,
/// receives a copy of the planted database, to profile on.
bool addAnalysisRows(const QString &ledgerDb, const QString &workDir, const SyntheticData &data, const QString &scale,
                     int runs, ResultTable *table, const QString &keptAs = QString());
/// The page's data call once, on a kept planted database, to profile it.
QString analysisPageOnce(const QString &dbPath);

} // namespace qf::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"

#include <QString>

namespace qf::bench {

struct RunOptions
{
    int counties = 1;     ///< 1: county, 10: city
    int runs = 3;         ///< repetitions per measurement; the median is reported
    QString keepDir;      ///< when set, the generated database is copied here (for profiling)
};

/// Generates one scale's data into a temporary database and measures every row on it.
/// Returns false (with a message on stderr) when the data could not be generated.
bool runScale(const RunOptions &options, ResultTable *table);
/// The open row's product once, on a kept database, to profile: the session opened and
/// the main window shown. Returns what went wrong, or nothing.
QString openMainWindow(const QString &dbPath);

} // namespace qf::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"

#include <QString>

namespace qf::bench {

/// The worst UI action row: the database opened in the main window (offscreen), then every
/// page shown, the entry page's month and form changed, one unit's month saved, the
/// registry filtered as it is typed and the tracking page's month changed, each timed by
/// how long it kept the window's event loop from running. Adds one row naming the worst.
void addUiLatencyRow(const QString &dbPath, const QString &scale, int runs, ResultTable *table);

} // namespace qf::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/Finding.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QList>

namespace qf {

class Database;

/// Saving the figures typed for a month (the entry grid, in one transaction), and what the
/// save would contradict. The grid checks a month against the months before it as it
/// shows it; the months after it are already stored and only the save can look at them.
namespace SaveReports {

/// The errors that storing `reports` would leave: a cumulative figure above what the same
/// unit already stored for its next month (a correction of August below September's is
/// fine; above it, September would then show a fall). Reads the stored months after each
/// report's; fails only when that read fails.
Status laterConflicts(Database &db, qint64 campaignId, const QList<Report> &reports, QList<Finding> *out);

/// Stores the reports in one transaction (all or none).
Status save(Database &db, QList<Report> &reports);

} // namespace SaveReports

} // namespace qf

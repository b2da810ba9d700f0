// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace qf::bench {

/// The median time and the peak memory of an operation over a few runs.
struct Sample
{
    /// Median processor time (user + system, every thread) of the operation. On a machine
    /// shared with builds the wall time mostly measures the others; the processor time is
    /// the work the operation itself did.
    double seconds = 0;
    double wallSeconds = 0;   ///< median wall time, for reference
    double peakMiB = 0;       ///< largest memory growth of one run over the process at its start
    bool ok = false;
    QString error;
};

/// Runs the operation `runs` times, each in a forked child, and reports the median time
/// and the peak memory. A child starts as a copy of the parent and has its own high-water
/// mark (ru_maxrss), so the peak of one measurement cannot hide behind an earlier, larger
/// one as it would with in-process getrusage deltas. The operation returns an empty
/// string on success, else what went wrong.
Sample measure(const std::function<QString()> &operation, int runs);
/// The same, with a step run first in each child and left out of the time and memory:
/// opening what the operation works on, when opening is measured on its own row.
Sample measure(const std::function<QString()> &setup, const std::function<QString()> &operation, int runs);
/// The same, timing only the thread that runs the operation (the UI thread, where the
/// window is measured): what it hands to worker threads does not keep the window from
/// taking input, so it is left out of the processor time (the wall time still includes
/// the workers' share of a busy machine).
Sample measureCallingThread(const std::function<QString()> &operation, int runs);

} // namespace qf::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace qf::bench {

/// The median time and the peak memory of an operation over a few runs.
struct Sample
{
    double seconds = 0;       ///< median wall time
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

} // namespace qf::bench

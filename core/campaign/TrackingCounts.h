// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmissionState.h"

namespace qf {

/// Counts of obligations by state, with the two rates a reporting-rate summary shows:
/// completeness (filed at all) and timeliness (filed on time), both over what was expected.
struct TrackingCounts
{
    int expected = 0;
    int onTime = 0;
    int late = 0;
    int pending = 0;
    int overdue = 0;

    void add(SubmissionState state)
    {
        ++expected;
        switch (state) {
        case SubmissionState::OnTime: ++onTime; break;
        case SubmissionState::Late: ++late; break;
        case SubmissionState::Pending: ++pending; break;
        case SubmissionState::Overdue: ++overdue; break;
        }
    }
    void add(const TrackingCounts &o)
    {
        expected += o.expected;
        onTime += o.onTime;
        late += o.late;
        pending += o.pending;
        overdue += o.overdue;
    }
    int filed() const { return onTime + late; }
    int missing() const { return pending + overdue; }
    /// Percent filed of expected; 0 when nothing was expected.
    double completeness() const { return expected ? 100.0 * filed() / expected : 0.0; }
    double timeliness() const { return expected ? 100.0 * onTime / expected : 0.0; }
    /// The state that needs the most attention among those counted.
    SubmissionState worst() const
    {
        if (overdue) return SubmissionState::Overdue;
        if (late) return SubmissionState::Late;
        if (pending) return SubmissionState::Pending;
        return SubmissionState::OnTime;
    }
};

} // namespace qf

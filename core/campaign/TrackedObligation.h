// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Obligation.h"
#include "SubmissionState.h"

namespace qf {

/// An obligation with what is known about its filing on a given day.
struct TrackedObligation
{
    Obligation obligation;
    SubmissionState state = SubmissionState::Pending;
    QDate filedOn;                 ///< invalid: not filed
    bool dateAssumed = false;      ///< the report had no arrival date; filedOn is its entry day
    int daysLate = 0;              ///< Late: filed this many days after the due date; Overdue: days since it
    qint64 submissionId = 0;       ///< a recorded filing (not a report)
    bool hasFile = false;

    bool isFiled() const { return qf::isFiled(state); }
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace qf {

/// Where one obligation stands. "On time" and "accepted late" are kept apart: a late
/// filing is accepted (entry is never blocked) but is not counted as on time.
enum class SubmissionState {
    OnTime,    ///< 按时报送: filed on or before the due date
    Late,      ///< 逾期补报: filed after the due date
    Pending,   ///< 未报送: not filed, the due date has not passed yet
    Overdue    ///< 逾期未报: not filed and the due date has passed
};

/// The state of an obligation due on `due`, filed on `filedOn` (invalid: not filed), seen on `today`.
SubmissionState submissionState(const QDate &due, const QDate &filedOn, const QDate &today);
QString submissionStateName(SubmissionState state);
bool isFiled(SubmissionState state);
/// For colouring and sorting: the more attention a state needs, the higher.
int submissionStateSeverity(SubmissionState state);

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionState.h"

#include <QCoreApplication>

namespace qf {

SubmissionState submissionState(const QDate &due, const QDate &filedOn, const QDate &today)
{
    if (filedOn.isValid())
        return filedOn <= due ? SubmissionState::OnTime : SubmissionState::Late;
    // The due day itself still belongs to the unit: "12日前" includes the 12th.
    return today > due ? SubmissionState::Overdue : SubmissionState::Pending;
}

QString submissionStateName(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return QCoreApplication::translate("SubmissionState", "按时报送");
    case SubmissionState::Late: return QCoreApplication::translate("SubmissionState", "逾期补报");
    case SubmissionState::Pending: return QCoreApplication::translate("SubmissionState", "未报送");
    case SubmissionState::Overdue: break;
    }
    return QCoreApplication::translate("SubmissionState", "逾期未报");
}

bool isFiled(SubmissionState state)
{
    return state == SubmissionState::OnTime || state == SubmissionState::Late;
}

int submissionStateSeverity(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return 0;
    case SubmissionState::Pending: return 1;
    case SubmissionState::Late: return 2;
    case SubmissionState::Overdue: break;
    }
    return 3;
}

} // namespace qf

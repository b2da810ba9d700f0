// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Campaign.h"
#include "YearMonth.h"

#include <QDate>
#include <QString>

namespace qf {

/// Evidence that a unit filed a deliverable for a month: a stored report (from entry
/// or import) or a recorded submission.
struct Receipt
{
    enum class Origin { Report, Submission };

    Deliverable deliverable = Deliverable::Form1;
    QString unitKey;
    YearMonth period;
    QDate submittedOn;
    /// The report carries no arrival date; submittedOn is the day it was entered.
    bool dateAssumed = false;
    Origin origin = Origin::Report;
    qint64 submissionId = 0;
    bool hasFile = false;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/YearMonth.h"

#include <QDate>
#include <QString>

namespace qf {

/// One unit owing one deliverable for one month by a due date: what a campaign's
/// deadlines expand to once the registry says who must report.
struct Obligation
{
    int deadlineIndex = -1;        ///< into Campaign::deadlines
    QString deadlineTitle;
    Deliverable deliverable = Deliverable::Form1;
    bool monthly = true;
    YearMonth period;              ///< the month reported on (monthly) or the month of the due date
    QDate due;
    QString dueNote;               ///< "周六", "国庆节假期" when the due date is a day off
    QString unitKey;               ///< "I17" or "O:党建办"
    qint64 institutionId = 0;      ///< 0 for an office
    QString unitName;
    QString contactPerson;
    QString phone;
    QString email;
    QString recipientOffice;

    bool isInstitution() const { return institutionId != 0; }
    /// Filed by entering or importing the form's figures; everything else is recorded by hand.
    bool filedThroughReports() const
    {
        return isInstitution() && (deliverable == Deliverable::Form1 || deliverable == Deliverable::Form2
                                   || deliverable == Deliverable::Form3);
    }
    /// What is owed, as a clerk says it: "附件1 统计表（一）（2021年8月）", or the
    /// deadline's own title for summaries and reports.
    QString what() const;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationPlanner.h"

#include "HolidayCalendar.h"
#include "model/Report.h"
#include "model/Submission.h"

#include <algorithm>

namespace qf::ObligationPlanner {

bool isExpected(const Institution &institution, const Deadline &deadline, const YearMonth &period, const QDate &due)
{
    if (deadline.recurrence == Deadline::Recurrence::Monthly)
        return institution.reportsIn(period);
    // A one-off filing (the work summary) is owed by units open when it falls due.
    return institution.reportsIn(YearMonth::fromDate(due))
           && (!institution.activeFrom.isValid() || institution.activeFrom <= due)
           && (!institution.activeUntil.isValid() || institution.activeUntil >= due);
}

QList<Obligation> plan(const Campaign &campaign, const QList<Institution> &institutions)
{
    return plan(campaign, institutions, HolidayCalendar::china());
}

QList<Obligation> plan(const Campaign &campaign, const QList<Institution> &institutions, const HolidayCalendar &calendar)
{
    QList<Obligation> result;
    for (int index = 0; index < campaign.deadlines.size(); ++index) {
        const Deadline &d = campaign.deadlines.at(index);
        for (const YearMonth &period : d.periods()) {
            Obligation o;
            o.deadlineIndex = index;
            o.deadlineTitle = d.title;
            o.deliverable = d.deliverable;
            o.monthly = d.recurrence == Deadline::Recurrence::Monthly;
            o.period = period;
            o.due = d.dueFor(period);
            o.dueNote = calendar.note(o.due);
            o.recipientOffice = d.recipientOffice;
            if (d.reporter == Reporter::Office) {
                o.unitKey = UnitKey::office(d.reporterOffice);
                o.unitName = d.reporterOffice;
                for (const Office &office : campaign.offices)
                    if (office.name == d.reporterOffice) {
                        o.phone = office.phone;
                        o.email = office.email;
                    }
                result << o;
                continue;
            }
            for (const Institution &i : institutions) {
                if (!isExpected(i, d, period, o.due))
                    continue;
                Obligation owed = o;
                owed.unitKey = UnitKey::institution(i.id);
                owed.institutionId = i.id;
                owed.unitName = i.name;
                owed.contactPerson = i.contactPerson;
                // The office line to chase a report on; the public 举报电话 is for tip-offs.
                owed.phone = i.contactPhone;
                owed.email = i.reportEmail;
                result << owed;
            }
        }
    }
    // By due date, then in the plan's order of deadlines; units keep the registry's order.
    std::stable_sort(result.begin(), result.end(), [](const Obligation &a, const Obligation &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.deadlineIndex < b.deadlineIndex;
    });
    return result;
}

QList<YearMonth> periods(const Campaign &campaign)
{
    QList<YearMonth> result;
    for (const Deadline &d : campaign.deadlines)
        for (const YearMonth &p : d.periods())
            if (p.isValid() && !result.contains(p))
                result << p;
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace qf::ObligationPlanner

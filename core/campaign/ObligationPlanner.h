// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Obligation.h"
#include "model/Campaign.h"
#include "model/Institution.h"

#include <QList>

namespace qf {

class HolidayCalendar;

/// Expands a campaign's deadlines into obligations: for each period, every institution
/// that reports in it (active medical institutions; a closed one only for the months it
/// was open) for institution deadlines, and the named office for office deadlines.
namespace ObligationPlanner {

QList<Obligation> plan(const Campaign &campaign, const QList<Institution> &institutions,
                       const HolidayCalendar &calendar);
QList<Obligation> plan(const Campaign &campaign, const QList<Institution> &institutions);

/// Whether an institution owes a deadline's deliverable for a period due on a date.
bool isExpected(const Institution &institution, const Deadline &deadline, const YearMonth &period, const QDate &due);

/// Every month some deadline of the campaign covers, in order.
QList<YearMonth> periods(const Campaign &campaign);

} // namespace ObligationPlanner

} // namespace qf

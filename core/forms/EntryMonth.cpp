// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryMonth.h"

#include "storage/ReportRepository.h"

namespace qf::EntryMonth {

YearMonth opening(Database &db, const Campaign &campaign, const QDate &today)
{
    const QList<YearMonth> periods = campaign.reportingPeriods();
    const YearMonth due = YearMonth::fromDate(today).previous();
    if (periods.contains(due))
        return due;
    if (periods.isEmpty())
        return YearMonth();
    YearMonth latest = periods.first();
    for (const Report &r : ReportRepository(db).all(campaign.id))
        if (periods.contains(r.period) && r.period > latest)
            latest = r.period;
    return latest;
}

} // namespace qf::EntryMonth

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrackingCounts.h"
#include "model/YearMonth.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qf {

/// The campaign at a glance, like a reporting-rate summary: one row per unit, one column
/// per month; each cell counts what the unit owed that month (nothing when it was closed).
/// Row, column and grand totals leave out what is not yet due and not yet filed, so their
/// rates say how much of what has fallen due came in (on time).
///
/// A deadline owed once (the work summary due 12-01) has a column of its own after the
/// months: counted in a month's column it would read as part of that month's reports.
struct TrackingMatrix
{
    /// A deadline owed once: its own column after the monthly ones.
    struct OnceColumn
    {
        int deadlineIndex = -1;        ///< into Campaign::deadlines
        QString title;                 ///< 工作总结
        QDate due;
    };

    struct Row
    {
        QString unitKey;
        QString unitName;
        bool office = false;
        QList<TrackingCounts> cells;       ///< one per period; expected == 0: not expected
        QList<TrackingCounts> onceCells;   ///< one per once column
        TrackingCounts total;              ///< without the obligations not yet due
    };

    QList<YearMonth> periods;          ///< the months of the monthly deadlines
    QList<OnceColumn> onceColumns;     ///< in order of due date
    QList<Row> rows;
    QList<TrackingCounts> columnTotals;
    QList<TrackingCounts> onceTotals;  ///< one per once column
    TrackingCounts total;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrackingCounts.h"
#include "model/YearMonth.h"

#include <QList>
#include <QString>

namespace qf {

/// The campaign at a glance, like a reporting-rate summary: one row per unit, one column
/// per month; each cell counts what the unit owed that month (nothing when it was closed).
/// Row, column and grand totals leave out what is not yet due and not yet filed, so their
/// rates say how much of what has fallen due came in (on time).
struct TrackingMatrix
{
    struct Row
    {
        QString unitKey;
        QString unitName;
        bool office = false;
        QList<TrackingCounts> cells;   ///< one per period; expected == 0: not expected
        TrackingCounts total;          ///< without the obligations not yet due
    };

    QList<YearMonth> periods;
    QList<Row> rows;
    QList<TrackingCounts> columnTotals;
    TrackingCounts total;
};

} // namespace qf

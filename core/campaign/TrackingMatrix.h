// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrackingCounts.h"
#include "model/YearMonth.h"

#include <QList>
#include <QString>

namespace qf {

/// The campaign at a glance, like a reporting-rate summary: one row per unit, one column
/// per month; each cell counts what the unit owed that month (nothing when it was closed).
struct TrackingMatrix
{
    struct Row
    {
        QString unitKey;
        QString unitName;
        bool office = false;
        QList<TrackingCounts> cells;   ///< one per period; expected == 0: not expected
        TrackingCounts total;
    };

    QList<YearMonth> periods;
    QList<Row> rows;
    QList<TrackingCounts> columnTotals;
    TrackingCounts total;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormDescription.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

/// What a form's figure can be, whichever way it arrives (typed, a workbook, a CSV file):
/// the single place that says so, so the grid, every importer and the validator agree.
/// A count is a whole number from 0 below 10^9; an amount (万元) is finite, from 0 below
/// 10^9 and has at most two decimals. Anything else (NaN, infinities, 1e19, −3, 1.5
/// people) is refused, never rounded, clamped or stored as NULL.
class FigureLimits
{
    Q_DECLARE_TR_FUNCTIONS(FigureLimits)
public:
    static constexpr double kCountBound = 1e9;   ///< counts are below this
    static constexpr double kAmountBound = 1e9;  ///< amounts in 万元 are below this
    static constexpr int kAmountDecimals = 2;

    /// Empty when a column of this kind can hold the value; otherwise why not, as a short
    /// sentence ("应为不小于0的整数") for the caller to put after the file, sheet and cell.
    static QString problem(ColumnKind kind, double value);
    static bool accepts(ColumnKind kind, double value) { return problem(kind, value).isEmpty(); }
};

} // namespace qf

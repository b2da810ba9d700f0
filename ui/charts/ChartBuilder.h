// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ChartData.h"

#include <QCoreApplication>
#include <QFont>

class QChart;

namespace qf::charts {

/// Draws a ChartData as a QChart: bars by month (stacked for the filing chart), bars by
/// category, horizontal bars for the institutions furthest behind, a line for a trend. A
/// gap is drawn as nothing (a bar of no height, a line that skips the month), never as 0
/// in a label. The texts are the ChartData's, in the interface language.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    /// A new chart; the caller owns it (a QChartView takes it over).
    static QChart *build(const ChartData &data);
    /// The charts' typeface: Noto Sans CJK SC named first, as fontconfig would otherwise pick
    /// the Japanese glyph forms of the same font.
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace qf::charts

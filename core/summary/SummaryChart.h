// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ChartData.h"

#include <QByteArray>
#include <QString>

namespace qf {

/// One chart of a 工作总结: an analysis chart that the summary's sentences place at the end
/// of a section (基本情况: the filing by month; 主要做法和成效: the problems found and
/// rectified by month), with a caption line; in an institution's own summary, its own. Core plans it and lays it out; the caller draws
/// it (a chart is a graphics widget, which core does not link) and puts the PNG in.
struct SummaryChart
{
    ChartKind kind = ChartKind::Filing;
    QString unit;           ///< the chart's group (Problems: 全县 or a category); empty: the county
    qint64 institutionId = 0; ///< an institution's own summary: its own record, not the group's
    QString caption;        ///< "图1　…" once the document numbers the charts it shows
    int before = 0;         ///< stands before SummaryDocument::paragraphs[before] (size(): at the end)
    ChartData data;         ///< what to draw, filled by SummaryExport::charts
    QByteArray png;         ///< the drawing; a chart without one is left out of the document

    /// Worth a picture: two categories (months) or more and some value above zero. A chart
    /// of a single month, or of nothing reported yet, would be an empty frame.
    static bool hasData(const ChartData &data);
};

} // namespace qf

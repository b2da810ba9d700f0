// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "summary/SummaryExport.h"

#include <QCoreApplication>
#include <QSize>

namespace qf {
class Database;
}

namespace qf::charts {

/// Draws the charts a 工作总结 shows (SummaryExport::charts) into the request, for the window's
/// 打印 → 工作总结 and `qingfeng-cli summary` alike. Needs a QApplication, offscreen will do.
class SummaryChartDrawing
{
    Q_DECLARE_TR_FUNCTIONS(SummaryChartDrawing)
public:
    /// The layout size: 720 pixels over the type area's 156 mm print the charts' 9 pt labels
    /// at about 7.5 pt, legible on paper, where the 1200-pixel default would shrink them to 4.5 pt.
    static constexpr QSize kLayout{720, 420};
    /// Pixels per layout pixel: 2160 over 156 mm, about 350 dpi.
    static constexpr int kScale = 3;

    /// Fills request->charts with the summary's charts, drawn; a summary whose data has no
    /// chart to show gets none.
    static Status draw(Database &db, SummaryRequest *request);
};

} // namespace qf::charts

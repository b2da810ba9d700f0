// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace qf::FormLayoutMetrics {

// The measures of an official form that the exported workbook (XlsxFormSheet) and the
// printed form (FormPainter) share, so that both lay a form out alike and a change is
// made once. Sizes are in points, margins in millimetres from the paper's edge.

constexpr double kAttachmentPt = 14;   ///< 附件1 above the title, 黑体
constexpr double kTitlePt = 18;        ///< bold
constexpr double kLinePt = 11;         ///< 填报单位 / 填报时间, and the signature line
constexpr double kCellPt = 10;         ///< header, labels and figures
constexpr double kNotesPt = 10;
constexpr double kFooterPt = 9;        ///< the page number

constexpr double kTitleExtraPt = 10;   ///< space the title row keeps beyond its lines
constexpr double kLineExtraPt = 4;     ///< likewise for the 填报单位 row
constexpr double kBodyMinPt = 20;      ///< the least height of a body row
constexpr double kNumberRowPt = 16;    ///< the header's column-number row (1, 2, …)
constexpr double kSignaturePt = 30;    ///< the signature row

// A4 landscape, one page wide; the margins a spreadsheet program prints with.
constexpr double kMarginSideMm = 10;
constexpr double kMarginTopMm = 14;
constexpr double kMarginBottomMm = 15;
constexpr double kFooterMm = 7;        ///< from the paper's bottom edge to the page number

/// Where each of `count` signature items (单位负责人：, 填表人：, 联系方式：) starts, as a
/// fraction of the table's width: the first at the left edge, the others as the seed
/// spaces them, from about two fifths of the way on.
inline QList<double> signatureStarts(int count)
{
    QList<double> starts;
    for (int i = 0; i < count; ++i)
        starts << (i == 0 ? 0.0 : count == 3 ? (i == 1 ? 0.42 : 0.70) : double(i) / count);
    return starts;
}

constexpr double mmToInches(double mm)
{
    return mm / 25.4;
}

} // namespace qf::FormLayoutMetrics

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace qf::XlsxTextMetrics {

// Spreadsheet programs never fit the height of a merged or wrapped cell on their own
// (and libxlsxwriter cannot measure text), so heights are estimated from the text:
// full-width (CJK) characters one em wide, the rest half an em.

/// Pixels a column of `width` character units occupies on screen.
double columnPixels(double width);
/// Pixels `text` takes on one line at `points`.
double textPixels(const QString &text, double points);
/// Lines that `text` needs at `points` in a cell `pixels` wide (explicit line breaks kept).
int lineCount(const QString &text, double points, double pixels);
/// Where a label written in a form description may break: "收到检查|监察建议书" breaks
/// between the words or not at all, never inside 监察 (the soft break itself never shows).
constexpr char16_t kSoftBreak = u'|';
/// The label as it reads, its soft breaks removed.
QString plainLabel(const QString &text);
/// A header or body label with its line breaks placed: a unit in brackets on a line of
/// its own ("开展警示教育活动\n（次）", as the seed's own cells have it), at the soft
/// breaks the description marks (the fewest lines, then the most even), else in lines of
/// even length with no line starting with a closing or ending with an opening bracket.
/// Left on one line when it fits. The workbook and the print both break labels here.
QString wrapLabel(const QString &text, double points, double pixels);
/// Row height in points for `lines` lines at `points`.
double rowHeight(int lines, double points);

} // namespace qf::XlsxTextMetrics

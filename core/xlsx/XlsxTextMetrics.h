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
/// A header label with its line breaks placed: a unit in brackets on a line of its own
/// ("开展警示教育活动\n（次）", as the seed's own cells have it), lines of even length,
/// and no line starting with a closing or ending with an opening bracket. Left alone
/// when it fits on one line.
QString wrapLabel(const QString &text, double points, double pixels);
/// Row height in points for `lines` lines at `points`.
double rowHeight(int lines, double points);

} // namespace qf::XlsxTextMetrics

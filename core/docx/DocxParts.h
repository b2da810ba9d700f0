// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace qf::DocxParts {

// Twentieths of a point. A4 is 210 × 297 mm; GB/T 9704 puts the type area (156 × 225 mm)
// 37 mm from the top and 28 mm from the left edge, which leaves 35 mm below and 26 mm right.
constexpr int twipsOfMm(double mm) { return int(mm * 1440.0 / 25.4 + 0.5); }
constexpr int kPageWidth = twipsOfMm(210);
constexpr int kPageHeight = twipsOfMm(297);
constexpr int kMarginTop = twipsOfMm(37);
constexpr int kMarginBottom = twipsOfMm(35);
constexpr int kMarginLeft = twipsOfMm(28);
constexpr int kMarginRight = twipsOfMm(26);
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
/// 22 lines on the 225 mm type area.
constexpr int kLinePitch = twipsOfMm(225.0 / 22);

/// The parts whose content does not depend on the document.
QByteArray styles();
QByteArray settings();
QByteArray fontTable();
/// The page number footer, for odd (right) or even (left) pages.
QByteArray footer(bool odd);

} // namespace qf::DocxParts

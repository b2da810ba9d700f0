// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace qf {

/// Numbers written as text, wherever they come from (a CSV cell, a workbook cell formatted
/// as text, a pasted figure): the one strict reading every importer shares, so that "5,0"
/// or "inf" means the same thing, namely nothing, in each of them.
class NumberText
{
public:
    /// Accepts a number only when it is unambiguous: surrounding spaces (also full-width
    /// and no-break), full-width digits, signs and point, and thousands separators in
    /// correct groups of three ("1,234,567"). Anything else is refused rather than
    /// guessed: "1,5", "5,0", "12个", "约10", "10%", "(5)", "inf", "nan", "0x10", "1e3", and
    /// anything that overflows a double. Whether the value suits a column is for
    /// FigureLimits to say.
    static bool parse(const QString &text, double *out);
    /// A value as a person writes it in a message: plain decimals, never an exponent
    /// ("-0.000001", not "-1e-06"), at most 15 significant digits, no trailing zeros.
    static QString format(double value);
    /// Spaces a person does not see as content: QChar::isSpace (with U+3000 and U+00A0)
    /// and the byte-order mark some programs leave in a cell.
    static bool isSpace(QChar c);
};

} // namespace qf

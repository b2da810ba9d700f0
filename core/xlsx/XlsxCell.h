// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace qf {

/// One cell's value as a workbook stores it. Number formats are not applied: a date is its
/// serial number and a percentage its fraction, which is what the figures need.
struct XlsxCell
{
    enum Type { Empty, Number, Text, Boolean, Error };

    Type type = Empty;
    double number = 0;     ///< Number; 1 or 0 for Boolean
    QString text;          ///< Text, or the error code of an Error ("#DIV/0!")
    /// The cell holds a formula; its value is the result the writing program cached.
    /// A formula without a cached result (some generators) is Empty with isFormula set.
    bool isFormula = false;

    bool isEmpty() const { return type == Empty; }
    /// Blank, or text of nothing but spaces: what a person filling a form sees as "not filled".
    bool isBlank() const;

    /// The value as text: numbers with up to 15 significant digits as spreadsheet programs
    /// show them in a General cell (0.1 + 0.2 shows as "0.3"), TRUE/FALSE, error codes.
    QString displayText() const;

    /// The cell's number. Text is accepted when it is unambiguously a number, because
    /// institutions often type figures into cells formatted as text or paste them with a
    /// Chinese input method: surrounding spaces (also full-width and no-break), full-width
    /// digits, signs and point, and thousands separators in correct groups of three
    /// ("1,234,567"). Anything else is refused rather than guessed: "1,5", "12个", "约10",
    /// "10%", "(5)", "inf". Empty cells, booleans and errors are not numbers: whether a
    /// blank means zero is for the caller to decide.
    bool toNumber(double *out) const;
    /// The text rule of toNumber() on its own: NumberText::parse, which CSV imports share.
    static bool parseNumber(const QString &text, double *out);
};

} // namespace qf

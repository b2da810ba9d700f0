// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace qf {

/// A cell position, 0-based internally ("B12" is row 11, column 1), within Excel's
/// limits of 1,048,576 rows and 16,384 columns (A…XFD).
struct CellAddress
{
    static constexpr int MaxRows = 1048576;
    static constexpr int MaxColumns = 16384;

    int row = -1;
    int column = -1;

    CellAddress() = default;
    CellAddress(int r, int c) : row(r), column(c) {}

    bool isValid() const { return row >= 0 && row < MaxRows && column >= 0 && column < MaxColumns; }
    /// "B12"; empty for an invalid address.
    QString toString() const;
    static QString toString(int row, int column) { return CellAddress(row, column).toString(); }
    /// "A", "Z", "AA", … "XFD"; empty when out of range.
    static QString columnName(int column);
    /// Parses "B12", "b12" or "$B$12"; an invalid address when the text is not one or is out of range.
    static CellAddress parse(QStringView text);
    /// Parses the letters of a column ("XFD"); -1 when invalid or out of range.
    static int parseColumn(QStringView letters);

    friend bool operator==(const CellAddress &a, const CellAddress &b) { return a.row == b.row && a.column == b.column; }
    friend bool operator!=(const CellAddress &a, const CellAddress &b) { return !(a == b); }
};

} // namespace qf

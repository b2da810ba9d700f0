// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellAddress.h"

namespace qf {

/// A rectangle of cells such as a merged range "A1:C2" (0-based, inclusive bounds).
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    CellAddress topLeft() const { return {firstRow, firstColumn}; }
    int rowCount() const { return lastRow - firstRow + 1; }
    int columnCount() const { return lastColumn - firstColumn + 1; }
    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    /// "A1:C2", or "A1" for a single cell.
    QString toString() const;
    /// Parses "A1:C2" (corners in any order) or a single cell "B3".
    static bool parse(QStringView text, CellRange *out);

    friend bool operator==(const CellRange &a, const CellRange &b)
    {
        return a.firstRow == b.firstRow && a.firstColumn == b.firstColumn && a.lastRow == b.lastRow
            && a.lastColumn == b.lastColumn;
    }
};

} // namespace qf

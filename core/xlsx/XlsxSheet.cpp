// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSheet.h"

#include <algorithm>

namespace qf {

XlsxCell XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || column < 0 || column >= CellAddress::MaxColumns)
        return {};
    return m_cells.value(key(row, column));
}

void XlsxSheet::setCell(int row, int column, const XlsxCell &cell)
{
    m_cells.insert(key(row, column), cell);
    m_rowCount = std::max(m_rowCount, row + 1);
    m_columnCount = std::max(m_columnCount, column + 1);
}

CellRange XlsxSheet::mergeAt(int row, int column) const
{
    // A linear scan: forms have a few dozen merges and the reader caps their number.
    for (const CellRange &range : m_merges)
        if (range.contains(row, column))
            return range;
    return CellRange{row, column, row, column};
}

XlsxCell XlsxSheet::shownCell(int row, int column) const
{
    const CellRange range = mergeAt(row, column);
    return cell(range.firstRow, range.firstColumn);
}

} // namespace qf

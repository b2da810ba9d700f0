// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSheet.h"

#include <algorithm>

namespace qf {

namespace {
thread_local qint64 lookupCount = 0;
}

qint64 XlsxSheet::lookups()
{
    return lookupCount;
}

XlsxCell XlsxSheet::cell(int row, int column) const
{
    ++lookupCount;
    const auto r = m_rows.constFind(row);
    if (r == m_rows.constEnd())
        return {};
    return r->value(column);
}

void XlsxSheet::setCell(int row, int column, const XlsxCell &cell)
{
    QMap<int, XlsxCell> &cells = m_rows[row];
    const qsizetype before = cells.size();
    cells.insert(column, cell);
    m_cellCount += int(cells.size() - before);
    m_rowCount = std::max(m_rowCount, row + 1);
    m_columnCount = std::max(m_columnCount, column + 1);
}

QMap<int, XlsxCell> XlsxSheet::shownRowCells(int row) const
{
    QMap<int, XlsxCell> shown = rowCells(row);
    lookupCount += shown.size();
    if (m_merges.isEmpty())
        return shown;
    for (auto it = shown.begin(); it != shown.end();) {
        const CellRange range = mergeAt(row, it.key());
        if (range.firstRow != row || range.firstColumn != it.key())
            it = shown.erase(it);
        else
            ++it;
    }
    return shown;
}

bool XlsxSheet::setMerges(const QList<CellRange> &ranges, CellRange *first, CellRange *second)
{
    if (!m_mergeIndex.build(ranges, first, second)) {
        m_merges.clear();
        m_mergeIndex.build({});
        return false;
    }
    m_merges = ranges;
    return true;
}

CellRange XlsxSheet::mergeAt(int row, int column) const
{
    ++lookupCount;
    const int i = m_mergeIndex.find(row, column);
    return i < 0 ? CellRange{row, column, row, column} : m_merges.at(i);
}

XlsxCell XlsxSheet::shownCell(int row, int column) const
{
    const CellRange range = mergeAt(row, column);
    return cell(range.firstRow, range.firstColumn);
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellRange.h"

#include <QList>

namespace qf {

/// Finds the merged range covering a cell in O(log² n) for n ranges, whatever area they
/// cover: a sheet's merges can be as many as the reader allows and one of them can span
/// the whole grid, so neither a scan over the ranges for every cell nor a map of every
/// covered cell would keep reading a hostile sheet cheap.
///
/// It is an interval tree over rows: each node keeps the ranges crossing its centre row.
/// Ranges that do not overlap and share a row have disjoint columns, so within a node the
/// one range that can hold a column is found by binary search. That needs ranges that do
/// not overlap, which build() checks (spreadsheet programs refuse such sheets too).
class MergeIndex
{
public:
    /// Indexes the ranges; false when two of them overlap, with the first such pair found.
    bool build(const QList<CellRange> &ranges, CellRange *first = nullptr, CellRange *second = nullptr);
    /// The position in the ranges given to build() of the one covering (row, column); -1 when none.
    int find(int row, int column) const;

private:
    struct Node
    {
        int centre = 0;
        QList<int> byColumn;   ///< ranges crossing the centre row, by first column
        int below = -1;        ///< node of the ranges ending above the centre row
        int above = -1;        ///< node of the ranges starting below it
    };
    int add(QList<int> members);

    QList<CellRange> m_ranges;
    QList<Node> m_nodes;
};

} // namespace qf

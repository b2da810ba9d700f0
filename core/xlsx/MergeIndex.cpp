// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeIndex.h"

#include <algorithm>
#include <map>
#include <queue>
#include <utility>
#include <vector>

namespace qf {

bool MergeIndex::build(const QList<CellRange> &ranges, CellRange *first, CellRange *second)
{
    m_ranges = ranges;
    m_nodes.clear();

    // Overlaps, by a sweep down the rows: the ranges crossing the current row have disjoint
    // columns (or two of them overlap), so each new one is checked against its neighbours only.
    std::vector<int> order(size_t(ranges.size()));
    for (int i = 0; i < int(ranges.size()); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return ranges.at(a).firstRow < ranges.at(b).firstRow; });
    std::map<int, int> active;   // first column → range, of the ranges crossing the sweep row
    using Ending = std::pair<int, int>;   // last row, range
    std::priority_queue<Ending, std::vector<Ending>, std::greater<Ending>> ending;
    for (int i : order) {
        const CellRange &r = ranges.at(i);
        while (!ending.empty() && ending.top().first < r.firstRow) {
            active.erase(ranges.at(ending.top().second).firstColumn);
            ending.pop();
        }
        auto next = active.lower_bound(r.firstColumn);
        int clash = -1;
        if (next != active.end() && next->first <= r.lastColumn)
            clash = next->second;
        else if (next != active.begin() && ranges.at(std::prev(next)->second).lastColumn >= r.firstColumn)
            clash = std::prev(next)->second;
        if (clash >= 0) {
            if (first)
                *first = ranges.at(clash);
            if (second)
                *second = r;
            m_ranges.clear();
            return false;
        }
        active.emplace(r.firstColumn, i);
        ending.emplace(r.lastRow, i);
    }

    QList<int> all;
    all.reserve(ranges.size());
    for (int i = 0; i < int(ranges.size()); ++i)
        all << i;
    if (!all.isEmpty())
        add(all);
    return true;
}

int MergeIndex::add(QList<int> members)
{
    // The centre is the middle first row: fewer than half the ranges start below it and
    // fewer than half end above it, so the tree is O(log n) deep.
    std::nth_element(members.begin(), members.begin() + members.size() / 2, members.end(),
                     [&](int a, int b) { return m_ranges.at(a).firstRow < m_ranges.at(b).firstRow; });
    Node node;
    node.centre = m_ranges.at(members.at(members.size() / 2)).firstRow;
    QList<int> below, above;
    for (int i : std::as_const(members)) {
        const CellRange &r = m_ranges.at(i);
        if (r.lastRow < node.centre)
            below << i;
        else if (r.firstRow > node.centre)
            above << i;
        else
            node.byColumn << i;
    }
    std::sort(node.byColumn.begin(), node.byColumn.end(),
              [&](int a, int b) { return m_ranges.at(a).firstColumn < m_ranges.at(b).firstColumn; });
    const int index = int(m_nodes.size());
    m_nodes << node;
    if (!below.isEmpty()) {
        const int child = add(below);
        m_nodes[index].below = child;
    }
    if (!above.isEmpty()) {
        const int child = add(above);
        m_nodes[index].above = child;
    }
    return index;
}

int MergeIndex::find(int row, int column) const
{
    int n = m_nodes.isEmpty() ? -1 : 0;
    while (n >= 0) {
        const Node &node = m_nodes.at(n);
        // The last range starting at or left of the column is the only one that can hold it.
        const auto after = std::upper_bound(node.byColumn.cbegin(), node.byColumn.cend(), column,
                                            [&](int c, int i) { return c < m_ranges.at(i).firstColumn; });
        if (after != node.byColumn.cbegin()) {
            const CellRange &r = m_ranges.at(*std::prev(after));
            if (r.contains(row, column))
                return *std::prev(after);
        }
        if (row == node.centre)
            return -1;
        n = row < node.centre ? node.below : node.above;
    }
    return -1;
}

} // namespace qf

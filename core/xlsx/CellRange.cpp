// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellRange.h"

#include <algorithm>

namespace qf {

QString CellRange::toString() const
{
    const QString first = CellAddress::toString(firstRow, firstColumn);
    if (firstRow == lastRow && firstColumn == lastColumn)
        return first;
    return first + QLatin1Char(':') + CellAddress::toString(lastRow, lastColumn);
}

bool CellRange::parse(QStringView text, CellRange *out)
{
    const qsizetype colon = text.indexOf(u':');
    const CellAddress a = CellAddress::parse(colon < 0 ? text : text.left(colon));
    const CellAddress b = colon < 0 ? a : CellAddress::parse(text.mid(colon + 1));
    if (!a.isValid() || !b.isValid())
        return false;
    out->firstRow = std::min(a.row, b.row);
    out->lastRow = std::max(a.row, b.row);
    out->firstColumn = std::min(a.column, b.column);
    out->lastColumn = std::max(a.column, b.column);
    return true;
}

} // namespace qf

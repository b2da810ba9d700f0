// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellRange.h"
#include "XlsxCell.h"

#include <QHash>
#include <QList>
#include <QString>

namespace qf {

/// One worksheet of a workbook read from an .xlsx file: its cell values (sparse) and
/// merged ranges. Rows and columns are 0-based.
class XlsxSheet
{
public:
    QString name() const { return m_name; }
    /// Hidden or "very hidden" in the workbook (a sheet a program keeps for itself).
    bool isHidden() const { return m_hidden; }

    /// The cell at (row, column); an Empty cell where nothing is stored.
    XlsxCell cell(int row, int column) const;
    /// One past the last row and column holding a value (or a formula); 0 for an empty sheet.
    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    int cellCount() const { return int(m_cells.size()); }

    QList<CellRange> merges() const { return m_merges; }
    /// The merged range that covers (row, column), or that single cell when none does.
    CellRange mergeAt(int row, int column) const;
    /// What a person sees at (row, column): the value of the top-left cell of the merged
    /// range covering it (spreadsheet programs keep only that one), otherwise the cell.
    XlsxCell shownCell(int row, int column) const;

    // Filled by the reader.
    void setName(const QString &name) { m_name = name; }
    void setHidden(bool hidden) { m_hidden = hidden; }
    void setCell(int row, int column, const XlsxCell &cell);
    void addMerge(const CellRange &range) { m_merges << range; }

private:
    static quint64 key(int row, int column) { return quint64(row) << 16 | quint64(column); }

    QString m_name;
    bool m_hidden = false;
    QHash<quint64, XlsxCell> m_cells;
    QList<CellRange> m_merges;
    int m_rowCount = 0;
    int m_columnCount = 0;
};

} // namespace qf

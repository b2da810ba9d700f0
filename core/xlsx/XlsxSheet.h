// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellRange.h"
#include "MergeIndex.h"
#include "XlsxCell.h"

#include <QList>
#include <QMap>
#include <QString>

namespace qf {

/// One worksheet of a workbook read from an .xlsx file: its cell values (sparse) and
/// merged ranges. Rows and columns are 0-based.
///
/// A sheet may address far more cells than it holds (one value at XFD1048576, a merge over
/// the whole grid), so readers walk rows() and rowCells(), which cost what the file holds,
/// never 0…rowCount() × 0…columnCount(), which cost the area it addresses.
class XlsxSheet
{
public:
    QString name() const { return m_name; }
    /// Hidden or "very hidden" in the workbook (a sheet a program keeps for itself).
    bool isHidden() const { return m_hidden; }

    /// The cell at (row, column); an Empty cell where nothing is stored.
    XlsxCell cell(int row, int column) const;
    /// One past the last row and column holding a value (or a formula); 0 for an empty sheet.
    /// An extent, not something to loop over: see rows().
    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    int cellCount() const { return m_cellCount; }

    /// The rows holding at least one stored cell, top to bottom.
    QList<int> rows() const { return m_rows.keys(); }
    /// A row's stored cells by column, left to right.
    QMap<int, XlsxCell> rowCells(int row) const { return m_rows.value(row); }
    /// The stored cells of a row that a person sees: those not hidden under a merged range
    /// that starts elsewhere (a program shows only the top-left cell of a merge).
    QMap<int, XlsxCell> shownRowCells(int row) const;

    QList<CellRange> merges() const { return m_merges; }
    /// The merged range that covers (row, column), or that single cell when none does.
    CellRange mergeAt(int row, int column) const;
    /// What a person sees at (row, column): the value of the top-left cell of the merged
    /// range covering it (spreadsheet programs keep only that one), otherwise the cell.
    XlsxCell shownCell(int row, int column) const;

    /// How many cells and merges the readers of sheets have looked at in this thread: lets
    /// tests bound the work of reading a file by what it holds rather than by a clock.
    static qint64 lookups();

    // Filled by the reader.
    void setName(const QString &name) { m_name = name; }
    void setHidden(bool hidden) { m_hidden = hidden; }
    void setCell(int row, int column, const XlsxCell &cell);
    /// Sets the merged ranges; false (and none set) when two overlap, with that pair.
    bool setMerges(const QList<CellRange> &ranges, CellRange *first = nullptr, CellRange *second = nullptr);

private:
    QString m_name;
    bool m_hidden = false;
    QMap<int, QMap<int, XlsxCell>> m_rows;
    int m_cellCount = 0;
    QList<CellRange> m_merges;
    MergeIndex m_mergeIndex;
    int m_rowCount = 0;
    int m_columnCount = 0;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPoint>

namespace qf::ui {

/// A FormTable laid out cell by cell as the official sheet: title, 填报单位/填报时间 line,
/// the header rows, the body rows with their label columns, the signature line and the
/// notes. spans() says which cells merge, exactly as the form's description does.
/// Figures the ledgers make are marked as on the entry grid, totals that contain them too.
class SummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { BorderRole = Qt::UserRole + 1, PartRole, LedgerRole, OverriddenRole };
    enum class Part { Title, Line, Header, Label, Value, Signature, Note };

    explicit SummaryModel(QObject *parent = nullptr);
    void setTable(const FormTable &table);
    const FormTable &table() const { return m_table; }
    QList<SpanCell> spans() const { return m_spans; }
    int headerTop() const { return 2; }
    int bodyTop() const { return headerTop() + m_table.headerRowCount(); }
    /// The grid row of a FormTable body row.
    int rowOfBody(int bodyRow) const { return bodyTop() + bodyRow; }
    QString textAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        Part part = Part::Value;
        QString text;
        Qt::Alignment alignment = Qt::AlignCenter;
        bool bold = false;
        QString toolTip;
        bool fromLedger = false;   ///< the figure is, or sums, figures the ledgers make
        bool overridden = false;   ///< a typed figure stands against the ledgers' in it
    };
    void put(int row, int col, int rowSpan, int colSpan, const Cell &cell);
    static quint64 key(int row, int col) { return (quint64(quint32(row)) << 32) | quint32(col); }

    FormTable m_table;
    int m_rows = 0;
    QHash<quint64, Cell> m_cells;
    QList<SpanCell> m_spans;
};

} // namespace qf::ui

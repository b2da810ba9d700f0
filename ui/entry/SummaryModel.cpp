// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryModel.h"

#include "LedgerMark.h"

#include <QBrush>
#include <QFont>

namespace qf::ui {

namespace {

QString joined(const QString &first, const QString &second)
{
    return first.isEmpty() ? second : first + QLatin1Char('\n') + second;
}

} // namespace

SummaryModel::SummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void SummaryModel::put(int row, int col, int rowSpan, int colSpan, const Cell &cell)
{
    m_cells.insert(key(row, col), cell);
    if (rowSpan > 1 || colSpan > 1)
        m_spans << SpanCell{row, col, rowSpan, colSpan, cell.text};
}

void SummaryModel::setTable(const FormTable &table)
{
    beginResetModel();
    m_table = table;
    m_cells.clear();
    m_spans.clear();
    const int columns = table.gridColumnCount();
    const FormDescription *form = table.form;
    if (!form || columns == 0) {
        m_rows = 0;
        endResetModel();
        return;
    }

    put(0, 0, 1, columns, Cell{Part::Title, table.title, Qt::AlignCenter, true, {}});
    const int half = columns / 2;
    put(1, 0, 1, half, Cell{Part::Line, table.unitLine(), Qt::AlignLeft | Qt::AlignVCenter, false, {}});
    put(1, half, 1, columns - half, Cell{Part::Line, table.dateLine(), Qt::AlignRight | Qt::AlignVCenter, false, {}});

    for (const SpanCell &h : table.header)
        put(headerTop() + h.row, h.col, h.rowSpan, h.colSpan, Cell{Part::Header, h.text, Qt::AlignCenter, true, {}});

    const int labels = form->labelColumnCount();
    for (int r = 0; r < table.rows.size(); ++r) {
        const FormRow &row = table.rows.at(r);
        const bool total = row.style != RowStyle::Unit && row.style != RowStyle::Leaf;
        QString tip;
        if (!row.carriedUnits.isEmpty())
            tip = tr("含沿用以前月份数字的单位：%1").arg(row.carriedUnits.join(QStringLiteral("、")));
        for (const SpanCell &l : row.labels) {
            // The unit names of 附件1 read better left-aligned, as on the paper form.
            const bool name = form->layout == FormDescription::Layout::Units && l.col == 1 && row.style == RowStyle::Unit;
            put(rowOfBody(l.row), l.col, l.rowSpan, l.colSpan,
                Cell{Part::Label, l.text, name ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter, total, tip});
        }
        for (int i = 0; i < form->columns.size(); ++i) {
            const FormColumn &c = form->columns.at(i);
            const Qt::Alignment align = (c.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            const FormValue value = row.values.value(i);
            Cell cell{Part::Value, table.valueText(value, c), align, total, tip};
            cell.fromLedger = value.fromLedger;
            cell.overridden = value.overridden;
            if (value.overridden)
                cell.toolTip = joined(cell.toolTip, total ? tr("含以填报数覆盖台账计算的数字") : tr("以填报数覆盖台账计算数（有理由）"));
            else if (value.fromLedger)
                cell.toolTip = joined(cell.toolTip, total ? tr("含由台账计算的数字") : tr("由台账计算"));
            put(rowOfBody(r), labels + i, 1, 1, cell);
        }
    }

    int row = bodyTop() + int(table.rows.size());
    const int sigCount = int(table.signature.size());
    for (int i = 0; i < sigCount; ++i) {
        const int from = columns * i / sigCount;
        const int to = columns * (i + 1) / sigCount;
        put(row, from, 1, to - from, Cell{Part::Signature, table.signature.at(i), Qt::AlignLeft | Qt::AlignVCenter, false, {}});
    }
    ++row;
    QStringList notes = table.notes;
    if (!notes.isEmpty() && form->notesInline)
        notes.first().prepend(table.notesHeading);
    else if (!table.notesHeading.isEmpty())
        notes.prepend(table.notesHeading);
    for (const QString &note : notes)
        put(row++, 0, 1, columns, Cell{Part::Note, note, Qt::AlignLeft | Qt::AlignVCenter, false, {}});
    m_rows = row;
    endResetModel();
}

QString SummaryModel::textAt(int row, int column) const
{
    return m_cells.value(key(row, column)).text;
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.gridColumnCount();
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto it = m_cells.constFind(key(index.row(), index.column()));
    const bool inTable = index.row() >= headerTop() && index.row() < bodyTop() + m_table.rows.size();
    if (role == BorderRole)
        return inTable;
    if (it == m_cells.constEnd())
        return {};
    const Cell &cell = *it;
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::TextAlignmentRole: return int(cell.alignment);
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case PartRole: return int(cell.part);
    case LedgerRole: return cell.fromLedger;
    case OverriddenRole: return cell.overridden;
    case Qt::BackgroundRole:
        if (cell.part == Part::Header)
            return QBrush(QColor(0xf3, 0xf5, 0xf8));
        if (cell.fromLedger && !cell.overridden)
            return QBrush(LedgerMark::background);
        return {};
    case Qt::FontRole: {
        // Only what differs from the view's font is set: the view resolves the rest.
        if (!cell.bold)
            return {};
        QFont f;
        f.setBold(true);
        if (cell.part == Part::Title)
            f.setPointSizeF(QFont().pointSizeF() * 1.5);
        return f;
    }
    default: return {};
    }
}

} // namespace qf::ui

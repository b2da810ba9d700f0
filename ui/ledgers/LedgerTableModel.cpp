// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace qf::ui {

LedgerTableModel::LedgerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LedgerTableModel::setTable(const LedgerTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int LedgerTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_table.rows.size(); ++r)
        if (m_table.rows.at(r).id == id)
            return r;
    return -1;
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const LedgerTable::Row &row = m_table.rows.at(index.row());
    const LedgerTable::CellType type = m_table.columns.at(index.column()).type;
    switch (role) {
    case IdRole: return row.id;
    case InstitutionRole: return row.institutionId;
    case StateRole: return row.stateKey;
    case FlagRole: return int(row.flag);
    case SortRole: {
        const QVariant v = row.cells.value(index.column());
        return type == LedgerTable::CellType::Date ? QVariant(v.toDate().toJulianDay()) : v;
    }
    case Qt::DisplayRole: {
        QString text = m_table.text(index.row(), index.column());
        if (type == LedgerTable::CellType::LongText && text.size() > 60)
            text = text.left(58) + QStringLiteral(u"…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole:
        return type == LedgerTable::CellType::LongText ? m_table.text(index.row(), index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (type == LedgerTable::CellType::Count || type == LedgerTable::CellType::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (type == LedgerTable::CellType::Date || type == LedgerTable::CellType::Flag)
            return int(Qt::AlignCenter);
        return {};
    case Qt::BackgroundRole:
        if (type != LedgerTable::CellType::Flag)
            return {};
        switch (row.flag) {
        case DeadlineFlag::Red: return QBrush(QColor(0xFF, 0xC7, 0xCE));
        case DeadlineFlag::Amber: return QBrush(QColor(0xFF, 0xEB, 0x9C));
        case DeadlineFlag::Green: return QBrush(QColor(0xE2, 0xEF, 0xDA));
        case DeadlineFlag::None: break;
        }
        return {};
    default: break;
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace qf::ui

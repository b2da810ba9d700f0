// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFilterModel.h"

#include "LedgerTableModel.h"
#include "ledgers/Problem.h"

namespace qf::ui {

LedgerFilterModel::LedgerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LedgerTableModel::SortRole);
    setSortLocaleAware(true);
}

void LedgerFilterModel::setInstitution(qint64 id)
{
    m_institution = id;
    invalidateFilter();
}

void LedgerFilterModel::setState(const QString &key)
{
    m_state = key;
    invalidateFilter();
}

void LedgerFilterModel::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateFilter();
}

void LedgerFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool LedgerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_institution && first.data(LedgerTableModel::InstitutionRole).toLongLong() != m_institution)
        return false;
    if (!m_state.isEmpty() && first.data(LedgerTableModel::StateRole).toString() != m_state)
        return false;
    if (m_overdueOnly) {
        const auto flag = DeadlineFlag(first.data(LedgerTableModel::FlagRole).toInt());
        if (flag != DeadlineFlag::Amber && flag != DeadlineFlag::Red)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        const QModelIndex index = m->index(sourceRow, c, sourceParent);
        const QString shown = index.data(Qt::ToolTipRole).isValid() ? index.data(Qt::ToolTipRole).toString()
                                                                    : index.data(Qt::DisplayRole).toString();
        if (shown.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace qf::ui

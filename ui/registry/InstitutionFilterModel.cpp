// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionFilterModel.h"

#include "InstitutionTableModel.h"

namespace qf::ui {

InstitutionFilterModel::InstitutionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InstitutionTableModel::SortRole);
    setSortLocaleAware(true);
}

void InstitutionFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void InstitutionFilterModel::setColumnValue(int column, const QString &value)
{
    if (value.isEmpty())
        m_columnValues.remove(column);
    else
        m_columnValues.insert(column, value);
    invalidateFilter();
}

void InstitutionFilterModel::setShowInactive(bool show)
{
    m_showInactive = show;
    invalidateFilter();
}

bool InstitutionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_showInactive && !m->index(sourceRow, 0, parent).data(InstitutionTableModel::ActiveRole).toBool())
        return false;
    for (auto it = m_columnValues.constBegin(); it != m_columnValues.constEnd(); ++it)
        if (m->index(sourceRow, it.key(), parent).data().toString() != it.value())
            return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(parent); ++c)
        if (m->index(sourceRow, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace qf::ui

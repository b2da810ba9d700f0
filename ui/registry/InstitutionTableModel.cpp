// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionTableModel.h"

#include <QBrush>
#include <QColor>

namespace qf::ui {

InstitutionTableModel::InstitutionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void InstitutionTableModel::setInstitutions(const QList<Institution> &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

const Institution *InstitutionTableModel::institutionAt(int row) const
{
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

int InstitutionTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_list.size(); ++r)
        if (m_list.at(r).id == id)
            return r;
    return -1;
}

int InstitutionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int InstitutionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstitutionTableModel::data(const QModelIndex &index, int role) const
{
    const Institution *i = institutionAt(index.row());
    if (!i)
        return {};
    if (role == InstitutionIdRole)
        return i->id;
    if (role == ActiveRole)
        return i->active;
    if (role == Qt::ForegroundRole && !i->active)
        return QBrush(QColor(0x99, 0x99, 0x99));
    if (role == Qt::ToolTipRole && index.column() == Name && i->demo)
        return tr("示例数据");
    if (role == SortRole && index.column() == Level_)
        return int(i->level);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return i->name;
    case ShortName: return i->shortName;
    case Ownership_: return ownershipName(i->ownership);
    case Level_: return levelName(i->level);
    case Contracted: return i->contracted ? tr("是") : tr("否");
    case Kind: return kindName(i->kind);
    case Township: return i->township;
    case Phone: return i->reportPhone;
    case Email: return i->reportEmail;
    case Contact: return i->contactPerson;
    case ContactPhone: return i->contactPhone;
    case Status_:
        if (!i->active)
            return i->activeUntil.isValid() ? tr("停用（%1起）").arg(i->activeUntil.toString(QStringLiteral("yyyy-MM-dd")))
                                            : tr("停用");
        return tr("在用");
    default: return {};
    }
}

QVariant InstitutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("名称");
    case ShortName: return tr("简称");
    case Ownership_: return tr("所有制");
    case Level_: return tr("等级");
    case Contracted: return tr("医保定点");
    case Kind: return tr("类别");
    case Township: return tr("乡镇");
    case Phone: return tr("举报电话");
    case Email: return tr("举报邮箱");
    case Contact: return tr("联系人");
    case ContactPhone: return tr("联系电话");
    case Status_: return tr("状态");
    default: return {};
    }
}

} // namespace qf::ui

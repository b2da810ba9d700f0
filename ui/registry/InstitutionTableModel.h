// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"

#include <QAbstractTableModel>

namespace qf::ui {

/// The registry as a table: one row per institution, one column per attribute.
class InstitutionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, ShortName, Ownership_, Level_, Contracted, Kind, Township, Phone, Email, Contact, ContactPhone, Status_, ColumnCount };
    enum Role { InstitutionIdRole = Qt::UserRole + 1, ActiveRole, SortRole };

    explicit InstitutionTableModel(QObject *parent = nullptr);
    void setInstitutions(const QList<Institution> &list);
    const Institution *institutionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Institution> m_list;
};

} // namespace qf::ui

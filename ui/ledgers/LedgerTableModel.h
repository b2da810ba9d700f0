// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerTable.h"

#include <QAbstractTableModel>

namespace qf::ui {

/// Shows a LedgerTable, the same table the Excel export writes: the list cannot show
/// what the export leaves out (the reporter of a tip-off).
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, InstitutionRole, StateRole, FlagRole, SortRole };

    explicit LedgerTableModel(QObject *parent = nullptr);
    void setTable(const LedgerTable &table);
    const LedgerTable &table() const { return m_table; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LedgerTable m_table;
};

} // namespace qf::ui

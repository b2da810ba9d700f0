// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerFigures.h"

#include <QDialog>

class QTableWidget;

namespace qf::ui {

/// The drill-down of one form cell: its figure, how it is counted, and every record that
/// makes it.
class LedgerCellDialog : public QDialog
{
    Q_OBJECT
public:
    LedgerCellDialog(const LedgerCell &cell, const QString &unitName, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// The sum of the records that count: the cell's figure.
    double total() const { return m_total; }

private:
    QTableWidget *m_table;
    double m_total = 0;
};

} // namespace qf::ui

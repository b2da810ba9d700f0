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

private:
    QTableWidget *m_table;
};

} // namespace qf::ui

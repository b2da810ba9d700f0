// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableWidget;
class QWidget;

namespace qf::ui {

/// Makes a table's current row follow the keyboard focus of the editors placed in its
/// cells, so that "delete" and "move up" act on the row being edited.
class RowFocusTracker : public QObject
{
    Q_OBJECT
public:
    explicit RowFocusTracker(QTableWidget *table);
    void watch(QWidget *editor, int row, int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableWidget *m_table;
};

} // namespace qf::ui

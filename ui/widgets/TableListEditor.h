// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace qf::ui {

class RowFocusTracker;

/// A list of records edited in place, one row each with an editor per cell, and buttons
/// to add, remove and reorder rows. Subclasses keep the records and build the editors.
class TableListEditor : public QWidget
{
    Q_OBJECT
public:
    TableListEditor(const QStringList &headers, const QString &addLabel, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// Fixed widths for the first columns (editors in cells report sizes that do not fit).
    void setColumnWidths(const QList<int> &widths) { m_widths = widths; }

signals:
    void changed();
    /// Rows were added, removed or reordered (changed() follows).
    void rowsChanged();

protected:
    virtual int itemCount() const = 0;
    virtual void appendItem() = 0;
    virtual void removeItem(int row) = 0;
    virtual void moveItem(int from, int to) = 0;
    /// Creates the row's editors with place().
    virtual void fillRow(int row) = 0;

    void rebuild();
    void place(int row, int column, QWidget *editor);

private:
    void move(int delta);
    void updateButtons();
    QTableWidget *m_table;
    RowFocusTracker *m_focus;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QList<int> m_widths;
};

} // namespace qf::ui

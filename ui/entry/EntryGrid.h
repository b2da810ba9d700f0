// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace qf::ui {

/// The entry table with its first columns (unit, status) frozen: a second view over the
/// same model and selection lies on the left edge and scrolls only vertically, so the
/// unit's name stays in sight while the wide forms scroll sideways.
class EntryGrid : public QTableView
{
    Q_OBJECT
public:
    explicit EntryGrid(QWidget *parent = nullptr);
    using QTableView::edit;
    void setModel(QAbstractItemModel *model) override;
    void setFrozenColumnCount(int count);
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

signals:
    /// A context menu was asked for over a cell, in either part of the grid.
    void cellMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    /// A cell that cannot be edited was double-clicked or typed into (a ledger's figure,
    /// a locked row, a total): the page explains why, or shows what lies behind it.
    void readOnlyCellActivated(const QModelIndex &index, bool doubleClicked);
    /// Ctrl+C, Ctrl+V, and Delete or Backspace over the selection, as in a spreadsheet.
    void copyRequested();
    void pasteRequested();
    void clearRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;
    /// Cells of the frozen columns are edited in the frozen part, where they are seen.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    /// Enter after typing a figure moves down to the next unit, as on a paper list, and
    /// Tab to the right; with Shift, up and to the left. None of them opens an editor.
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    /// Enter moves down (Shift+Enter up) without editing; the clipboard keys and Delete
    /// are the page's to handle.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshFrozen();
    void placeFrozen();
    int frozenWidth() const;
    void moveVertically(int rows);

    QTableView *m_frozen;
    int m_count = 1;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryGrid.h"

#include "EntryDelegate.h"
#include "GroupedHeaderView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace qf::ui {

EntryGrid::EntryGrid(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    setHorizontalHeader(new GroupedHeaderView(this));
    setItemDelegate(new EntryDelegate(this));
    verticalHeader()->hide();
    setHorizontalScrollMode(ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);

    m_frozen->setHorizontalHeader(new GroupedHeaderView(m_frozen));
    m_frozen->setItemDelegate(new EntryDelegate(m_frozen));
    m_frozen->verticalHeader()->hide();
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    // The frozen part lies over both the cells and the header of the scrolling part.
    m_frozen->raise();

    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section < m_count) {
            m_frozen->setColumnWidth(section, size);
            placeFrozen();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_frozen->setRowHeight(section, size); });
    connect(this, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { emit cellMenuRequested(indexAt(pos), viewport()->mapToGlobal(pos)); });
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit cellMenuRequested(m_frozen->indexAt(pos), m_frozen->viewport()->mapToGlobal(pos));
    });
}

void EntryGrid::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setEditTriggers(editTriggers());
    connect(model, &QAbstractItemModel::modelReset, this, &EntryGrid::refreshFrozen);
    refreshFrozen();
}

void EntryGrid::setFrozenColumnCount(int count)
{
    m_count = count;
    refreshFrozen();
}

void EntryGrid::refreshFrozen()
{
    if (!model())
        return;
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    for (int c = 0; c < model()->columnCount(); ++c) {
        m_frozen->setColumnHidden(c, c >= m_count);
        if (c < m_count)
            m_frozen->setColumnWidth(c, columnWidth(c));
    }
    placeFrozen();
}

int EntryGrid::frozenWidth() const
{
    int width = 0;
    for (int c = 0; model() && c < qMin(m_count, model()->columnCount()); ++c)
        width += columnWidth(c);
    return width;
}

void EntryGrid::placeFrozen()
{
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

void EntryGrid::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
}

void EntryGrid::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozen();
}

void EntryGrid::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    // A cell scrolled into view must not end up under the frozen columns.
    if (index.isValid() && index.column() >= m_count) {
        const int hidden = frozenWidth() - visualRect(index).left();
        if (hidden > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
    }
}

bool EntryGrid::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (index.isValid() && !(index.flags() & Qt::ItemIsEditable)) {
        const bool typed = trigger == AnyKeyPressed && event && !static_cast<QKeyEvent *>(event)->text().trimmed().isEmpty();
        if (trigger == DoubleClicked || trigger == EditKeyPressed || typed)
            emit readOnlyCellActivated(index, trigger == DoubleClicked);
        return false;
    }
    if (!index.isValid() || index.column() >= m_count)
        return QTableView::edit(index, trigger, event);
    if (!(index.flags() & Qt::ItemIsEditable))
        return false;
    const bool typed = trigger == AnyKeyPressed && event && !static_cast<QKeyEvent *>(event)->text().isEmpty();
    if (trigger != AllEditTriggers && trigger != EditKeyPressed && !typed)
        return false;
    m_frozen->edit(index);
    return true;
}

void EntryGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool refused = editor && editor->property(EntryDelegate::kRefusedProperty).toBool();
    const bool up = editor && editor->property(EntryDelegate::kMoveUpProperty).toBool();
    const bool moves = hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem;
    QTableView::closeEditor(editor, moves ? QAbstractItemDelegate::NoHint : hint);
    if (refused)
        return;
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveVertically(up ? -1 : 1);
    else if (moves)
        setCurrentIndex(moveCursor(hint == QAbstractItemDelegate::EditNextItem ? MoveNext : MovePrevious, Qt::NoModifier));
}

void EntryGrid::moveVertically(int rows)
{
    const QModelIndex current = currentIndex();
    const QModelIndex next = current.sibling(current.row() + rows, current.column());
    if (next.isValid()) {
        setCurrentIndex(next);
        scrollTo(next);
    }
}

void EntryGrid::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            emit copyRequested();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            emit pasteRequested();
            return;
        }
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && mods == Qt::NoModifier) {
            emit clearRequested();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
            moveVertically(mods == Qt::ShiftModifier ? -1 : 1);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QModelIndex EntryGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    if (action == MoveLeft && current.column() >= m_count) {
        const int hidden = frozenWidth() - visualRect(current).left();
        if (hidden > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
    }
    return current;
}

} // namespace qf::ui

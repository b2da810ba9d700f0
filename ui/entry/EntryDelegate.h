// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace qf::ui {

/// Paints a form cell as its cumulative value with the month's increase beside it in a
/// lighter colour, and edits it with the input the column allows: whole numbers for
/// counts, two decimals for 万元 amounts, free text for 备注, a date for 报送日期.
class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Where a figure and its increase go in a cell of the given inner width. The figure
    /// is never cut: the increase keeps the column's aligned slot while both fit, then
    /// only its own width, and is left out (it stays in the tooltip) when even that does
    /// not fit.
    struct FigureLayout
    {
        int figureRight = 0;    ///< space kept right of the figure for the increase
        bool showIncrease = false;
    };
    static FigureLayout layoutFigure(int width, int figureWidth, int increaseWidth, int slotWidth);
    /// Space between a figure and its increase, and on each side of the cell.
    static constexpr int kGap = 3;
    static constexpr int kPadding = 6;

    /// Properties an editor carries when it closes: its text was refused (the cursor
    /// stays), or it was closed with Shift+Enter (the cursor moves up, not down).
    static constexpr const char *kRefusedProperty = "qingfengRefused";
    static constexpr const char *kMoveUpProperty = "qingfengMoveUp";

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace qf::ui

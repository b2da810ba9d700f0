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

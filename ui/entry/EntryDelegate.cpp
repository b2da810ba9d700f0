// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDelegate.h"

#include "EntryModel.h"
#include "LedgerMark.h"

#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace qf::ui {

namespace {

int kindOf(const QModelIndex &index)
{
    return index.data(EntryModel::ColumnKindRole).toInt();
}

bool isDateColumn(const QModelIndex &index)
{
    return index.data(Qt::EditRole).userType() == QMetaType::QDate;
}

QString bracketed(const QString &increase)
{
    return increase.isEmpty() ? QString() : QStringLiteral(u"（%1）").arg(increase);
}

} // namespace

void EntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintCell(painter, option, index);
    // A figure from the ledgers carries a corner mark, whatever its background says.
    if (index.data(EntryModel::LedgerRole).toBool())
        LedgerMark::paintCorner(painter, option.rect, index.data(EntryModel::OverriddenRole).toBool());
    // A finding keeps a mark on the cell's edge even while the cell is selected.
    if (const int severity = index.data(EntryModel::SeverityRole).toInt(); severity > 0)
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          severity == 2 ? QColor(0xc6, 0x28, 0x28) : QColor(0xe0, 0x9a, 0x00));
}

void EntryDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int kind = kindOf(index);
    if (kind != int(ColumnKind::Count) && kind != int(ColumnKind::Amount)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString value = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The increase takes a fixed slot (as wide as the column's widest increase), so the
    // cumulative values stay aligned on the right like figures on the paper form. In a
    // column too narrow for both, the increase yields, never the figure.
    const QString increase = bracketed(index.data(EntryModel::IncreaseRole).toString());
    const QString sample = bracketed(index.model()->headerData(index.column(), Qt::Horizontal,
                                                                 EntryModel::IncreaseSampleRole).toString());
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int slot = sample.isEmpty() ? 0 : smallMetrics.horizontalAdvance(sample);

    const QRect area = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const FigureLayout layout = layoutFigure(area.width(), QFontMetrics(opt.font).horizontalAdvance(value),
                                             increase.isEmpty() ? 0 : smallMetrics.horizontalAdvance(increase), slot);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText)
                             : opt.palette.color(group, QPalette::Text));
    if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid() && !selected)
        painter->setPen(fg.value<QBrush>().color());
    painter->drawText(area.adjusted(0, 0, -layout.figureRight, 0), Qt::AlignRight | Qt::AlignVCenter, value);
    if (layout.showIncrease) {
        painter->setFont(small);
        QColor light = selected ? opt.palette.color(group, QPalette::HighlightedText) : QColor(0x5b, 0x8a, 0x4e);
        if (increase.contains(QChar(0x2212)))
            light = selected ? light : QColor(0xb3, 0x26, 0x1e);
        painter->setPen(light);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, increase);
    }
    painter->restore();
}

EntryDelegate::FigureLayout EntryDelegate::layoutFigure(int width, int figureWidth, int increaseWidth, int slotWidth)
{
    // A cell without an increase keeps the slot too while it fits, so figures line up.
    if (increaseWidth <= 0)
        return {slotWidth > 0 && figureWidth + kGap + slotWidth <= width ? slotWidth + kGap : 0, false};
    if (figureWidth + kGap + qMax(slotWidth, increaseWidth) <= width)
        return {qMax(slotWidth, increaseWidth) + kGap, true};
    if (figureWidth + kGap + increaseWidth <= width)
        return {increaseWidth + kGap, true};
    return {};
}

QSize EntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString increase = bracketed(index.data(EntryModel::IncreaseRole).toString());
    if (!increase.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(increase);
    size.rheight() = qMax(size.height(), option.fontMetrics.height() + 10);
    return size;
}

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (isDateColumn(index)) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    const int kind = kindOf(index);
    if (kind < 0)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    // No input mask: one that drops what it does not like turns "1.5" into 15 and "-3"
    // into 3. The model reads the text whole by core's rules and refuses it, saying why.
    if (kind == int(ColumnKind::Count)) {
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(tr("整数"));
    } else if (kind == int(ColumnKind::Amount)) {
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(tr("万元"));
    } else {
        edit->setMaxLength(200);
    }
    return edit;
}

void EntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate());
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (kindOf(index) == int(ColumnKind::Amount) && !value.toString().isEmpty())
        edit->setText(QString::number(value.toDouble(), 'f', 2));
    else
        edit->setText(value.toString());
    edit->selectAll();
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // Leaving an unchanged cell must not turn a carried unit into this month's report.
        if (edit->text() == index.data(Qt::EditRole).toString()
            || (kindOf(index) == int(ColumnKind::Amount) && !edit->text().isEmpty()
                && edit->text() == QString::number(index.data(Qt::EditRole).toDouble(), 'f', 2)))
            return;
        // A refused text leaves the cursor on its cell (the grid reads this on closing).
        editor->setProperty(kRefusedProperty, !model->setData(index, edit->text()));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool EntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Shift+Enter closes the editor as Enter does, but the grid moves up, as in Excel.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))
            object->setProperty(kMoveUpProperty, bool(key->modifiers() & Qt::ShiftModifier));
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace qf::ui

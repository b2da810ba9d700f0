// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupedHeaderView.h"

#include "EntryModel.h"

#include <QPainter>

namespace qf::ui {

namespace {

const QColor kBackground(0xee, 0xf2, 0xf7);
const QColor kDerivedBackground(0xe6, 0xe9, 0xe1);
const QColor kLine(0xc9, 0xd2, 0xde);
const QColor kNumberText(0x5a, 0x66, 0x78);
constexpr int kLabelLines = 3;

} // namespace

GroupedHeaderView::GroupedHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
}

QString GroupedHeaderView::group(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, Qt::Horizontal, EntryModel::GroupRole).toString() : QString();
}

int GroupedHeaderView::groupHeight() const
{
    return 2 * fontMetrics().height() + 8;
}

int GroupedHeaderView::numberHeight() const
{
    return fontMetrics().height() + 6;
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(groupHeight() + kLabelLines * fontMetrics().height() + 10 + numberHeight());
    return size;
}

QRect GroupedHeaderView::groupRect(int logicalIndex, const QRect &sectionRect) const
{
    const QString name = group(logicalIndex);
    int first = visualIndex(logicalIndex);
    int last = first;
    while (first > 0 && group(this->logicalIndex(first - 1)) == name)
        --first;
    while (last + 1 < count() && group(this->logicalIndex(last + 1)) == name)
        ++last;
    const int left = sectionViewportPosition(this->logicalIndex(first));
    const int right = sectionViewportPosition(this->logicalIndex(last)) + sectionSize(this->logicalIndex(last));
    return QRect(left, sectionRect.top(), right - left, groupHeight());
}

void GroupedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model())
        return;
    painter->save();
    const bool derived = model()->headerData(logicalIndex, Qt::Horizontal, EntryModel::DerivedRole).toBool();
    const QString label = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString number = model()->headerData(logicalIndex, Qt::Horizontal, EntryModel::NumberRole).toString();
    const QString groupName = group(logicalIndex);
    const QRect band = groupName.isEmpty() ? QRect() : groupRect(logicalIndex, rect);

    painter->fillRect(rect, kBackground);
    QRect labelRect = rect;
    if (!band.isNull())
        labelRect.setTop(band.bottom() + 1);
    if (!number.isEmpty())
        labelRect.setBottom(rect.bottom() - numberHeight());
    if (derived)
        painter->fillRect(labelRect, kDerivedBackground);

    painter->setPen(kLine);
    // Inside a group the dividing line starts below the group's band.
    const bool groupContinues = !band.isNull() && rect.right() < band.right() - 1;
    painter->drawLine(rect.right(), groupContinues ? band.bottom() : rect.top(), rect.right(), rect.bottom());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (!number.isEmpty()) {
        const QRect numberRect(rect.left(), labelRect.bottom() + 1, rect.width(), rect.bottom() - labelRect.bottom());
        painter->drawLine(numberRect.left(), numberRect.top(), numberRect.right(), numberRect.top());
        painter->setPen(kNumberText);
        painter->drawText(numberRect, Qt::AlignCenter, derived ? tr("%1 自动").arg(number) : number);
    }

    QFont bold = font();
    bold.setBold(true);
    if (!band.isNull()) {
        painter->setPen(kLine);
        painter->drawLine(rect.left(), band.bottom(), rect.right(), band.bottom());
        // Each section paints its slice of the group's label, clipped to itself, so the
        // label reads as one cell across the group whichever sections are repainted.
        painter->setClipRect(QRect(rect.left(), band.top(), rect.width(), band.height()));
        painter->setPen(palette().color(QPalette::WindowText));
        painter->setFont(bold);
        painter->drawText(band.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, groupName);
        painter->setClipping(false);
    }
    painter->setPen(palette().color(QPalette::WindowText));
    painter->setFont(number.isEmpty() ? bold : font());
    painter->drawText(labelRect.adjusted(3, 2, -3, -2), Qt::AlignCenter | Qt::TextWordWrap, label);
    painter->restore();
}

} // namespace qf::ui

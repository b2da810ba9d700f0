// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerMark.h"

#include <QPainter>
#include <QPointF>

namespace qf::ui::LedgerMark {

void paintCorner(QPainter *painter, const QRect &cell, bool overridden)
{
    const QPointF points[3] = {QPointF(cell.right() - 7, cell.top()), QPointF(cell.right() + 1, cell.top()),
                               QPointF(cell.right() + 1, cell.top() + 8)};
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(overridden ? overriddenCorner : corner);
    painter->drawPolygon(points, 3);
    painter->restore();
}

} // namespace qf::ui::LedgerMark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFit.h"

#include <algorithm>

namespace qf::ui {

namespace {

QSize roomFor(const QRect &available, const QSize &frameAllowance)
{
    return QSize(std::max(1, available.width() - frameAllowance.width()),
                 std::max(1, available.height() - frameAllowance.height()));
}

} // namespace

ScreenFit fitToScreen(const QSize &preferred, const QRect &available, const QSize &frameAllowance)
{
    const QSize room = roomFor(available, frameAllowance);
    ScreenFit fit;
    if (preferred.width() <= room.width() && preferred.height() <= room.height()) {
        // Centred, as window managers place a new window when nothing says otherwise.
        QRect r(QPoint(0, 0), preferred);
        r.moveCenter(available.center());
        fit.geometry = r;
        return fit;
    }
    fit.maximized = true;
    fit.geometry = QRect(available.topLeft() + QPoint(frameAllowance.width() / 2, frameAllowance.height() - frameAllowance.width() / 2),
                         room);
    return fit;
}

QRect keepOnScreen(const QRect &remembered, const QRect &available, const QSize &frameAllowance)
{
    const QSize room = roomFor(available, frameAllowance);
    QRect r(remembered.topLeft(), remembered.size().boundedTo(room));
    const int left = available.left() + frameAllowance.width() / 2;
    const int top = available.top() + frameAllowance.height() - frameAllowance.width() / 2;
    const int right = available.right() - frameAllowance.width() / 2;
    const int bottom = available.bottom() - frameAllowance.width() / 2;
    if (r.right() > right)
        r.moveRight(right);
    if (r.bottom() > bottom)
        r.moveBottom(bottom);
    if (r.left() < left)
        r.moveLeft(left);
    if (r.top() < top)
        r.moveTop(top);
    return r;
}

} // namespace qf::ui

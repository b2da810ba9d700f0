// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFit.h"

#include <algorithm>

namespace qf::ui {

namespace {

// Where the window's client area may lie: the usable area less the window manager's title
// bar above and its borders around.
QRect clientArea(const QRect &available, const QSize &frameAllowance)
{
    const int border = frameAllowance.width() / 2;
    return QRect(available.left() + border, available.top() + frameAllowance.height() - border,
                 std::max(1, available.width() - frameAllowance.width()),
                 std::max(1, available.height() - frameAllowance.height()));
}

} // namespace

ScreenFit fitToScreen(const QSize &preferred, const QRect &available, const QSize &frameAllowance)
{
    const QRect area = clientArea(available, frameAllowance);
    ScreenFit fit;
    if (preferred.width() <= area.width() && preferred.height() <= area.height()) {
        // Centred, as window managers place a new window when nothing says otherwise.
        QRect r(QPoint(0, 0), preferred);
        r.moveCenter(available.center());
        fit.geometry = r;
        return fit;
    }
    fit.maximized = true;
    fit.geometry = area;
    return fit;
}

QRect keepOnScreen(const QRect &remembered, const QRect &available, const QSize &frameAllowance)
{
    const QRect area = clientArea(available, frameAllowance);
    QRect r(remembered.topLeft(), remembered.size().boundedTo(area.size()));
    if (r.right() > area.right())
        r.moveRight(area.right());
    if (r.bottom() > area.bottom())
        r.moveBottom(area.bottom());
    if (r.left() < area.left())
        r.moveLeft(area.left());
    if (r.top() < area.top())
        r.moveTop(area.top());
    return r;
}

} // namespace qf::ui

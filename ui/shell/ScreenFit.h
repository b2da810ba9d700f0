// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

namespace qf::ui {

/// Where the main window opens. Office laptops have 1366×768 or 1280×800 screens, of which a
/// task bar and the title bar take part: a window sized for a larger monitor would put its
/// status bar below the screen's edge, where the clerk never sees the messages it shows.
struct ScreenFit
{
    QRect geometry;          ///< the window's client area, inside `available`
    bool maximized = false;  ///< the screen is too small for the preferred size: fill it
};

/// The preferred size on a screen whose usable area (QScreen::availableGeometry) is given;
/// `frameAllowance` is what the window manager's title bar and borders take.
ScreenFit fitToScreen(const QSize &preferred, const QRect &available, const QSize &frameAllowance = QSize(16, 40));

/// A remembered geometry kept, moved or shrunk so that all of it lies on the usable area.
QRect keepOnScreen(const QRect &remembered, const QRect &available, const QSize &frameAllowance = QSize(16, 40));

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace qf::ui {

/// How a figure the ledgers make looks wherever a form is shown (the entry grid and the
/// official summary): a green wash, and a corner mark that stays visible over any other
/// background — amber when a typed figure stands against the ledgers' with a reason.
namespace LedgerMark {

inline const QColor background(0xe4, 0xf2, 0xe8);
inline const QColor corner(0x2e, 0x8b, 0x57);
inline const QColor overriddenCorner(0xe0, 0x9a, 0x00);

void paintCorner(QPainter *painter, const QRect &cell, bool overridden);

} // namespace LedgerMark

} // namespace qf::ui

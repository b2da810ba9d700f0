// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPagedPaintDevice;
class QPaintDevice;

namespace qf {

/// Where the sheet of paper lies in a painter's coordinates, and how long a millimetre is.
/// Painters lay out documents from the paper's edges, as the standards measure them,
/// whatever margins the printer or PDF writer keeps.
struct PageGeometry
{
    QRectF sheet;     ///< the whole sheet, in device units relative to the painter's origin
    qreal mm = 1;     ///< device units per millimetre

    /// The geometry of a paged device (QPdfWriter, QPrinter) as it is set up now.
    static PageGeometry of(const QPagedPaintDevice &device);
    /// A plain sheet of width × height millimetres at the device's resolution, origin at its corner.
    static PageGeometry ofSheet(const QPaintDevice &device, qreal widthMm, qreal heightMm);

    /// The sheet minus margins given in millimetres.
    QRectF inset(qreal leftMm, qreal topMm, qreal rightMm, qreal bottomMm) const;
    qreal fromMm(qreal millimetres) const { return millimetres * mm; }
};

/// Sets a device to A4 portrait, before a painter begins on it.
void setUpA4Portrait(QPagedPaintDevice &device);

} // namespace qf

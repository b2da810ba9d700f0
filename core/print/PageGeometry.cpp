// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageGeometry.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

namespace qf {

PageGeometry PageGeometry::of(const QPagedPaintDevice &device)
{
    const int dpi = device.logicalDpiX();
    const QPageLayout layout = device.pageLayout();
    const QRectF full = layout.fullRectPixels(dpi);
    const QRectF paint = layout.paintRectPixels(dpi);
    PageGeometry g;
    // A painter's origin is the corner of the paintable area, inside the device's margins.
    g.sheet = full.translated(-paint.topLeft());
    g.mm = dpi / 25.4;
    return g;
}

PageGeometry PageGeometry::ofSheet(const QPaintDevice &device, qreal widthMm, qreal heightMm)
{
    PageGeometry g;
    g.mm = device.logicalDpiX() / 25.4;
    g.sheet = QRectF(0, 0, widthMm * g.mm, heightMm * g.mm);
    return g;
}

QRectF PageGeometry::inset(qreal leftMm, qreal topMm, qreal rightMm, qreal bottomMm) const
{
    return sheet.adjusted(leftMm * mm, topMm * mm, -rightMm * mm, -bottomMm * mm);
}

void setUpA4Portrait(QPagedPaintDevice &device)
{
    // The documents set their own margins from the paper's edge; the device keeps none
    // beyond what a printer physically needs.
    if (!device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)))) {
        // A printer that cannot print to the edge keeps its minimum margins.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Portrait);
    }
}

} // namespace qf

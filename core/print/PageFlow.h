// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageGeometry.h"
#include "ParagraphLayout.h"
#include "PrintFonts.h"

#include <QRectF>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace qf {

/// Lines on the GB/T 9704 grid of an A4 page (156 × 225 mm type area, 37 mm from the top,
/// 28 mm from the left, 22 lines), page after page, with the page number “— 1 —” drawn as
/// a page is left (odd pages right, even pages left): the flow the documents of the
/// bureau's own (工作总结, 抽查名单, 检查通知) are set in.
class PageFlow
{
public:
    static constexpr qreal kTextPt = 15.8;   // 3号 is 16 pt; a hair less sets 28 characters a line
    static constexpr qreal kTitlePt = 22;
    static constexpr qreal kSmallPt = 14;

    PageFlow(QPagedPaintDevice &device, QPainter &painter);

    qreal em(qreal points) const { return points * 25.4 / 72.0 * m_page.mm; }
    qreal fromMm(qreal millimetres) const { return m_page.fromMm(millimetres); }
    int number() const { return m_number; }
    const QRectF &area() const { return m_area; }
    qreal pitch() const { return m_pitch; }
    qreal y() const { return m_y; }
    QPainter &painter() const { return m_painter; }

    std::unique_ptr<ParagraphLayout> layout(const QString &text, PrintFonts::Face face, qreal points, qreal firstIndent,
                                            Qt::Alignment alignment, qreal lineHeight = 0, qreal width = 0) const;
    /// Sets a paragraph line by line; `keepLines` lines must fit with it (a heading keeps
    /// with the first line of what follows).
    void place(const ParagraphLayout &p, int keepLines = 0, qreal lineHeight = 0);
    /// The title in 2号 on lines a little taller than the grid's, one blank line below.
    void placeTitle(const QString &title);
    /// The 落款 and the date two characters in from the right, after a blank line.
    void placeSignature(const QString &signature, const QDate &date);
    /// Begins a new page when `height` more does not fit on this one (and something is on
    /// it); true when it did.
    bool breakFor(qreal height);
    /// Moves down by `height` after something drawn at y().
    void advance(qreal height) { m_y += height; }
    void skip(int lines);
    void newPage();
    void finish() { drawNumber(); }

private:
    void drawNumber();

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    PageGeometry m_page;
    QRectF m_area;
    qreal m_pitch = 0;
    qreal m_y = 0;
    int m_number = 1;
};

} // namespace qf

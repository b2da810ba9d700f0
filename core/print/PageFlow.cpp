// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include "ChineseDate.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace qf {

namespace {

constexpr qreal kLeftMm = 28;
constexpr qreal kTopMm = 37;
constexpr qreal kAreaWidthMm = 156;
constexpr qreal kAreaHeightMm = 225;
constexpr int kLinesPerPage = 22;

} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device, QPainter &painter) : m_device(device), m_painter(painter)
{
    m_page = PageGeometry::of(device);
    m_area = QRectF(m_page.sheet.left() + m_page.fromMm(kLeftMm), m_page.sheet.top() + m_page.fromMm(kTopMm),
                    m_page.fromMm(kAreaWidthMm), m_page.fromMm(kAreaHeightMm));
    m_pitch = m_area.height() / kLinesPerPage;
    m_y = m_area.top();
}

std::unique_ptr<ParagraphLayout> PageFlow::layout(const QString &text, PrintFonts::Face face, qreal points, qreal firstIndent,
                                                  Qt::Alignment alignment, qreal lineHeight, qreal width) const
{
    auto p = std::make_unique<ParagraphLayout>(text, PrintFonts::font(face, points), m_painter.device());
    ParagraphLayout::Options o;
    o.width = width > 0 ? width : m_area.width();
    o.lineHeight = lineHeight > 0 ? lineHeight : m_pitch;
    o.firstIndent = firstIndent;
    o.alignment = alignment;
    p->layout(o);
    return p;
}

void PageFlow::place(const ParagraphLayout &p, int keepLines, qreal lineHeight)
{
    const qreal pitch = lineHeight > 0 ? lineHeight : m_pitch;
    if (m_y > m_area.top() + 0.01 && m_y + (p.lineCount() > 0 ? pitch : 0) + keepLines * m_pitch > m_area.bottom() + 0.01)
        newPage();
    for (int i = 0; i < p.lineCount(); ++i) {
        if (m_y + pitch > m_area.bottom() + 0.01)
            newPage();
        p.drawLine(m_painter, i, QPointF(m_area.left(), m_y));
        m_y += pitch;
    }
}

void PageFlow::placeTitle(const QString &title)
{
    const qreal lineHeight = em(kTitlePt) * 1.45;
    auto p = layout(title, PrintFonts::Face::Title, kTitlePt, 0, Qt::AlignHCenter, lineHeight);
    place(*p, 0, lineHeight);
    skip(1);
}

void PageFlow::placeSignature(const QString &signature, const QDate &date)
{
    skip(1);
    for (const QString &line : {signature, chineseDate(date)}) {
        auto p = layout(line + QStringLiteral(u"\u3000\u3000"), PrintFonts::Face::Fangsong, kTextPt, 0, Qt::AlignRight);
        place(*p);
    }
}

bool PageFlow::breakFor(qreal height)
{
    if (m_y + height <= m_area.bottom() + 0.01 || m_y <= m_area.top() + 0.01)
        return false;
    newPage();
    return true;
}

void PageFlow::skip(int lines)
{
    if (m_y > m_area.top() + 0.01)
        m_y = qMin(m_y + lines * m_pitch, m_area.bottom());
}

void PageFlow::newPage()
{
    drawNumber();
    m_device.newPage();
    ++m_number;
    m_y = m_area.top();
}

// “— 3 —”: odd pages at the right, even pages at the left, one character in.
void PageFlow::drawNumber()
{
    const QFont font = PrintFonts::font(PrintFonts::Face::Songti, kSmallPt);
    const QString text = QStringLiteral(u"— %1 —").arg(m_number);
    const qreal w = QFontMetricsF(font, m_painter.device()).horizontalAdvance(text);
    const qreal x = m_number % 2 == 1 ? m_area.right() - em(kSmallPt) - w : m_area.left() + em(kSmallPt);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(x, m_area.bottom() + m_page.fromMm(7), w + 1, em(kSmallPt) * 1.4),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
}

} // namespace qf

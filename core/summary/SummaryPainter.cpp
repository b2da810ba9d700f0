// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPainter.h"

#include "print/ChineseDate.h"
#include "print/PageGeometry.h"
#include "print/ParagraphLayout.h"
#include "print/PdfFile.h"
#include "print/PrintFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace qf {

namespace {

using Face = PrintFonts::Face;

constexpr qreal kLeftMm = 28;
constexpr qreal kTopMm = 37;
constexpr qreal kAreaWidthMm = 156;
constexpr qreal kAreaHeightMm = 225;
constexpr int kLinesPerPage = 22;
constexpr qreal kTextPt = 15.8;   // 3号 is 16 pt; a hair less sets 28 characters a line
constexpr qreal kTitlePt = 22;
constexpr qreal kSmallPt = 14;

// Lines on the grid, page after page, with the page number drawn as a page is left.
class Pages
{
public:
    Pages(QPagedPaintDevice &device, QPainter &painter) : m_device(device), m_painter(painter)
    {
        m_page = PageGeometry::of(device);
        m_area = QRectF(m_page.sheet.left() + m_page.fromMm(kLeftMm), m_page.sheet.top() + m_page.fromMm(kTopMm),
                        m_page.fromMm(kAreaWidthMm), m_page.fromMm(kAreaHeightMm));
        m_pitch = m_area.height() / kLinesPerPage;
        m_y = m_area.top();
    }

    qreal em(qreal points) const { return points * 25.4 / 72.0 * m_page.mm; }
    int number() const { return m_number; }

    std::unique_ptr<ParagraphLayout> layout(const QString &text, Face face, qreal points, qreal firstIndent,
                                            Qt::Alignment alignment, qreal lineHeight = 0) const
    {
        auto p = std::make_unique<ParagraphLayout>(text, PrintFonts::font(face, points), m_painter.device());
        ParagraphLayout::Options o;
        o.width = m_area.width();
        o.lineHeight = lineHeight > 0 ? lineHeight : m_pitch;
        o.firstIndent = firstIndent;
        o.alignment = alignment;
        p->layout(o);
        return p;
    }

    /// Sets a paragraph line by line; `keepLines` lines must fit with it (a heading keeps
    /// with the first line of what follows).
    void place(const ParagraphLayout &p, int keepLines = 0, qreal lineHeight = 0)
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

    void skip(int lines)
    {
        if (m_y > m_area.top() + 0.01)
            m_y = qMin(m_y + lines * m_pitch, m_area.bottom());
    }

    void newPage()
    {
        drawNumber();
        m_device.newPage();
        ++m_number;
        m_y = m_area.top();
    }

    void finish() { drawNumber(); }

private:
    // “— 3 —”: odd pages at the right, even pages at the left, one character in.
    void drawNumber()
    {
        const QFont font = PrintFonts::font(Face::Songti, kSmallPt);
        const QString text = QStringLiteral(u"— %1 —").arg(m_number);
        const qreal w = QFontMetricsF(font, m_painter.device()).horizontalAdvance(text);
        const qreal x = m_number % 2 == 1 ? m_area.right() - em(kSmallPt) - w : m_area.left() + em(kSmallPt);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(x, m_area.bottom() + m_page.fromMm(7), w + 1, em(kSmallPt) * 1.4),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    }

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    PageGeometry m_page;
    QRectF m_area;
    qreal m_pitch = 0;
    qreal m_y = 0;
    int m_number = 1;
};

} // namespace

Status SummaryPainter::paint(QPagedPaintDevice &device, int *pages) const
{
    setUpA4Portrait(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印工作总结。"));
    Pages flow(device, painter);
    const qreal indent = 2 * flow.em(kTextPt);
    // The title in 2号 on lines a little taller than the grid's, one blank line below.
    auto title = flow.layout(m_document.title, Face::Title, kTitlePt, 0, Qt::AlignHCenter, flow.em(kTitlePt) * 1.45);
    flow.place(*title, 0, flow.em(kTitlePt) * 1.45);
    flow.skip(1);
    for (const DocxParagraph &p : m_document.paragraphs) {
        const bool heading = p.style == DocxParagraph::Style::Heading1 || p.style == DocxParagraph::Style::Heading2;
        const Face face = p.style == DocxParagraph::Style::Heading1 ? Face::Heiti : Face::Fangsong;
        auto layout = flow.layout(p.text, face, kTextPt, indent, heading ? Qt::AlignLeft : Qt::AlignJustify);
        flow.place(*layout, heading ? 1 : 0);
    }
    // Signature and date two characters in from the right, after a blank line.
    flow.skip(1);
    for (const QString &line : {m_document.signature, chineseDate(m_document.date)}) {
        auto layout = flow.layout(line + QStringLiteral(u"\u3000\u3000"), Face::Fangsong, kTextPt, 0, Qt::AlignRight);
        flow.place(*layout);
    }
    flow.finish();
    if (pages)
        *pages = flow.number();
    painter.end();
    return Status::success();
}

Status SummaryPainter::writePdf(const QString &path, int *pages) const
{
    PdfFile file(path, m_document.title);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = paint(*file.writer(), pages); !s) {
        file.discard();
        return s;
    }
    return file.commit();
}

} // namespace qf

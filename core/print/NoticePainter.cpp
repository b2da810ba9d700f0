// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticePainter.h"

#include "ChineseDate.h"
#include "PageGeometry.h"
#include "ParagraphLayout.h"
#include "PdfFile.h"
#include "PrintFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace qf {

namespace {

using Face = PrintFonts::Face;

// GB/T 9704-2012: type area 156 × 225 mm, 37 mm from the top and 28 mm from the left
// edge, 22 lines of 28 characters of 3号 type; 2号 titles; 4号 page numbers.
constexpr qreal kLeftMm = 28;
constexpr qreal kTopMm = 37;
constexpr qreal kAreaWidthMm = 156;
constexpr qreal kAreaHeightMm = 225;
constexpr int kLinesPerPage = 22;
constexpr qreal kTextPt = 15.8;   // 3号 is 16 pt; a hair less sets the standard's 28 characters a line
constexpr qreal kTitlePt = 22;
constexpr qreal kHeaderPt = 42;   // at most 15 mm a character
constexpr qreal kSmallPt = 14;

const QColor kRed(230, 0, 18);

qreal ptUnits(const PageGeometry &g, qreal points)
{
    return points * 25.4 / 72.0 * g.mm;
}

// The running position on the current page, and the page breaks with their numbers.
class Flow
{
public:
    Flow(QPagedPaintDevice &device, QPainter &painter) : m_device(device), m_painter(painter)
    {
        m_page = PageGeometry::of(device);
        m_area = QRectF(m_page.sheet.left() + m_page.fromMm(kLeftMm), m_page.sheet.top() + m_page.fromMm(kTopMm),
                        m_page.fromMm(kAreaWidthMm), m_page.fromMm(kAreaHeightMm));
        m_pitch = m_area.height() / kLinesPerPage;
        y = m_area.top();
    }

    const PageGeometry &page() const { return m_page; }
    const QRectF &area() const { return m_area; }
    qreal pitch() const { return m_pitch; }
    qreal em(qreal points) const { return ptUnits(m_page, points); }
    int pageNumber() const { return m_number; }
    QPaintDevice *device() const { return m_painter.device(); }

    bool fits(qreal height) const { return y + height <= m_area.bottom() + 0.01; }
    bool atTop() const { return y <= m_area.top() + 0.01; }

    /// Blank lines; none at the top of a page.
    void skip(int lines)
    {
        if (!atTop())
            y = qMin(y + lines * m_pitch, m_area.bottom());
    }

    bool newPage()
    {
        drawPageNumber();
        ++m_number;
        y = m_area.top();
        return m_device.newPage();
    }

    /// Sets the paragraph's lines one by one, breaking pages between them.
    void place(const ParagraphLayout &paragraph, qreal xOffset = 0)
    {
        for (int i = 0; i < paragraph.lineCount(); ++i) {
            if (!fits(m_pitch))
                newPage();
            paragraph.drawLine(m_painter, i, QPointF(m_area.left() + xOffset, y));
            y += m_pitch;
        }
    }

    /// The same for a short paragraph that reads badly when split (an attachment's name):
    /// it moves to the next page whole.
    void placeTogether(const ParagraphLayout &paragraph)
    {
        if (paragraph.lineCount() <= 3 && !atTop() && !fits(paragraph.lineCount() * m_pitch))
            newPage();
        place(paragraph);
    }

    /// “— 3 —”: odd pages at the right, even pages at the left, one character in.
    void drawPageNumber()
    {
        const QFont font = PrintFonts::font(Face::Songti, kSmallPt);
        const QString text = QStringLiteral(u"— %1 —").arg(m_number);
        const qreal w = QFontMetricsF(font, device()).horizontalAdvance(text);
        const qreal x = m_number % 2 == 1 ? m_area.right() - em(kSmallPt) - w : m_area.left() + em(kSmallPt);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(x, m_area.bottom() + m_page.fromMm(7), w + 1, em(kSmallPt) * 1.4),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    }

    qreal y = 0;

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    PageGeometry m_page;
    QRectF m_area;
    qreal m_pitch = 0;
    int m_number = 1;
};

std::unique_ptr<ParagraphLayout> paragraph(const Flow &flow, const QString &text, Face face, qreal points,
                                           const ParagraphLayout::Options &options,
                                           const QList<QTextLayout::FormatRange> &formats = {})
{
    auto p = std::make_unique<ParagraphLayout>(text, PrintFonts::font(face, points), flow.device(), formats);
    p->layout(options);
    return p;
}

ParagraphLayout::Options options(const Flow &flow, qreal firstIndent, qreal restIndent,
                                 Qt::Alignment alignment = Qt::AlignJustify)
{
    ParagraphLayout::Options o;
    o.width = flow.area().width();
    o.lineHeight = flow.pitch();
    o.firstIndent = firstIndent;
    o.restIndent = restIndent;
    o.alignment = alignment;
    return o;
}

void drawHeader(Flow &flow, QPainter &painter, const NoticeDocument &d)
{
    const QRectF &area = flow.area();
    // The bureau's name in red, 35 mm below the top of the type area.
    flow.y = area.top() + flow.page().fromMm(35);
    QFont font = PrintFonts::font(Face::Title, kHeaderPt);
    const qreal natural = QFontMetricsF(font, flow.device()).horizontalAdvance(d.header);
    if (natural > area.width())
        font.setPointSizeF(kHeaderPt * area.width() / natural * 0.98);
    const qreal height = flow.em(font.pointSizeF()) * 1.25;
    painter.setFont(font);
    painter.setPen(kRed);
    painter.drawText(QRectF(area.left(), flow.y, area.width(), height), Qt::AlignCenter | Qt::TextSingleLine, d.header);
    flow.y += height;

    // 发文字号 two lines below, the red rule 4 mm under it.
    flow.y += 2 * flow.pitch();
    painter.setPen(Qt::black);
    if (!d.docNumber.isEmpty()) {
        auto number = paragraph(flow, d.docNumber, Face::Fangsong, kTextPt, options(flow, 0, 0, Qt::AlignHCenter));
        flow.place(*number);
    }
    const qreal ruleY = flow.y + flow.page().fromMm(4) - (flow.pitch() - flow.em(kTextPt)) / 2;
    painter.setPen(QPen(kRed, flow.page().fromMm(0.6)));
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    painter.setPen(Qt::black);
    flow.y = ruleY + flow.page().fromMm(4);
}

// A title broken into lines of even length (a block, not one full line and a stub).
void drawTitle(Flow &flow, const QString &title)
{
    ParagraphLayout::Options o = options(flow, 0, 0, Qt::AlignHCenter);
    auto p = paragraph(flow, title, Face::Title, kTitlePt, o);
    const int lines = p->lineCount();
    if (lines > 1) {
        const qreal natural = QFontMetricsF(PrintFonts::font(Face::Title, kTitlePt), flow.device()).horizontalAdvance(title);
        const qreal full = o.width;
        o.width = natural / lines + flow.em(kTitlePt);
        for (p->layout(o); p->lineCount() > lines && o.width < full; p->layout(o))
            o.width = qMin(full, o.width + flow.em(kTitlePt) / 2);
    }
    flow.place(*p, (flow.area().width() - o.width) / 2);
}

void drawAttachments(Flow &flow, const QStringList &names)
{
    if (names.isEmpty())
        return;
    const QFont font = PrintFonts::font(Face::Fangsong, kTextPt);
    const QFontMetricsF fm(font, flow.device());
    const qreal indent = 2 * flow.em(kTextPt);
    const QString lead = QStringLiteral(u"附件：");
    for (int n = 0; n < names.size(); ++n) {
        const QString number = names.size() > 1 ? QStringLiteral("%1.").arg(n + 1) : QString();
        const QString prefix = (n == 0 ? lead : QString()) + number;
        const qreal first = n == 0 ? indent : indent + fm.horizontalAdvance(lead);
        // A name that runs over aligns with its own first character.
        const qreal rest = indent + fm.horizontalAdvance(lead + number);
        auto p = paragraph(flow, prefix + names.at(n), Face::Fangsong, kTextPt, options(flow, first, rest, Qt::AlignLeft));
        flow.placeTogether(*p);
    }
}

// Without a seal: the issuer two characters in from the right, the date on the next
// line starting two characters right of the issuer's first; a longer date pushes the
// issuer left so that the date keeps two characters from the right (GB/T 9704 7.3.5.2).
void drawSignature(Flow &flow, QPainter &painter, const NoticeDocument &d)
{
    const QFont font = PrintFonts::font(Face::Fangsong, kTextPt);
    const QFontMetricsF fm(font, flow.device());
    const qreal two = 2 * flow.em(kTextPt);
    const QString date = chineseDate(d.date);
    const qreal right = flow.area().right() - two;
    qreal signX = right - fm.horizontalAdvance(d.signature);
    qreal dateX = signX + two;
    if (dateX + fm.horizontalAdvance(date) > right) {
        dateX = right - fm.horizontalAdvance(date);
        signX = dateX - two;
    }
    if (!flow.fits(2 * flow.pitch()))
        flow.newPage();
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (const auto &[x, text] : {std::pair{signX, d.signature}, std::pair{dateX, date}}) {
        painter.drawText(QRectF(x, flow.y, flow.area().right() - x, flow.pitch()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        flow.y += flow.pitch();
    }
}

// 版记 at the foot of the last page: 印发机关 and 印发日期 between two rules.
void drawImprint(Flow &flow, QPainter &painter, const NoticeDocument &d)
{
    if (d.printedBy.isEmpty())
        return;
    const qreal height = flow.pitch();
    if (!flow.fits(height + flow.pitch()))
        flow.newPage();
    const QRectF &area = flow.area();
    const QRectF box(area.left(), area.bottom() - height, area.width(), height);
    const QFont font = PrintFonts::font(Face::Fangsong, kSmallPt);
    const qreal one = flow.em(kSmallPt);
    painter.setPen(QPen(Qt::black, flow.page().fromMm(0.35)));
    painter.drawLine(box.topLeft(), box.topRight());
    painter.drawLine(box.bottomLeft(), box.bottomRight());
    painter.setFont(font);
    painter.drawText(box.adjusted(one, 0, -one, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, d.printedBy);
    painter.drawText(box.adjusted(one, 0, -one, 0), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     chineseDate(d.date) + QStringLiteral(u"印发"));
}

} // namespace

Status NoticePainter::paint(QPagedPaintDevice &device, int *pages) const
{
    const NoticeDocument &d = m_document;
    setUpA4Portrait(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印。"));
    Flow flow(device, painter);
    const qreal two = 2 * flow.em(kTextPt);

    drawHeader(flow, painter, d);
    flow.skip(1);
    drawTitle(flow, d.title);
    flow.skip(1);
    if (!d.addressees.isEmpty())
        flow.place(*paragraph(flow, d.addressees, Face::Fangsong, kTextPt, options(flow, 0, 0)));
    for (const NoticeDocument::Paragraph &p : d.body)
        flow.place(*paragraph(flow, p.text, Face::Fangsong, kTextPt, options(flow, two, 0), p.formats));
    if (!d.attachments.isEmpty()) {
        flow.skip(1);
        drawAttachments(flow, d.attachments);
    }
    flow.skip(1);
    drawSignature(flow, painter, d);
    if (!d.disclosure.isEmpty()) {
        flow.skip(1);
        const QString label = QStringLiteral(u"公开方式：");
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        flow.place(*paragraph(flow, label + d.disclosure, Face::Fangsong, kTextPt, options(flow, two, 0, Qt::AlignLeft),
                              {QTextLayout::FormatRange{0, int(label.size()), bold}}));
    }
    drawImprint(flow, painter, d);
    flow.drawPageNumber();
    if (pages)
        *pages = flow.pageNumber();
    if (!painter.end())
        return Status::failure(tr("打印未能完成。"));
    return Status::success();
}

Status NoticePainter::writePdf(const QString &path, int *pages) const
{
    PdfFile file(path, m_document.title);
    Status s = file.open();
    if (s)
        s = paint(*file.writer(), pages);
    if (!s) {
        file.discard();
        return s;
    }
    return file.commit();
}

} // namespace qf

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
        if (m_numbered)
            drawPageNumber();
        ++m_number;
        y = m_area.top();
        return m_device.newPage();
    }

    /// Sets the paragraph's lines one by one, breaking pages between them.
    /// From line `keepFrom` on, the rest of the paragraph and `keepHeight` below it start
    /// a new page together when they do not fit on this one.
    void place(const ParagraphLayout &paragraph, qreal xOffset = 0, int keepFrom = -1, qreal keepHeight = 0)
    {
        for (int i = 0; i < paragraph.lineCount(); ++i) {
            if (i == keepFrom && i > 0 && !fits(keepHeight) && keepHeight <= m_area.height())
                newPage();
            else if (i == keepFrom && i == 0 && !atTop() && !fits(keepHeight) && keepHeight <= m_area.height())
                newPage();
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

    /// A blank page and the pages after it carry no number (GB/T 9704 7.5).
    void stopNumbering() { m_numbered = false; }
    bool numbered() const { return m_numbered; }

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
    bool m_numbered = true;
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

// 附件：1.… with each name's wrapped lines aligned with its own first character.
std::unique_ptr<ParagraphLayout> attachmentLayout(const Flow &flow, const DocumentBlock &b)
{
    const QFontMetricsF fm(PrintFonts::font(Face::Fangsong, kTextPt), flow.device());
    const qreal indent = 2 * flow.em(kTextPt);
    const QString lead = QStringLiteral(u"附件：");
    const bool first = b.prefix.startsWith(lead);
    const QString number = first ? b.prefix.mid(lead.size()) : b.prefix;
    const qreal firstIndent = first ? indent : indent + fm.horizontalAdvance(lead);
    const qreal rest = indent + fm.horizontalAdvance(lead + number);
    return paragraph(flow, b.prefix + b.text, Face::Fangsong, kTextPt, options(flow, firstIndent, rest, Qt::AlignLeft));
}

std::unique_ptr<ParagraphLayout> blockLayout(const Flow &flow, const DocumentBlock &b)
{
    const qreal two = 2 * flow.em(kTextPt);
    switch (b.role) {
    case DocumentBlock::Role::Addressees:
        return paragraph(flow, b.text, Face::Fangsong, kTextPt, options(flow, 0, 0), b.formats);
    case DocumentBlock::Role::Heading:
        return paragraph(flow, b.text, Face::Heiti, kTextPt, options(flow, two, 0, Qt::AlignLeft), b.formats);
    case DocumentBlock::Role::Member:
        // Wrapped posts continue under the name, after the role's four characters.
        return paragraph(flow, b.text, Face::Fangsong, kTextPt,
                         options(flow, two, two + 4 * flow.em(kTextPt), Qt::AlignLeft), b.formats);
    case DocumentBlock::Role::Attachment:
        return attachmentLayout(flow, b);
    default:
        return paragraph(flow, b.text, Face::Fangsong, kTextPt, options(flow, two, 0), b.formats);
    }
}

// Sets the blocks one after the other. The last paragraph before `tailHeight` of text that
// must not stand alone (the 附件 list and the signature) keeps its last two lines with it.
void placeBlocks(Flow &flow, const QList<DocumentBlock> &blocks, qreal tailHeight = 0)
{
    int lastBody = -1;
    for (int i = 0; i < blocks.size(); ++i)
        if (blocks.at(i).role == DocumentBlock::Role::Body)
            lastBody = i;
    bool attachments = false;
    for (int i = 0; i < blocks.size(); ++i) {
        const DocumentBlock &b = blocks.at(i);
        switch (b.role) {
        case DocumentBlock::Role::NewPage:
            if (!flow.atTop())
                flow.newPage();
            continue;
        case DocumentBlock::Role::Title:
            if (!flow.atTop())
                flow.skip(1);
            drawTitle(flow, b.text);
            flow.skip(1);
            continue;
        case DocumentBlock::Role::Attachment:
            if (!attachments)
                flow.skip(1);
            attachments = true;
            flow.placeTogether(*blockLayout(flow, b));
            continue;
        default:
            break;
        }
        auto p = blockLayout(flow, b);
        if (i == lastBody && tailHeight > 0) {
            const int keep = qMin(2, p->lineCount());
            flow.place(*p, 0, p->lineCount() - keep, keep * flow.pitch() + tailHeight);
        } else {
            flow.place(*p);
        }
    }
}

// The height of the 附件 list (with the blank line before it) and the signature after one blank line.
qreal tailHeight(const Flow &flow, const QList<DocumentBlock> &blocks)
{
    int lines = 0;
    for (const DocumentBlock &b : blocks)
        if (b.role == DocumentBlock::Role::Attachment)
            lines += blockLayout(flow, b)->lineCount();
    return ((lines > 0 ? lines + 1 : 0) + 3) * flow.pitch();
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

// 版记 at the foot of the last page, which is an even one (GB/T 9704 7.4.1): 印发机关 and
// 印发日期 between two rules, a note such as （网络传输） on the line below.
void drawImprint(Flow &flow, QPainter &painter, const NoticeDocument &d)
{
    if (d.printedBy.isEmpty())
        return;
    const qreal height = flow.pitch();
    const qreal below = d.transmission.isEmpty() ? 0 : flow.pitch();
    if (!flow.fits(height + below + flow.pitch()))
        flow.newPage();
    if (flow.pageNumber() % 2 == 1) {
        if (flow.atTop())
            flow.stopNumbering();
        flow.newPage();
    }
    const QRectF &area = flow.area();
    const QRectF box(area.left(), area.bottom() - below - height, area.width(), height);
    const QFont font = PrintFonts::font(Face::Fangsong, kSmallPt);
    const qreal one = flow.em(kSmallPt);
    painter.setPen(QPen(Qt::black, flow.page().fromMm(0.35)));
    painter.drawLine(box.topLeft(), box.topRight());
    painter.drawLine(box.bottomLeft(), box.bottomRight());
    painter.setFont(font);
    painter.drawText(box.adjusted(one, 0, -one, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, d.printedBy);
    painter.drawText(box.adjusted(one, 0, -one, 0), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     chineseDate(d.date) + QStringLiteral(u"印发"));
    if (!d.transmission.isEmpty())
        painter.drawText(box.translated(0, height).adjusted(one, 0, -one, 0),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, QStringLiteral(u"（%1）").arg(d.transmission));
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
    const QList<DocumentBlock> notice = d.noticeBlocks();
    placeBlocks(flow, notice, tailHeight(flow, notice));
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
    if (!d.plan.isEmpty()) {
        QList<DocumentBlock> plan{DocumentBlock{DocumentBlock::Role::NewPage, {}, {}, {}}};
        plan << d.plan;
        placeBlocks(flow, plan);
    }
    drawImprint(flow, painter, d);
    if (flow.numbered())
        flow.drawPageNumber();
    if (pages)
        *pages = flow.pageNumber();
    if (!painter.end())
        return Status::failure(tr("打印未能完成。"));
    return Status::success();
}

Status NoticePainter::writePdf(const QString &path, int *pages) const
{
    return PdfFile::write(path, m_document.title, [&](QPdfWriter &writer) { return paint(writer, pages); });
}

} // namespace qf

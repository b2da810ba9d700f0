// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPainter.h"

#include "ParagraphLayout.h"
#include "PrintFonts.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

namespace qf {

class PosterPainter::LayoutCache
{
public:
    /// Binds the cache to the device measured on; another device starts afresh.
    void setDevice(QPaintDevice *device)
    {
        if (device == m_device && device->logicalDpiX() == m_dpiX && device->logicalDpiY() == m_dpiY)
            return;
        m_device = device;
        m_dpiX = device->logicalDpiX();
        m_dpiY = device->logicalDpiY();
        m_advances.clear();
        m_entries.clear();
    }

    /// The width of a text in a face and size on the device. Titles, labels and the
    /// county's channels are measured at the same few sizes on every page.
    qreal advance(PrintFonts::Face face, qreal points, const QString &text)
    {
        const QString key = QStringLiteral("%1|%2|").arg(int(face)).arg(points, 0, 'g', 17) + text;
        const auto known = m_advances.constFind(key);
        if (known != m_advances.constEnd())
            return *known;
        if (m_advances.size() >= kAdvanceCapacity)
            m_advances.clear();
        const qreal width = QFontMetricsF(PrintFonts::font(face, points), m_device).horizontalAdvance(text);
        m_advances.insert(key, width);
        return width;
    }

    std::shared_ptr<const ParagraphLayout> paragraph(const QString &text, const QFont &font, QPaintDevice *device,
                                                     const ParagraphLayout::Options &options)
    {
        const Key key{text, font.pointSizeF(), device, device->logicalDpiX(), device->logicalDpiY(), options.width,
                      options.lineHeight, options.firstIndent};
        for (const Entry &e : std::as_const(m_entries))
            if (e.key == key)
                return e.layout;
        auto layout = std::make_shared<ParagraphLayout>(text, font, device);
        layout->layout(options);
        // A batch tries a few scales for one body text; more entries only come from other texts.
        if (m_entries.size() >= kCapacity)
            m_entries.removeFirst();
        m_entries.append(Entry{key, layout});
        return layout;
    }

private:
    struct Key
    {
        QString text;
        qreal points;
        const QPaintDevice *device;
        int dpiX, dpiY;
        qreal width, lineHeight, indent;
        bool operator==(const Key &o) const
        {
            return text == o.text && points == o.points && device == o.device && dpiX == o.dpiX && dpiY == o.dpiY
                && width == o.width && lineHeight == o.lineHeight && indent == o.indent;
        }
    };
    struct Entry
    {
        Key key;
        std::shared_ptr<const ParagraphLayout> layout;
    };
    static constexpr qsizetype kCapacity = 16;
    static constexpr qsizetype kAdvanceCapacity = 20000;
    QPaintDevice *m_device = nullptr;
    int m_dpiX = 0, m_dpiY = 0;
    QHash<QString, qreal> m_advances;
    QList<Entry> m_entries;
};

namespace {

using Face = PrintFonts::Face;

// Sizes at full scale: a title that carries across a corridor, text that reads from a
// few steps away. A layout that does not fit the page is scaled down as a whole.
constexpr qreal kTitlePt = 34;
constexpr qreal kBodyPt = 22;
constexpr qreal kChannelPt = 20;
constexpr qreal kFooterPt = 22;
constexpr qreal kMinScale = 0.5;

qreal ptToUnits(const PageGeometry &g, qreal points)
{
    return points * 25.4 / 72.0 * g.mm;
}

// The largest size up to `wanted` at which the text fits the width.
qreal fitSize(PosterPainter::LayoutCache &cache, Face face, qreal wanted, const QString &text, qreal width)
{
    qreal size = wanted;
    const qreal w = cache.advance(face, size, text);
    if (w <= width)
        return size;
    size = wanted * width / w;
    // Glyph advances do not scale exactly linearly with hinting and rounding: confirm.
    while (size > 4 && cache.advance(face, size, text) > width)
        size *= 0.98;
    return size;
}

QString withColon(const QString &label)
{
    return label + QStringLiteral(u"：");
}

// A value broken after its separators (0772-2825464、0772-2823113) into lines of at most
// maxWidth; empty when one piece alone is wider.
QStringList wrapValue(PosterPainter::LayoutCache &cache, const QString &value, qreal points, qreal maxWidth)
{
    if (cache.advance(Face::Heiti, points, value) <= maxWidth)
        return {value};
    static const QString separators = QStringLiteral(u"、，,；;/／ ");
    QStringList pieces;
    QString piece;
    for (const QChar ch : value) {
        piece += ch;
        // An address breaks before its @ when nothing else helps.
        if (ch == QLatin1Char('@') && piece.size() > 1) {
            piece.chop(1);
            pieces << piece;
            piece = QStringLiteral("@");
            continue;
        }
        if (separators.contains(ch)) {
            pieces << piece;
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces << piece;
    QStringList lines;
    QString line;
    for (const QString &p : pieces) {
        if (cache.advance(Face::Heiti, points, p.trimmed()) > maxWidth)
            return {};
        if (!line.isEmpty() && cache.advance(Face::Heiti, points, (line + p).trimmed()) > maxWidth) {
            lines << line.trimmed();
            line.clear();
        }
        line += p;
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

// Two lines of similar length, broken after a place word (县, 镇, 村 …) near the middle.
QStringList splitName(const QString &name)
{
    if (name.size() < 4)
        return {name};
    static const QString places = QStringLiteral(u"省市县区镇乡村街社");
    const int middle = int(name.size()) / 2;
    int best = middle;
    for (int d = 0; d <= middle / 2; ++d) {
        if (places.contains(name.at(middle - d - 1))) {
            best = middle - d;
            break;
        }
        if (middle + d < name.size() - 1 && places.contains(name.at(middle + d - 1))) {
            best = middle + d;
            break;
        }
    }
    return {name.left(best), name.mid(best)};
}

// Every size and height of one poster at one scale.
struct Metrics
{
    qreal titlePt = 0, titleLine = 0, titleHeight = 0;
    qreal bodyPt = 0, bodyLine = 0, bodyHeight = 0;
    qreal channelPt = 0, channelLine = 0, channelWrapLine = 0, channelHeight = 0, labelWidth = 0, valueWidth = 0;
    QList<QStringList> valueLines;   ///< each channel's value, broken into lines
    QList<qreal> valuePoints;        ///< each value's size: the channels' unless it had to shrink
    QStringList nameLines;
    qreal namePt = 0, datePt = 0, footerLine = 0, footerHeight = 0;
    qreal gapTitle = 0, gapBody = 0, gapChannels = 0;
    std::shared_ptr<const ParagraphLayout> body;   ///< laid out at bodyPt, ready to draw

    qreal total() const
    {
        return titleHeight + gapTitle + bodyHeight + gapBody + channelHeight + gapChannels + footerHeight;
    }
};

ParagraphLayout::Options bodyOptions(const PageGeometry &g, const Metrics &m, qreal width)
{
    ParagraphLayout::Options o;
    o.width = width;
    o.lineHeight = m.bodyLine;
    o.firstIndent = 2 * ptToUnits(g, m.bodyPt);
    o.alignment = Qt::AlignJustify;
    return o;
}

Metrics measure(const PageGeometry &g, QPaintDevice *device, const PosterContent &c, qreal width, qreal scale,
                PosterPainter::LayoutCache &cache)
{
    Metrics m;
    m.titlePt = kTitlePt * scale;
    for (const QString &line : c.titleLines)
        m.titlePt = qMin(m.titlePt, fitSize(cache, Face::Title, kTitlePt * scale, line, width));
    m.titleLine = ptToUnits(g, m.titlePt) * 1.5;
    m.titleHeight = m.titleLine * c.titleLines.size();

    m.bodyPt = kBodyPt * scale;
    m.bodyLine = ptToUnits(g, m.bodyPt) * 1.8;
    m.body = cache.paragraph(c.body, PrintFonts::font(Face::Songti, m.bodyPt), device, bodyOptions(g, m, width));
    m.bodyHeight = m.body->height();

    // The labels share one size so that the values line up in one column. A value too
    // long for its column wraps after its separators (a list of numbers); only a value
    // that still does not fit is set smaller, alone, so the others stay readable.
    m.channelPt = kChannelPt * scale;
    auto labelWidth = [&] {
        qreal w = 0;
        for (const PosterContent::Channel &ch : c.channels)
            w = qMax(w, cache.advance(Face::Songti, m.channelPt, withColon(ch.label)));
        return w;
    };
    m.labelWidth = labelWidth();
    if (m.labelWidth > width * 0.6) {
        m.channelPt *= width * 0.6 / m.labelWidth;
        m.labelWidth = labelWidth();
    }
    const qreal column = width - m.labelWidth;
    m.valueWidth = 0;
    for (const PosterContent::Channel &ch : c.channels) {
        qreal points = m.channelPt;
        QStringList lines = wrapValue(cache, ch.value, points, column);
        while (lines.isEmpty() && points > 4) {
            points *= 0.95;
            lines = wrapValue(cache, ch.value, points, column);
        }
        m.valueLines << lines;
        m.valuePoints << points;
        for (const QString &line : lines)
            m.valueWidth = qMax(m.valueWidth, cache.advance(Face::Heiti, points, line));
    }
    m.channelLine = ptToUnits(g, m.channelPt) * 1.9;
    m.channelWrapLine = ptToUnits(g, m.channelPt) * 1.45;
    m.channelHeight = m.channelLine * c.channels.size();
    for (const QStringList &lines : m.valueLines)
        m.channelHeight += m.channelWrapLine * qMax<qsizetype>(0, lines.size() - 1);

    m.datePt = kFooterPt * scale;
    m.nameLines = QStringList{c.institution};
    m.namePt = fitSize(cache, Face::Heiti, kFooterPt * scale, c.institution, width * 0.85);
    if (m.namePt < kFooterPt * scale * 0.75) {
        // A very long name reads better on two lines than in small type.
        m.nameLines = splitName(c.institution);
        m.namePt = kFooterPt * scale;
        for (const QString &line : m.nameLines)
            m.namePt = qMin(m.namePt, fitSize(cache, Face::Heiti, kFooterPt * scale, line, width * 0.85));
    }
    m.footerLine = ptToUnits(g, m.datePt) * 1.7;
    m.footerHeight = m.footerLine * (m.nameLines.size() + 1);

    m.gapTitle = g.fromMm(12) * scale;
    m.gapBody = g.fromMm(10) * scale;
    m.gapChannels = g.fromMm(14) * scale;
    return m;
}

void drawLine(QPainter &painter, const QFont &font, const QRectF &box, Qt::Alignment align, const QString &text)
{
    painter.setFont(font);
    painter.drawText(box, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, text);
}

} // namespace

PosterPainter::PosterPainter(const Campaign &campaign, const QDate &date)
    : PosterPainter(campaign, PosterText::forCampaign(campaign), date)
{
}

PosterPainter::PosterPainter(const Campaign &campaign, const PosterText &text, const QDate &date)
    : m_campaign(campaign), m_text(text), m_date(date), m_layouts(std::make_shared<LayoutCache>())
{
}

PosterContent PosterPainter::content(const Institution &institution) const
{
    const QString unit = PosterText::unitWord(institution);
    auto label = [&unit](QString s) { return s.replace(QLatin1String("{unit}"), unit); };
    PosterContent c;
    c.titleLines = m_text.titleLines;
    c.body = m_text.body;
    c.channels = {
        {label(m_text.unitPhone), institution.reportPhone.trimmed()},
        {label(m_text.unitEmail), institution.reportEmail.trimmed()},
        {label(m_text.cityPhone), m_campaign.cityPhone.trimmed()},
        {label(m_text.cityEmail), m_campaign.cityEmail.trimmed()},
        {label(m_text.countyPhone), m_campaign.bureauPhone.trimmed()},
        {label(m_text.countyEmail), m_campaign.bureauEmail.trimmed()},
    };
    c.institution = institution.name;
    c.date = chineseDate(m_date);
    return c;
}

void PosterPainter::paint(QPainter &painter, const PageGeometry &page, const Institution &institution) const
{
    paint(painter, page, content(institution), *m_layouts);
}

void PosterPainter::paint(QPainter &painter, const PageGeometry &page, const PosterContent &content)
{
    LayoutCache cache;
    paint(painter, page, content, cache);
}

void PosterPainter::paint(QPainter &painter, const PageGeometry &page, const PosterContent &c, LayoutCache &cache)
{
    QPaintDevice *device = painter.device();
    cache.setDevice(device);
    const QRectF area = page.inset(22, 24, 22, 22);
    const qreal width = area.width();

    Metrics m;
    for (qreal scale = 1.0;; scale -= 0.04) {
        m = measure(page, device, c, width, scale, cache);
        if (m.total() <= area.height() || scale <= kMinScale)
            break;
    }
    // Spare height opens the gaps between the blocks a little; the rest goes above and
    // below so that the poster sits in the middle of the sheet.
    const qreal spare = qMax<qreal>(0, area.height() - m.total());
    const qreal gapGrow = spare * 0.2;
    qreal y = area.top() + spare * 0.2;

    painter.save();
    painter.setPen(Qt::black);
    const QFont titleFont = PrintFonts::font(Face::Title, m.titlePt);
    for (const QString &line : c.titleLines) {
        drawLine(painter, titleFont, QRectF(area.left(), y, width, m.titleLine), Qt::AlignHCenter, line);
        y += m.titleLine;
    }
    y += m.gapTitle + gapGrow;

    painter.setFont(PrintFonts::font(Face::Songti, m.bodyPt));
    m.body->draw(painter, QPointF(area.left(), y));
    y += m.bodyHeight + m.gapBody + gapGrow;

    // Labels in one column, values in the next, the pair centred under the text.
    const QFont labelFont = PrintFonts::font(Face::Songti, m.channelPt);
    const qreal x0 = area.left() + (width - m.labelWidth - m.valueWidth) / 2;
    for (int n = 0; n < c.channels.size(); ++n) {
        drawLine(painter, labelFont, QRectF(x0, y, m.labelWidth, m.channelLine), Qt::AlignLeft,
                 withColon(c.channels.at(n).label));
        const QStringList lines = m.valueLines.value(n);
        const QFont valueFont = PrintFonts::font(Face::Heiti, m.valuePoints.value(n, m.channelPt));
        for (int l = 0; l < lines.size(); ++l) {
            // A wrapped value's further lines sit closer, so the pair reads as one entry.
            const qreal top = y + l * m.channelWrapLine;
            drawLine(painter, valueFont, QRectF(x0 + m.labelWidth, top, m.valueWidth + 1, m.channelLine), Qt::AlignLeft,
                     lines.at(l));
        }
        y += m.channelLine + m.channelWrapLine * qMax<qsizetype>(0, lines.size() - 1);
    }
    y += m.gapChannels + gapGrow;

    // The institution signs at the foot, the date centred under its name (落款).
    const QFont nameFont = PrintFonts::font(Face::Heiti, m.namePt);
    const QFont dateFont = PrintFonts::font(Face::Songti, m.datePt);
    qreal blockWidth = cache.advance(Face::Songti, m.datePt, c.date);
    for (const QString &line : m.nameLines)
        blockWidth = qMax(blockWidth, cache.advance(Face::Heiti, m.namePt, line));
    const qreal blockRight = area.right() - qMin(2 * ptToUnits(page, m.datePt), width - blockWidth);
    QRectF block(blockRight - blockWidth, y, blockWidth, m.footerLine);
    for (const QString &line : m.nameLines) {
        drawLine(painter, nameFont, block, Qt::AlignHCenter, line);
        block.translate(0, m.footerLine);
    }
    drawLine(painter, dateFont, block, Qt::AlignHCenter, c.date);
    painter.restore();
}

} // namespace qf

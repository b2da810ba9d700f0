// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxWriter.h"

#include "DocxParts.h"
#include "ZipWriter.h"
#include "io/AtomicFile.h"

#include <QImage>
#include <QXmlStreamWriter>

#include <cmath>

namespace qf {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kWp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString kRelBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
constexpr qint64 kEmuPerMm = 36000;

QString styleId(DocxParagraph::Style style)
{
    switch (style) {
    case DocxParagraph::Style::Title: return QStringLiteral("Title");
    case DocxParagraph::Style::Heading1: return QStringLiteral("Heading1");
    case DocxParagraph::Style::Heading2: return QStringLiteral("Heading2");
    case DocxParagraph::Style::Body: return QStringLiteral("Body");
    case DocxParagraph::Style::Right: return QStringLiteral("Right");
    case DocxParagraph::Style::Masthead: return QStringLiteral("Masthead");
    case DocxParagraph::Style::DocNumber: return QStringLiteral("DocNumber");
    case DocxParagraph::Style::Imprint: return QStringLiteral("Imprint");
    case DocxParagraph::Style::Plain: break;
    }
    return QStringLiteral("Normal");
}

struct Media
{
    QString name;      ///< image1.png
    QString relId;
    QByteArray png;
};

// Writes word/document.xml and collects the images it refers to.
class Body
{
public:
    explicit Body(QByteArray *out) : x(out) {}

    Status write(const DocxDocument &d)
    {
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeStartElement(QStringLiteral("w:document"));
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeNamespace(kR, QStringLiteral("r"));
        x.writeNamespace(kWp, QStringLiteral("wp"));
        x.writeNamespace(kA, QStringLiteral("a"));
        x.writeNamespace(kPic, QStringLiteral("pic"));
        x.writeStartElement(QStringLiteral("w:body"));
        for (const DocxBlock &b : d.blocks) {
            switch (b.kind) {
            case DocxBlock::Kind::Paragraph:
                paragraph(b.paragraph);
                break;
            case DocxBlock::Kind::Table: table(b.table); break;
            case DocxBlock::Kind::Image:
                if (Status s = image(b.image); !s)
                    return s;
                break;
            case DocxBlock::Kind::PageBreak: pageBreak(); break;
            }
        }
        section();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        return Status::success();
    }

    QList<Media> media;

private:
    void attr(const char *name, const QString &value) { x.writeAttribute(QString::fromLatin1(name), value); }
    void attr(const char *name, qint64 value) { attr(name, QString::number(value)); }
    void empty(const char *name) { x.writeEmptyElement(QString::fromLatin1(name)); }
    void empty(const char *name, const char *a, const QString &v)
    {
        empty(name);
        attr(a, v);
    }
    void start(const char *name) { x.writeStartElement(QString::fromLatin1(name)); }
    void end() { x.writeEndElement(); }

    struct RunFormat
    {
        bool bold = false;
        bool italic = false;
        bool underline = false;
        int halfPoints = 0;   ///< 0: the style's size
        bool operator==(const RunFormat &o) const
        {
            return bold == o.bold && italic == o.italic && underline == o.underline && halfPoints == o.halfPoints;
        }
    };

    void runProperties(const RunFormat &f)
    {
        if (!f.bold && !f.italic && !f.underline && f.halfPoints == 0)
            return;
        start("w:rPr");
        if (f.bold)
            empty("w:b");
        if (f.italic)
            empty("w:i");
        // In the schema's order: b, i, sz, szCs, u.
        if (f.halfPoints > 0) {
            empty("w:sz", "w:val", QString::number(f.halfPoints));
            empty("w:szCs", "w:val", QString::number(f.halfPoints));
        }
        if (f.underline)
            empty("w:u", "w:val", QStringLiteral("single"));
        end();
    }

    // One run per stretch of equal formatting; line breaks and tabs are runs of their own.
    void runs(const QString &text, const RunFormat &base, const QList<DocxSpan> &spans = {})
    {
        QList<RunFormat> formats(text.size(), base);
        for (const DocxSpan &span : spans)
            for (qsizetype i = qMax(0, span.start); i < qMin<qsizetype>(text.size(), qsizetype(span.start) + span.length); ++i) {
                formats[i].bold = formats[i].bold || span.bold;
                formats[i].italic = formats[i].italic || span.italic;
                formats[i].underline = formats[i].underline || span.underline;
            }
        QString chunk;
        RunFormat chunkFormat = base;
        auto flush = [&] {
            // Cleaned per chunk: what XML cannot carry goes, the spans' positions stay right.
            const QString clean = DocxWriter::cleanText(chunk);
            chunk.clear();
            if (clean.isEmpty())
                return;
            start("w:r");
            runProperties(chunkFormat);
            start("w:t");
            attr("xml:space", QStringLiteral("preserve"));
            x.writeCharacters(clean);
            end();
            end();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                flush();
                start("w:r");
                runProperties(formats.at(i));
                empty(c == QLatin1Char('\n') ? "w:br" : "w:tab");
                end();
                continue;
            }
            if (!(formats.at(i) == chunkFormat)) {
                flush();
                chunkFormat = formats.at(i);
            }
            chunk += c;
        }
        flush();
    }

    void paragraph(const DocxParagraph &p)
    {
        start("w:p");
        start("w:pPr");
        empty("w:pStyle", "w:val", styleId(p.style));
        if (p.keepNext)
            empty("w:keepNext");
        if (p.leftTwips || p.firstLineTwips) {
            // The *Chars attributes set to 0, or the style's indent in characters would win.
            const int first = p.firstLineTwips.value_or(0);
            empty("w:ind", "w:leftChars", QStringLiteral("0"));
            attr("w:left", p.leftTwips.value_or(0));
            if (first < 0) {
                attr("w:hangingChars", 0);
                attr("w:hanging", -first);
            } else {
                attr("w:firstLineChars", 0);
                attr("w:firstLine", first);
            }
        }
        end();
        RunFormat base;
        base.halfPoints = p.pointSize > 0 ? int(std::lround(p.pointSize * 2)) : 0;
        runs(p.text, base, p.spans);
        end();
    }

    void paragraph(const QString &style, const QString &text, const char *jc = nullptr, bool bold = false,
                   bool keepNext = false)
    {
        start("w:p");
        start("w:pPr");
        empty("w:pStyle", "w:val", style);
        if (keepNext)
            empty("w:keepNext");
        if (jc)
            empty("w:jc", "w:val", QString::fromLatin1(jc));
        end();
        RunFormat f;
        f.bold = bold;
        runs(text, f);
        end();
    }

    void pageBreak()
    {
        start("w:p");
        start("w:r");
        empty("w:br", "w:type", QStringLiteral("page"));
        end();
        end();
    }

    void border(const char *side)
    {
        empty(side, "w:val", QStringLiteral("single"));
        attr("w:sz", 4);
        attr("w:space", 0);
        attr("w:color", QStringLiteral("000000"));
    }

    void table(const DocxTable &t)
    {
        int columns = 0;
        for (const auto &row : t.rows) {
            int n = 0;
            for (const DocxCell &c : row)
                n += qMax(1, c.colSpan);
            columns = qMax(columns, n);
        }
        if (columns == 0)
            return;
        // Columns covered by a vertical merge from above, and by how many more rows.
        QList<int> widths;
        double totalMm = 0;
        for (int c = 0; c < columns; ++c)
            totalMm += c < t.columnWidthsMm.size() ? t.columnWidthsMm.at(c) : 0;
        for (int c = 0; c < columns; ++c) {
            const double share = totalMm > 0 && c < t.columnWidthsMm.size() ? t.columnWidthsMm.at(c) / totalMm : 1.0 / columns;
            widths << int(std::lround(DocxParts::kTextWidth * share));
        }
        start("w:tbl");
        start("w:tblPr");
        empty("w:tblW", "w:w", QString::number(DocxParts::kTextWidth));
        attr("w:type", QStringLiteral("dxa"));
        empty("w:jc", "w:val", QStringLiteral("center"));
        start("w:tblBorders");
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            border(side);
        end();
        empty("w:tblLayout", "w:type", QStringLiteral("fixed"));
        end();
        start("w:tblGrid");
        for (int w : widths)
            empty("w:gridCol", "w:w", QString::number(w));
        end();

        struct Covered
        {
            int rows = 0;
            int span = 1;
        };
        QList<Covered> covered(columns);
        for (int r = 0; r < t.rows.size(); ++r) {
            start("w:tr");
            start("w:trPr");
            empty("w:cantSplit");
            if (r < t.headerRows)
                empty("w:tblHeader");
            end();
            int col = 0;
            auto continuation = [&] {
                while (col < columns && covered[col].rows > 0) {
                    const int span = covered[col].span;
                    cellStart(widths, col, span, QStringLiteral("continue"));
                    end();   // tcPr
                    paragraph(QStringLiteral("TableText"), QString());
                    end();   // tc
                    --covered[col].rows;
                    col += span;
                }
            };
            for (const DocxCell &cell : t.rows.at(r)) {
                continuation();
                if (col >= columns)
                    break;
                const int span = qBound(1, cell.colSpan, columns - col);
                cellStart(widths, col, span, cell.rowSpan > 1 ? QStringLiteral("restart") : QString());
                end();
                paragraph(QStringLiteral("TableText"), cell.text, cell.number ? "right" : nullptr, cell.header);
                end();
                if (cell.rowSpan > 1)
                    covered[col] = {cell.rowSpan - 1, span};
                col += span;
            }
            continuation();
            end();
        }
        end();
        // Word needs a paragraph between a table and whatever follows it.
        paragraph(QStringLiteral("Plain"), QString());
    }

    // Opens w:tc and its w:tcPr (the caller ends the tcPr).
    void cellStart(const QList<int> &widths, int col, int span, const QString &vMerge)
    {
        int w = 0;
        for (int c = col; c < col + span && c < widths.size(); ++c)
            w += widths.at(c);
        start("w:tc");
        start("w:tcPr");
        empty("w:tcW", "w:w", QString::number(w));
        attr("w:type", QStringLiteral("dxa"));
        if (span > 1)
            empty("w:gridSpan", "w:val", QString::number(span));
        if (vMerge == QLatin1String("restart"))
            empty("w:vMerge", "w:val", vMerge);
        else if (!vMerge.isEmpty())
            empty("w:vMerge");
        empty("w:vAlign", "w:val", QStringLiteral("center"));
    }

    Status image(const DocxImage &img)
    {
        const QImage decoded = QImage::fromData(img.png, "PNG");
        if (decoded.isNull() || decoded.width() <= 0)
            return Status::failure(DocxWriter::tr("插图“%1”不是有效的 PNG 图片。").arg(img.description));
        const int n = int(media.size()) + 1;
        Media m{QStringLiteral("image%1.png").arg(n), QStringLiteral("rIdImage%1").arg(n), img.png};
        media << m;
        const double widthMm = qBound(10.0, img.widthMm, DocxImage::kTextWidthMm);
        const qint64 cx = qint64(widthMm * kEmuPerMm);
        const qint64 cy = qint64(double(cx) * decoded.height() / decoded.width());
        start("w:p");
        start("w:pPr");
        empty("w:pStyle", "w:val", QStringLiteral("Picture"));
        // A picture never stands on one page and its caption on the next.
        if (!img.caption.isEmpty())
            empty("w:keepNext");
        end();
        start("w:r");
        start("w:drawing");
        start("wp:inline");
        for (const char *d : {"distT", "distB", "distL", "distR"})
            attr(d, 0);
        empty("wp:extent", "cx", QString::number(cx));
        attr("cy", cy);
        // Optional in the schema; written as Word writes it: nothing drawn beyond the picture.
        empty("wp:effectExtent", "l", QStringLiteral("0"));
        for (const char *side : {"t", "r", "b"})
            attr(side, 0);
        empty("wp:docPr", "id", QString::number(n));
        attr("name", QStringLiteral("Picture %1").arg(n));
        attr("descr", DocxWriter::cleanText(img.description));
        start("wp:cNvGraphicFramePr");
        empty("a:graphicFrameLocks", "noChangeAspect", QStringLiteral("1"));
        end();
        start("a:graphic");
        start("a:graphicData");
        attr("uri", kPic);
        start("pic:pic");
        start("pic:nvPicPr");
        empty("pic:cNvPr", "id", QString::number(n));
        attr("name", m.name);
        empty("pic:cNvPicPr");
        end();
        start("pic:blipFill");
        empty("a:blip", "r:embed", m.relId);
        start("a:stretch");
        empty("a:fillRect");
        end();
        end();
        start("pic:spPr");
        start("a:xfrm");
        empty("a:off", "x", QStringLiteral("0"));
        attr("y", 0);
        empty("a:ext", "cx", QString::number(cx));
        attr("cy", cy);
        end();
        start("a:prstGeom");
        attr("prst", QStringLiteral("rect"));
        empty("a:avLst");
        end();
        for (int open = 0; open < 8; ++open)   // spPr, pic, graphicData, graphic, inline, drawing, r, p
            end();
        if (!img.caption.isEmpty())
            paragraph(QStringLiteral("Caption"), img.caption);
        return Status::success();
    }

    void section()
    {
        start("w:sectPr");
        empty("w:footerReference", "w:type", QStringLiteral("default"));
        attr("r:id", QStringLiteral("rIdFooterOdd"));
        empty("w:footerReference", "w:type", QStringLiteral("even"));
        attr("r:id", QStringLiteral("rIdFooterEven"));
        empty("w:pgSz", "w:w", QString::number(DocxParts::kPageWidth));
        attr("w:h", DocxParts::kPageHeight);
        empty("w:pgMar", "w:top", QString::number(DocxParts::kMarginTop));
        attr("w:right", DocxParts::kMarginRight);
        attr("w:bottom", DocxParts::kMarginBottom);
        attr("w:left", DocxParts::kMarginLeft);
        attr("w:header", 851);
        attr("w:footer", 1247);
        attr("w:gutter", 0);
        empty("w:cols", "w:space", QStringLiteral("425"));
        // A line grid of 22 lines. A character grid (linesAndChars with a negative charSpace, as
        // Word's own GB/T 9704 templates set it) spreads the text out in LibreOffice, so the
        // 28 characters a line come from 3号 type on the 156 mm type area instead.
        empty("w:docGrid", "w:type", QStringLiteral("lines"));
        attr("w:linePitch", DocxParts::kLinePitch);
        end();
    }

    QXmlStreamWriter x;
};

QByteArray xmlHeader()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

QByteArray escaped(const QString &text)
{
    return DocxWriter::cleanText(text).toHtmlEscaped().toUtf8();
}

QByteArray contentTypes(bool hasImages)
{
    QByteArray x = xmlHeader();
    x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    if (hasImages)
        x += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    const char *base = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const std::pair<const char *, const char *> parts[] = {
        {"/word/document.xml", "document.main+xml"}, {"/word/styles.xml", "styles+xml"},
        {"/word/settings.xml", "settings+xml"},      {"/word/fontTable.xml", "fontTable+xml"},
        {"/word/footer1.xml", "footer+xml"},         {"/word/footer2.xml", "footer+xml"},
    };
    for (const auto &[part, type] : parts)
        x += QByteArray("<Override PartName=\"") + part + "\" ContentType=\"" + base + type + "\"/>";
    x += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
    x += "</Types>";
    return x;
}

QByteArray relationships(const QList<std::pair<QString, QString>> &targets)
{
    QByteArray x = xmlHeader();
    x += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    int n = 0;
    for (const auto &[type, target] : targets) {
        const QString id = type.section(QLatin1Char('|'), 1);
        const QString fullType = type.section(QLatin1Char('|'), 0, 0);
        x += "<Relationship Id=\"" + (id.isEmpty() ? QStringLiteral("rId%1").arg(++n) : id).toUtf8() + "\" Type=\""
             + fullType.toUtf8() + "\" Target=\"" + target.toUtf8() + "\"/>";
    }
    x += "</Relationships>";
    return x;
}

QByteArray coreProperties(const QString &title)
{
    QByteArray x = xmlHeader();
    x += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    x += "<dc:title>" + escaped(title) + "</dc:title><dc:creator>Qingfeng</dc:creator>";
    x += "</cp:coreProperties>";
    return x;
}

} // namespace

QString DocxWriter::cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate() || u == 0xFFFE || u == 0xFFFF || u == u'\r')
            continue;
        if (u < 0x20 && u != u'\t' && u != u'\n')
            continue;
        out += c;
    }
    return out;
}

Status DocxWriter::package(const DocxDocument &document, QByteArray *out)
{
    QByteArray body;
    Body writer(&body);
    if (Status s = writer.write(document); !s)
        return s;

    QList<std::pair<QString, QString>> docRels = {
        {kRelBase + QStringLiteral("styles|rIdStyles"), QStringLiteral("styles.xml")},
        {kRelBase + QStringLiteral("settings|rIdSettings"), QStringLiteral("settings.xml")},
        {kRelBase + QStringLiteral("fontTable|rIdFonts"), QStringLiteral("fontTable.xml")},
        {kRelBase + QStringLiteral("footer|rIdFooterOdd"), QStringLiteral("footer1.xml")},
        {kRelBase + QStringLiteral("footer|rIdFooterEven"), QStringLiteral("footer2.xml")},
    };
    for (const Media &m : writer.media)
        docRels.append({kRelBase + QStringLiteral("image|") + m.relId, QStringLiteral("media/") + m.name});

    ZipWriter zip;
    Status s;
    s.add(zip.add(QStringLiteral("[Content_Types].xml"), contentTypes(!writer.media.isEmpty())));
    s.add(zip.add(QStringLiteral("_rels/.rels"),
                  relationships({{kRelBase + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                                 {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                  QStringLiteral("docProps/core.xml")}})));
    s.add(zip.add(QStringLiteral("docProps/core.xml"), coreProperties(document.title)));
    s.add(zip.add(QStringLiteral("word/document.xml"), body));
    s.add(zip.add(QStringLiteral("word/_rels/document.xml.rels"), relationships(docRels)));
    s.add(zip.add(QStringLiteral("word/styles.xml"), DocxParts::styles()));
    s.add(zip.add(QStringLiteral("word/settings.xml"), DocxParts::settings()));
    s.add(zip.add(QStringLiteral("word/fontTable.xml"), DocxParts::fontTable()));
    s.add(zip.add(QStringLiteral("word/footer1.xml"), DocxParts::footer(true)));
    s.add(zip.add(QStringLiteral("word/footer2.xml"), DocxParts::footer(false)));
    for (const Media &m : writer.media)
        s.add(zip.add(QStringLiteral("word/media/") + m.name, m.png));
    if (!s)
        return s;
    return zip.finish(out);
}

Status DocxWriter::write(const DocxDocument &document, const QString &path)
{
    QByteArray bytes;
    if (Status s = package(document, &bytes); !s)
        return Status::failure(tr("无法生成 Word 文档 %1：%2").arg(path, s.message()));
    return AtomicFile::write(path, bytes, PrivateFiles::documentMode(path));
}

} // namespace qf

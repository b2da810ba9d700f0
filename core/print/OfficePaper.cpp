// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficePaper.h"

#include "ChineseDate.h"
#include "DocumentFormat.h"
#include "PageFlow.h"
#include "PdfFile.h"
#include "docx/DocxWriter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <vector>

namespace qf {

namespace {

using Face = PrintFonts::Face;
using Style = DocxParagraph::Style;

// The Word document's table text is 小四 (12 pt) on single lines; the PDF sets the same.
constexpr qreal kCellPt = 12;
constexpr qreal kCellPadMm = 1.2;

// The table's columns in device units: the stated widths scaled to the type area, or equal.
QList<qreal> columnWidths(const DocxTable &t, qreal areaWidth, int columns)
{
    QList<qreal> widths;
    qreal total = 0;
    for (double w : t.columnWidthsMm)
        total += w;
    for (int c = 0; c < columns; ++c)
        widths << (int(t.columnWidthsMm.size()) == columns && total > 0 ? areaWidth * t.columnWidthsMm.at(c) / total
                                                                        : areaWidth / columns);
    return widths;
}

// A table of plain rows (no merged cells: the papers here have none), the header rows
// repeated at the top of every page it runs onto; a row is never split over two pages.
void paintTable(PageFlow &flow, const DocxTable &t)
{
    int columns = 0;
    for (const QList<DocxCell> &row : t.rows)
        columns = qMax(columns, int(row.size()));
    if (columns == 0)
        return;
    const QList<qreal> widths = columnWidths(t, flow.area().width(), columns);
    const qreal pad = flow.fromMm(kCellPadMm);
    const qreal lineHeight = flow.em(kCellPt) * 1.35;
    QPainter &painter = flow.painter();

    struct Laid
    {
        std::vector<std::unique_ptr<ParagraphLayout>> cells;
        qreal height = 0;
    };
    auto layRow = [&](const QList<DocxCell> &row) {
        Laid laid;
        int lines = 1;
        for (int c = 0; c < columns; ++c) {
            const DocxCell cell = row.value(c);
            const Qt::Alignment align = cell.number ? Qt::AlignRight : Qt::AlignHCenter;
            laid.cells.push_back(flow.layout(cell.text, cell.header ? Face::Heiti : Face::Fangsong, kCellPt, 0, align, lineHeight,
                                             widths.at(c) - 2 * pad));
            lines = qMax(lines, laid.cells.back()->lineCount());
        }
        laid.height = lines * lineHeight + 2 * pad;
        return laid;
    };
    auto drawRow = [&](const Laid &laid) {
        qreal x = flow.area().left();
        const qreal y = flow.y();
        painter.setPen(QPen(Qt::black, flow.em(0.6)));
        for (int c = 0; c < columns; ++c) {
            const ParagraphLayout &cell = *laid.cells.at(size_t(c));
            const qreal top = y + (laid.height - cell.height()) / 2;
            cell.draw(painter, QPointF(x + pad, top));
            painter.setPen(QPen(Qt::black, flow.em(0.6)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(x, y, widths.at(c), laid.height));
            x += widths.at(c);
        }
        flow.advance(laid.height);
    };

    std::vector<Laid> header;
    qreal headerHeight = 0;
    for (int r = 0; r < t.headerRows && r < int(t.rows.size()); ++r) {
        header.push_back(layRow(t.rows.at(r)));
        headerHeight += header.back().height;
    }
    bool headerDrawn = false;
    for (int r = int(header.size()); r < int(t.rows.size()); ++r) {
        const Laid laid = layRow(t.rows.at(r));
        // The header goes with the first row, and again on each page the table runs onto.
        if (flow.breakFor(laid.height + (headerDrawn ? 0 : headerHeight)) || !headerDrawn) {
            for (const Laid &h : header)
                drawRow(h);
            headerDrawn = true;
        }
        drawRow(laid);
    }
}

} // namespace

DocxDocument OfficePaper::toDocx() const
{
    DocxDocument d;
    d.title = title;
    for (int k = 0; k < int(parts.size()); ++k) {
        const Part &p = parts.at(k);
        if (k > 0)
            d.addPageBreak();
        d.add(Style::Title, p.title);
        if (!p.addressees.isEmpty())
            d.add(Style::Plain, p.addressees);
        for (const QString &text : p.paragraphs)
            d.add(Style::Body, text);
        if (!p.table.rows.isEmpty())
            d.add(p.table);
        for (const QString &text : p.after)
            d.add(Style::Body, text);
        // The 落款 keeps with the date, and both with the text they sign (GB/T 9704).
        DocxBlock blank;
        blank.paragraph = {Style::Plain, QString()};
        blank.paragraph.keepNext = true;
        d.blocks << blank;
        DocxBlock sign;
        sign.paragraph = {Style::Right, p.signature};
        sign.paragraph.keepNext = true;
        d.blocks << sign;
        d.add(Style::Right, chineseDate(p.date));
    }
    return d;
}

QString OfficePaper::text() const
{
    QStringList words;
    for (const Part &p : parts) {
        words << p.title << p.addressees << p.paragraphs;
        for (const QList<DocxCell> &row : p.table.rows)
            for (const DocxCell &c : row)
                words << c.text;
        words << p.after << p.signature << chineseDate(p.date);
    }
    words.removeAll(QString());
    return words.join(QLatin1Char('\n'));
}

Status OfficePaperWriter::paint(const OfficePaper &paper, QPagedPaintDevice &device, int *pages)
{
    setUpA4Portrait(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印“%1”。").arg(paper.title));
    PageFlow flow(device, painter);
    const qreal indent = 2 * flow.em(PageFlow::kTextPt);
    for (int k = 0; k < int(paper.parts.size()); ++k) {
        const OfficePaper::Part &p = paper.parts.at(k);
        if (k > 0)
            flow.newPage();
        flow.placeTitle(p.title);
        if (!p.addressees.isEmpty())
            flow.place(*flow.layout(p.addressees, Face::Fangsong, PageFlow::kTextPt, 0, Qt::AlignLeft));
        for (const QString &text : p.paragraphs)
            flow.place(*flow.layout(text, Face::Fangsong, PageFlow::kTextPt, indent, Qt::AlignJustify));
        if (!p.table.rows.isEmpty()) {
            paintTable(flow, p.table);
            flow.skip(1);
        }
        for (const QString &text : p.after)
            flow.place(*flow.layout(text, Face::Fangsong, PageFlow::kTextPt, indent, Qt::AlignJustify));
        flow.placeSignature(p.signature, p.date);
    }
    flow.finish();
    if (pages)
        *pages = flow.number();
    painter.end();
    return Status::success();
}

Status OfficePaperWriter::writePdf(const OfficePaper &paper, const QString &path, int *pages)
{
    return PdfFile::write(path, paper.title, [&](QPdfWriter &writer) { return paint(paper, writer, pages); });
}

Status OfficePaperWriter::write(const OfficePaper &paper, const QString &path, int *pages)
{
    DocumentFormat::Kind kind;
    if (const Status s = DocumentFormat::of(path, &kind); !s)
        return s;
    if (kind == DocumentFormat::Pdf)
        return writePdf(paper, path, pages);
    return DocxWriter::write(paper.toDocx(), path);
}

} // namespace qf

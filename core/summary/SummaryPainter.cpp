// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPainter.h"

#include "print/PageFlow.h"
#include "print/PdfFile.h"

#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace qf {

using Face = PrintFonts::Face;

Status SummaryPainter::paint(QPagedPaintDevice &device, int *pages) const
{
    setUpA4Portrait(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印工作总结。"));
    PageFlow flow(device, painter);
    const qreal indent = 2 * flow.em(PageFlow::kTextPt);
    flow.placeTitle(m_document.title);
    const int count = int(m_document.paragraphs.size());
    for (int i = 0; i <= count; ++i) {
        for (const SummaryChart &chart : m_document.charts)
            if (chart.before == i)
                if (Status s = placeChart(flow, chart); !s) {
                    painter.end();
                    return s;
                }
        if (i == count)
            break;
        const DocxParagraph &p = m_document.paragraphs.at(i);
        const bool heading = p.style == DocxParagraph::Style::Heading1 || p.style == DocxParagraph::Style::Heading2;
        const Face face = p.style == DocxParagraph::Style::Heading1 ? Face::Heiti : Face::Fangsong;
        auto layout = flow.layout(p.text, face, PageFlow::kTextPt, indent, heading ? Qt::AlignLeft : Qt::AlignJustify);
        flow.place(*layout, heading ? 1 : 0);
    }
    flow.placeSignature(m_document.signature, m_document.date);
    flow.finish();
    if (pages)
        *pages = flow.number();
    painter.end();
    return Status::success();
}

// The chart over the type area's width, on whole grid lines so that the text after it stays
// on the grid, its caption centred under it in 4号仿宋; both move to the next page together
// when they do not fit on this one.
Status SummaryPainter::placeChart(PageFlow &flow, const SummaryChart &chart) const
{
    const QImage image = QImage::fromData(chart.png, "PNG");
    if (image.isNull() || image.width() <= 0)
        return Status::failure(tr("工作总结的插图“%1”不是有效的 PNG 图片。").arg(chart.caption));
    const qreal width = flow.area().width();
    const qreal height = width * image.height() / image.width();
    const qreal lines = std::ceil(height / flow.pitch() - 0.01) * flow.pitch();
    auto caption = flow.layout(chart.caption, Face::Fangsong, PageFlow::kSmallPt, 0, Qt::AlignHCenter);
    flow.breakFor(lines + caption->height());
    flow.painter().save();
    flow.painter().setRenderHint(QPainter::SmoothPixmapTransform);
    flow.painter().drawImage(QRectF(flow.area().left(), flow.y() + (lines - height) / 2, width, height), image);
    flow.painter().restore();
    flow.advance(lines);
    flow.place(*caption);
    return Status::success();
}

Status SummaryPainter::writePdf(const QString &path, int *pages) const
{
    return PdfFile::write(path, m_document.title, [&](QPdfWriter &writer) { return paint(writer, pages); });
}

} // namespace qf

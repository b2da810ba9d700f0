// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPainter.h"

#include "print/PageFlow.h"
#include "print/PdfFile.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

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
    for (const DocxParagraph &p : m_document.paragraphs) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDocx.h"

#include "ChineseDate.h"
#include "DocumentFormat.h"
#include "NoticePainter.h"
#include "docx/DocxWriter.h"

#include <cmath>

namespace qf {

namespace {

using Style = DocxParagraph::Style;

// 3号 is 16 pt: a Chinese character is 320 twips wide; Times New Roman's digits half that and
// its full stop a quarter, enough to line up the 附件 names as the PDF does.
constexpr int kEm = 320;
int widthTwips(const QString &s)
{
    int w = 0;
    for (const QChar c : s)
        w += c.unicode() >= 0x2E80 ? kEm : c == QLatin1Char('.') ? kEm / 4 : kEm / 2;
    return w;
}

QList<DocxSpan> spansOf(const QList<QTextLayout::FormatRange> &formats, int offset = 0)
{
    QList<DocxSpan> spans;
    for (const QTextLayout::FormatRange &r : formats) {
        DocxSpan span;
        span.start = r.start + offset;
        span.length = r.length;
        span.bold = r.format.hasProperty(QTextFormat::FontWeight) && r.format.fontWeight() >= QFont::DemiBold;
        span.italic = r.format.fontItalic();
        span.underline = r.format.fontUnderline();
        if (span.bold || span.italic || span.underline)
            spans << span;
    }
    return spans;
}

DocxParagraph paragraphOf(const DocumentBlock &b)
{
    DocxParagraph p;
    p.text = b.text;
    p.spans = spansOf(b.formats);
    switch (b.role) {
    case DocumentBlock::Role::Title: p.style = Style::Title; break;
    case DocumentBlock::Role::Addressees: p.style = Style::Plain; break;
    case DocumentBlock::Role::Heading: p.style = Style::Heading1; break;
    case DocumentBlock::Role::Member:
        // The post wraps under the name, after the role's four characters.
        p.style = Style::Body;
        p.leftTwips = 6 * kEm;
        p.firstLineTwips = -4 * kEm;
        break;
    case DocumentBlock::Role::Attachment: {
        // 附件：1.name, the next 2.name under the 1, and a long name continuing under its own
        // first character (GB/T 9704 7.3.4). The prefix is text a reader sees.
        p.style = Style::Body;
        p.text = b.prefix + b.text;
        p.spans = spansOf(b.formats, int(b.prefix.size()));
        const QString lead = QStringLiteral(u"附件：");
        const bool first = b.prefix.startsWith(lead);
        const QString number = first ? b.prefix.mid(lead.size()) : b.prefix;
        const int firstStart = 2 * kEm + (first ? 0 : widthTwips(lead));
        p.leftTwips = 2 * kEm + widthTwips(lead + number);
        p.firstLineTwips = firstStart - *p.leftTwips;
        break;
    }
    case DocumentBlock::Role::Body:
    case DocumentBlock::Role::NewPage: p.style = Style::Body; break;
    }
    return p;
}

void addBlocks(DocxDocument &out, const QList<DocumentBlock> &blocks)
{
    for (const DocumentBlock &b : blocks) {
        if (b.role == DocumentBlock::Role::NewPage) {
            out.addPageBreak();
            continue;
        }
        DocxBlock block;
        block.paragraph = paragraphOf(b);
        out.blocks << block;
    }
}

void addParagraph(DocxDocument &out, const DocxParagraph &p)
{
    DocxBlock block;
    block.paragraph = p;
    out.blocks << block;
}

} // namespace

DocxDocument NoticeDocx::of(const NoticeDocument &d)
{
    DocxDocument out;
    out.title = d.title;
    // 版头: the issuer's mark in red on one line (a long name in a smaller size, at most 42 pt
    // as the PDF sets it), the 发文字号 and the red rule under it.
    if (!d.header.isEmpty()) {
        DocxParagraph mark;
        mark.style = Style::Masthead;
        mark.text = d.header;
        const double typeAreaPt = 156 / 25.4 * 72;
        const double natural = widthTwips(d.header) / 20.0 * 42 / 16;
        if (natural > typeAreaPt * 0.98)
            mark.pointSize = std::floor(42 * typeAreaPt * 0.98 / natural * 2) / 2;
        addParagraph(out, mark);
        DocxParagraph number;
        number.style = Style::DocNumber;
        number.text = d.docNumber;
        addParagraph(out, number);
    } else if (!d.docNumber.isEmpty()) {
        out.add(Style::Right, d.docNumber);
    }
    addBlocks(out, d.noticeBlocks());
    // The space and the 署名 keep with the 成文日期. The text's last paragraph is not kept with
    // them: LibreOffice and WPS then move a long paragraph whole and leave the first page bare.
    out.add(Style::Plain, QString());
    out.blocks.last().paragraph.keepNext = true;
    out.add(Style::Right, d.signature);
    out.blocks.last().paragraph.keepNext = true;
    out.add(Style::Right, chineseDate(d.date));
    if (!d.disclosure.isEmpty())
        out.add(Style::Body, QStringLiteral(u"公开方式：") + d.disclosure);
    if (!d.plan.isEmpty()) {
        out.addPageBreak();
        addBlocks(out, d.plan);
    }
    if (!d.printedBy.isEmpty()) {
        out.add(Style::Plain, QString());
        out.add(Style::Imprint, d.printedBy + QLatin1Char('\t') + chineseDate(d.date) + QStringLiteral(u"印发"));
        if (!d.transmission.isEmpty())
            out.add(Style::Right, QStringLiteral(u"（%1）").arg(d.transmission));
    }
    return out;
}

Status NoticeDocx::write(const NoticeDocument &document, const QString &path)
{
    return DocxWriter::write(of(document), path);
}

bool NoticeDocx::isWordPath(const QString &path)
{
    DocumentFormat::Kind kind;
    return DocumentFormat::of(path, &kind) && kind == DocumentFormat::Docx;
}

Status NoticeDocx::writeAsPathSays(const NoticeDocument &document, const QString &path, int *pages)
{
    DocumentFormat::Kind kind;
    if (const Status s = DocumentFormat::of(path, &kind); !s)
        return s;
    if (kind == DocumentFormat::Docx)
        return write(document, path);
    return NoticePainter(document).writePdf(path, pages);
}

} // namespace qf

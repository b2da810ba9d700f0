// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDocx.h"

#include "ChineseDate.h"
#include "NoticePainter.h"
#include "docx/DocxWriter.h"

namespace qf {

namespace {

void addBlocks(DocxDocument &out, const QList<DocumentBlock> &blocks)
{
    using Style = DocxParagraph::Style;
    for (const DocumentBlock &b : blocks) {
        switch (b.role) {
        case DocumentBlock::Role::NewPage: out.addPageBreak(); break;
        case DocumentBlock::Role::Title: out.add(Style::Title, b.text); break;
        case DocumentBlock::Role::Addressees: out.add(Style::Plain, b.text); break;
        case DocumentBlock::Role::Heading: out.add(Style::Heading1, b.text); break;
        // The prefix belongs to the text a reader sees (附件：1.…); the PDF only uses it to align.
        case DocumentBlock::Role::Attachment: out.add(Style::Body, b.prefix + b.text); break;
        case DocumentBlock::Role::Member:
        case DocumentBlock::Role::Body: out.add(Style::Body, b.text); break;
        }
    }
}

} // namespace

DocxDocument NoticeDocx::of(const NoticeDocument &d)
{
    using Style = DocxParagraph::Style;
    DocxDocument out;
    out.title = d.title;
    // 版头: the issuer's mark and the 发文字号 (a word processor has no red rule to draw here;
    // the editor adds the bureau's own letterhead).
    if (!d.header.isEmpty())
        out.add(Style::Title, d.header);
    if (!d.docNumber.isEmpty())
        out.add(Style::Right, d.docNumber);
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
        out.add(Style::Plain, d.printedBy + QStringLiteral(u"　　") + chineseDate(d.date) + QStringLiteral(u"印发"));
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
    return path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive);
}

Status NoticeDocx::writeAsPathSays(const NoticeDocument &document, const QString &path, int *pages)
{
    if (isWordPath(path))
        return write(document, path);
    return NoticePainter(document).writePdf(path, pages);
}

} // namespace qf

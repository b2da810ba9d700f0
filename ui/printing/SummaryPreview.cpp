// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPreview.h"

#include "print/ChineseDate.h"

#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace qf::ui {

namespace {

void addBlock(QTextCursor &cursor, const QString &text, Qt::Alignment align, bool bold, qreal scale, bool first)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setBottomMargin(6);
    QTextCharFormat chars;
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (scale != 1.0)
        chars.setFontPointSize(cursor.document()->defaultFont().pointSizeF() * scale);
    if (first) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.insertText(text, chars);
}

} // namespace

QString SummaryPreview::chartResource(int n)
{
    return QStringLiteral("summary-chart:%1").arg(n + 1);
}

void SummaryPreview::fill(const SummaryDocument &summary, int chartWidth, QTextDocument *out)
{
    out->clear();
    QTextCursor cursor(out);
    addBlock(cursor, summary.title, Qt::AlignHCenter, true, 1.4, true);
    auto addCharts = [&](int before) {
        for (int n = 0; n < summary.charts.size(); ++n) {
            const SummaryChart &chart = summary.charts.at(n);
            if (chart.before != before)
                continue;
            const QImage image = QImage::fromData(chart.png, "PNG");
            if (image.isNull())
                continue;
            // The chart's own proportions at the preview's width: the PNG is drawn for print,
            // far larger than a screen shows it.
            out->addResource(QTextDocument::ImageResource, QUrl(chartResource(n)), image);
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            cursor.insertBlock(centred, QTextCharFormat());
            QTextImageFormat picture;
            picture.setName(chartResource(n));
            picture.setWidth(chartWidth);
            picture.setHeight(qreal(chartWidth) * image.height() / image.width());
            cursor.insertImage(picture);
            addBlock(cursor, chart.caption, Qt::AlignHCenter, false, 0.9, false);
        }
    };
    for (int i = 0; i < summary.paragraphs.size(); ++i) {
        addCharts(i);
        const DocxParagraph &p = summary.paragraphs.at(i);
        const bool heading = p.style != DocxParagraph::Style::Body;
        addBlock(cursor, p.text, Qt::AlignLeft, heading, 1.0, false);
    }
    addCharts(int(summary.paragraphs.size()));
    addBlock(cursor, QString(), Qt::AlignRight, false, 1.0, false);
    addBlock(cursor, summary.signature, Qt::AlignRight, false, 1.0, false);
    addBlock(cursor, chineseDate(summary.date), Qt::AlignRight, false, 1.0, false);
}

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphLayout.h"

#include <QPainter>
#include <QTextOption>

namespace qf {

ParagraphLayout::ParagraphLayout(const QString &text, const QFont &font, QPaintDevice *device,
                                 const QList<QTextLayout::FormatRange> &formats)
    : m_layout(std::make_unique<QTextLayout>(text, font, device))
{
    if (!formats.isEmpty())
        m_layout->setFormats(formats);
}

ParagraphLayout::~ParagraphLayout() = default;

void ParagraphLayout::layout(const Options &options)
{
    m_options = options;
    QTextOption textOption(options.alignment);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(textOption);
    m_layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = i == 0 ? options.firstIndent : options.restIndent;
        line.setLineWidth(qMax<qreal>(1, options.width - indent));
        // Centre the glyphs' own height in the fixed pitch, like a word processor's 固定行距.
        const qreal y = i * options.lineHeight + (options.lineHeight - line.height()) / 2;
        line.setPosition(QPointF(indent, y));
    }
    m_layout->endLayout();
}

int ParagraphLayout::lineCount() const
{
    return m_layout->lineCount();
}

qreal ParagraphLayout::naturalWidth() const
{
    qreal widest = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        widest = qMax(widest, line.x() + line.naturalTextWidth());
    }
    return widest;
}

void ParagraphLayout::drawLine(QPainter &painter, int index, const QPointF &topLeft) const
{
    const QTextLine line = m_layout->lineAt(index);
    line.draw(&painter, topLeft - QPointF(0, index * m_options.lineHeight));
}

void ParagraphLayout::draw(QPainter &painter, const QPointF &topLeft) const
{
    for (int i = 0; i < m_layout->lineCount(); ++i)
        drawLine(painter, i, topLeft + QPointF(0, i * m_options.lineHeight));
}

} // namespace qf

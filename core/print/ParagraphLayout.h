// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace qf {

/// One paragraph broken into lines on a fixed line pitch, as printed documents set
/// text: a first-line indent (正文首行缩进二字) or a hanging indent (附件名称回行对齐),
/// and each line drawable on its own so that a paragraph can run over a page break.
class ParagraphLayout
{
public:
    struct Options
    {
        qreal width = 0;           ///< of the text column
        qreal lineHeight = 0;      ///< pitch from one line to the next
        qreal firstIndent = 0;     ///< extra indent of the first line
        qreal restIndent = 0;      ///< indent of every further line
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    /// Measures with the device's resolution so that lines break where they will print.
    ParagraphLayout(const QString &text, const QFont &font, QPaintDevice *device,
                    const QList<QTextLayout::FormatRange> &formats = {});
    ~ParagraphLayout();

    void layout(const Options &options);
    int lineCount() const;
    qreal height() const { return lineCount() * m_options.lineHeight; }
    /// The widest line's natural width.
    qreal naturalWidth() const;

    /// Draws line `index` in the line box whose top-left corner is `topLeft`.
    void drawLine(QPainter &painter, int index, const QPointF &topLeft) const;
    /// Draws every line, the first line box at `topLeft`.
    void draw(QPainter &painter, const QPointF &topLeft) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    Options m_options;
};

} // namespace qf

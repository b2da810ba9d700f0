// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace qf {

/// Emphasis over part of a paragraph's text, in UTF-16 units of DocxParagraph::text.
struct DocxSpan
{
    int start = 0;
    int length = 0;
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

/// The content of a Word document as DocxWriter writes it: a flat list of blocks in the
/// styles of a county government document (GB/T 9704: 2号小标宋 title, 3号黑体 一、 headings,
/// 3号楷体 （一） headings, 3号仿宋 body with a two-character first-line indent).
struct DocxParagraph
{
    /// Masthead: the 发文机关标志 in red; DocNumber: the 发文字号, centred over the red rule;
    /// Imprint: the 版记 line between two rules, its date at a right tab.
    enum class Style { Title, Heading1, Heading2, Body, Plain, Right, Masthead, DocNumber, Imprint };
    DocxParagraph() = default;
    DocxParagraph(Style s, const QString &t) : style(s), text(t) {}
    Style style = Style::Body;
    QString text;            ///< line breaks become w:br, tabs w:tab
    /// Kept on one page with the paragraph after it (GB/T 9704: the 署名 never stands on a
    /// page without the text it signs).
    bool keepNext = false;
    /// Indents in twips in place of the style's: where every line but the first starts, and
    /// where the first starts relative to it (negative: hanging). A 附件's name continues
    /// under its own first character, a 领导小组 member's post under the name.
    std::optional<int> leftTwips;
    std::optional<int> firstLineTwips;
    /// A type size in points in place of the style's (a long 发文机关标志 shrinks to one line).
    double pointSize = 0;
    QList<DocxSpan> spans;
};

/// One cell of a table row. Cells under a cell of rowSpan > 1 are left out of the rows
/// below it, as in an HTML table: the writer continues the vertical merge there.
struct DocxCell
{
    QString text;
    int colSpan = 1;
    int rowSpan = 1;
    bool header = false;     ///< bold and centred
    bool number = false;     ///< right-aligned
};

struct DocxTable
{
    QList<double> columnWidthsMm;   ///< the grid; empty: equal columns over the type area
    QList<QList<DocxCell>> rows;
    int headerRows = 0;             ///< repeated at the top of each page
};

/// A PNG shown inline in a paragraph of its own, centred, widthMm wide (height in proportion),
/// with an optional caption line centred under it; picture and caption stay on one page.
struct DocxImage
{
    static constexpr double kTextWidthMm = 156;   ///< the GB/T 9704 type area's width
    QByteArray png;
    double widthMm = 150;
    QString description;     ///< the picture's alternative text
    QString caption = {};    ///< 图1　…; empty: none
};

struct DocxBlock
{
    enum class Kind { Paragraph, Table, Image, PageBreak };
    Kind kind = Kind::Paragraph;
    DocxParagraph paragraph;
    DocxTable table;
    DocxImage image;
};

struct DocxDocument
{
    QString title;           ///< the package's core title (docProps/core.xml)
    QList<DocxBlock> blocks;

    void add(DocxParagraph::Style style, const QString &text)
    {
        DocxBlock b;
        b.paragraph = {style, text};
        blocks << b;
    }
    void add(const DocxTable &table)
    {
        DocxBlock b;
        b.kind = DocxBlock::Kind::Table;
        b.table = table;
        blocks << b;
    }
    void add(const DocxImage &image)
    {
        DocxBlock b;
        b.kind = DocxBlock::Kind::Image;
        b.image = image;
        blocks << b;
    }
    void addPageBreak()
    {
        DocxBlock b;
        b.kind = DocxBlock::Kind::PageBreak;
        blocks << b;
    }
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPainter.h"

#include "PageGeometry.h"
#include "PdfFile.h"
#include "PrintFonts.h"
#include "forms/FormLayoutMetrics.h"
#include "xlsx/XlsxTextMetrics.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QVector>

namespace qf {

namespace {

namespace M = XlsxTextMetrics;

// The export's sizes and page margins, so that both print alike.
using namespace FormLayoutMetrics;
// Below this the print gets hard to read; text wraps onto more lines instead.
constexpr qreal kMinFontScale = 0.75;

struct Page
{
    bool top = false;
    int rowBegin = 0;
    int rowEnd = 0;
    bool signature = false;
    qreal signatureY = 0;
    QList<QPair<int, qreal>> notes;   ///< paragraph, its top
    bool hasRows() const { return rowEnd > rowBegin; }
};

/// Every measure of the printed form, in device units, and the pages it falls on.
class Sheet
{
public:
    Sheet(const FormTable &table, QPaintDevice &device, const PageGeometry &geometry);
    void paintPage(QPainter &painter, const Page &page, int number, int total) const;
    QList<Page> pages;

private:
    QFont font(PrintFonts::Face face, qreal points) const { return PrintFonts::font(face, points * m_scale); }
    qreal height(const QFont &f, const QString &text, qreal width) const;
    qreal cellHeight(const QFont &f, const QString &text, qreal width) const { return height(f, text, width - 2 * m_padX) + 2 * m_padY; }
    qreal spanWidth(int col, int colSpan) const { return m_x.at(qMin(col + colSpan, int(m_x.size()) - 1)) - m_x.at(col); }
    void fit(QVector<qreal> &heights, const QList<SpanCell> &cells, const QFont &f) const;
    int columnAt(qreal fraction) const;
    void layOut();
    void cell(QPainter &p, const QRectF &r, const QString &text, int flags) const;

    const FormTable &m_table;
    QPaintDevice &m_device;
    QRectF m_area;
    qreal m_pt = 1;
    qreal m_scale = 1;
    qreal m_padX = 0;
    qreal m_padY = 0;
    QVector<qreal> m_x;               ///< column edges
    QList<SpanCell> m_header;         ///< with the export's line breaks
    QList<QList<SpanCell>> m_labels;  ///< each body row's labels, likewise
    QVector<qreal> m_headerH;
    QVector<qreal> m_bodyH;
    QVector<int> m_blockEnd;          ///< rows joined by a merged label end before this
    QStringList m_notes;
    QVector<qreal> m_notesH;
    qreal m_attachmentH = 0, m_titleH = 0, m_lineH = 0, m_signatureH = 0;
    QFont m_attachmentFont, m_titleFont, m_lineFont, m_cellFont, m_notesFont;
};

Sheet::Sheet(const FormTable &table, QPaintDevice &device, const PageGeometry &geometry)
    : m_table(table), m_device(device)
{
    m_area = geometry.inset(kMarginSideMm, kMarginTopMm, kMarginSideMm, kMarginBottomMm);
    m_pt = geometry.mm * 25.4 / 72.0;
    const FormDescription &form = *table.form;
    QVector<qreal> widths;
    for (const FormColumn &c : form.labelColumns)
        widths << M::columnPixels(c.width);
    for (const FormColumn &c : form.columns)
        widths << M::columnPixels(c.width);
    qreal natural = 0;
    for (qreal w : widths)
        natural += w;
    // As wide as the page, in the description's proportions; the type shrinks only
    // when the screen-sized form would not fit (a spreadsheet's "fit to one page wide").
    const qreal naturalPoints = natural * 72.0 / 96.0;
    m_scale = qBound(kMinFontScale, m_area.width() / m_pt / naturalPoints, 1.0);
    m_x << m_area.left();
    for (qreal w : widths)
        m_x << m_x.last() + m_area.width() * w / natural;
    m_padX = 2 * m_pt * m_scale;
    m_padY = 2 * m_pt * m_scale;

    // The header keeps the export's line breaks; where a line of it is wider in the real
    // font than the estimate allowed, the type gets smaller rather than the label ragged.
    m_header = table.header;
    const QFontMetricsF unscaled(PrintFonts::font(PrintFonts::Face::Songti, kCellPt), &device);
    for (SpanCell &c : m_header) {
        c.text = M::wrapLabel(c.text, kCellPt * m_scale, spanWidth(c.col, c.colSpan) / m_pt * 96.0 / 72.0);
        // Qt breaks a line a little before its measured advance reaches the edge.
        const qreal room = (spanWidth(c.col, c.colSpan) - 2 * m_padX) * 0.9;
        for (const QString &line : c.text.split(QLatin1Char('\n'))) {
            const qreal advance = unscaled.horizontalAdvance(line);
            if (advance * m_scale > room)
                m_scale = qMax(kMinFontScale, room / advance);
        }
    }

    m_attachmentFont = font(PrintFonts::Face::Heiti, kAttachmentPt);
    m_titleFont = font(PrintFonts::Face::Title, kTitlePt);
    m_lineFont = font(PrintFonts::Face::Songti, kLinePt);
    m_cellFont = font(PrintFonts::Face::Songti, kCellPt);
    m_notesFont = font(PrintFonts::Face::Songti, kNotesPt);
    m_notes = table.noteParagraphs();
    layOut();
}

qreal Sheet::height(const QFont &f, const QString &text, qreal width) const
{
    const QFontMetricsF fm(f, &m_device);
    if (text.isEmpty())
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, qMax(width, fm.height()), 1e9), Qt::TextWordWrap, text).height();
}

void Sheet::fit(QVector<qreal> &heights, const QList<SpanCell> &cells, const QFont &f) const
{
    // Single-row cells set their row's height; a taller merged cell adds what it still
    // lacks to its last row, as the export does.
    for (const SpanCell &c : cells)
        if (c.rowSpan == 1 && !c.text.isEmpty() && c.row < heights.size())
            heights[c.row] = qMax(heights.at(c.row), cellHeight(f, c.text, spanWidth(c.col, c.colSpan)));
    for (const SpanCell &c : cells) {
        if (c.rowSpan == 1 || c.text.isEmpty() || c.row >= heights.size())
            continue;
        const int last = qMin(c.row + c.rowSpan, int(heights.size())) - 1;
        qreal have = 0;
        for (int r = c.row; r <= last; ++r)
            have += heights.at(r);
        const qreal need = cellHeight(f, c.text, spanWidth(c.col, c.colSpan));
        if (need > have)
            heights[last] += need - have;
    }
}

int Sheet::columnAt(qreal fraction) const
{
    const qreal target = m_area.left() + m_area.width() * fraction;
    for (int c = 0; c + 1 < m_x.size(); ++c)
        if (m_x.at(c) >= target - 0.5)
            return c;
    return int(m_x.size()) - 2;
}

void Sheet::layOut()
{
    const FormDescription &form = *m_table.form;
    const qreal width = m_area.width();
    m_attachmentH = QFontMetricsF(m_attachmentFont, &m_device).height() * 1.5;
    m_titleH = height(m_titleFont, m_table.title, width) + kTitleExtraPt * m_pt * m_scale;
    m_lineH = QFontMetricsF(m_lineFont, &m_device).height() * 1.6;
    m_signatureH = kSignaturePt * m_pt * m_scale;

    const int headerRows = m_table.headerRowCount();
    m_headerH = QVector<qreal>(headerRows, M::rowHeight(1, kCellPt) * m_pt * m_scale);
    if (headerRows > 0)
        m_headerH[headerRows - 1] = kNumberRowPt * m_pt * m_scale;
    fit(m_headerH, m_header, m_cellFont);

    const int rows = int(m_table.rows.size());
    const int labelColumns = form.labelColumnCount();
    m_bodyH = QVector<qreal>(rows, kBodyMinPt * m_pt * m_scale);
    QList<SpanCell> labels;
    m_blockEnd = QVector<int>(rows, 0);
    for (int i = 0; i < rows; ++i) {
        const FormRow &row = m_table.rows.at(i);
        m_blockEnd[i] = qMax(m_blockEnd.at(i), i + 1);
        m_labels << QList<SpanCell>();
        for (SpanCell c : row.labels) {
            c.text = M::wrapLabel(c.text, kCellPt * m_scale, spanWidth(c.col, c.colSpan) / m_pt * 96.0 / 72.0);
            m_labels.last() << c;
            labels << c;
            if (c.row >= 0 && c.row < rows)
                m_blockEnd[c.row] = qMax(m_blockEnd.at(c.row), qMin(rows, c.row + c.rowSpan));
        }
        for (int j = 0; j < form.columns.size() && j < row.values.size(); ++j)
            if (form.columns.at(j).kind == ColumnKind::Text && !row.values.at(j).text.isEmpty())
                m_bodyH[i] = qMax(m_bodyH.at(i), cellHeight(m_cellFont, row.values.at(j).text,
                                                            spanWidth(labelColumns + j, 1)));
    }
    fit(m_bodyH, labels, m_cellFont);
    // A block runs on while a row inside it starts a merged label reaching further.
    for (int i = 0; i < rows; ++i)
        for (int r = i + 1; r < m_blockEnd.at(i); ++r)
            m_blockEnd[i] = qMax(m_blockEnd.at(i), m_blockEnd.at(r));
    for (const QString &n : m_notes)
        m_notesH << height(m_notesFont, n, width) + 2 * m_padY;

    // Pages: the top matter and header on the first, the header again on each further
    // page that carries rows.
    qreal headerTotal = 0;
    for (qreal h : m_headerH)
        headerTotal += h;
    const qreal bottom = m_area.bottom();
    Page page;
    page.top = true;
    qreal y = m_area.top() + m_attachmentH + m_titleH + m_lineH + headerTotal;
    auto newPage = [&](int rowBegin) {
        pages << page;
        page = Page();
        page.rowBegin = page.rowEnd = rowBegin;
        y = m_area.top();
    };
    int i = 0;
    while (i < rows) {
        const int end = m_blockEnd.at(i);
        qreal h = 0;
        for (int r = i; r < end; ++r)
            h += m_bodyH.at(r);
        if (y + h > bottom && page.hasRows()) {
            newPage(i);
            y += headerTotal;
        }
        if (y + h <= bottom || end == i + 1) {
            y += h;
            page.rowEnd = end;
            i = end;
            continue;
        }
        // A block taller than a page: split it row by row (its label repeats on each part).
        if (y + m_bodyH.at(i) > bottom && page.hasRows()) {
            newPage(i);
            y += headerTotal;
        }
        y += m_bodyH.at(i);
        page.rowEnd = ++i;
        if (i < end)
            m_blockEnd[i] = end;
    }
    // The signature and the notes stay with the table (a spreadsheet program fits the
    // sheet so): when they would fall on a page of their own, the last rows go over
    // with them, as long as what goes over fits one page.
    qreal tail = m_table.signature.isEmpty() ? 0 : m_signatureH;
    for (qreal h : std::as_const(m_notesH))
        tail += h;
    if (tail > 0 && y + tail > bottom && page.rowEnd - page.rowBegin > 1) {
        // Two rows go over where the page keeps some, so that no row stands alone.
        const int take = page.rowEnd - page.rowBegin > 2 ? 2 : 1;
        qreal moved = 0;
        for (int r = page.rowEnd - take; r < page.rowEnd; ++r)
            moved += m_bodyH.at(r);
        if (m_area.top() + headerTotal + moved + tail <= bottom) {
            const int end = page.rowEnd;
            page.rowEnd = end - take;
            newPage(end - take);
            page.rowEnd = end;
            y += headerTotal + moved;
        }
    }
    if (!m_table.signature.isEmpty()) {
        if (y + m_signatureH > bottom)
            newPage(rows);
        page.signature = true;
        page.signatureY = y;
        y += m_signatureH;
    }
    for (int n = 0; n < m_notes.size(); ++n) {
        if (y + m_notesH.at(n) > bottom && (page.hasRows() || page.signature || !page.notes.isEmpty()))
            newPage(rows);
        page.notes << qMakePair(n, y);
        y += m_notesH.at(n);
    }
    pages << page;
}

void Sheet::cell(QPainter &p, const QRectF &r, const QString &text, int flags) const
{
    p.drawRect(r);
    if (!text.isEmpty())
        p.drawText(r.adjusted(m_padX, m_padY, -m_padX, -m_padY), flags | Qt::TextWordWrap, text);
}

void Sheet::paintPage(QPainter &p, const Page &page, int number, int total) const
{
    const FormDescription &form = *m_table.form;
    p.setPen(QPen(Qt::black, 0.6 * m_pt, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    const qreal left = m_area.left();
    const qreal width = m_area.width();
    qreal y = m_area.top();
    if (page.top) {
        p.setFont(m_attachmentFont);
        p.drawText(QRectF(left, y, width, m_attachmentH), Qt::AlignLeft | Qt::AlignVCenter, form.attachment);
        y += m_attachmentH;
        p.setFont(m_titleFont);
        p.drawText(QRectF(left, y, width, m_titleH), Qt::AlignCenter | Qt::TextWordWrap, m_table.title);
        y += m_titleH;
        p.setFont(m_lineFont);
        const QRectF line(left, y, width, m_lineH);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_table.unitLine());
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, m_table.dateLine());
        y += m_lineH;
    }
    p.setFont(m_cellFont);
    if (page.hasRows()) {
        // The header, with a box for any cell the description leaves out.
        const int headerRows = int(m_headerH.size());
        const int columns = int(m_x.size()) - 1;
        QVector<qreal> top{y};
        for (qreal h : m_headerH)
            top << top.last() + h;
        QVector<bool> covered(headerRows * columns, false);
        for (const SpanCell &c : m_header) {
            const int lastRow = qMin(c.row + c.rowSpan, headerRows);
            cell(p, QRectF(QPointF(m_x.at(c.col), top.at(c.row)), QPointF(m_x.at(qMin(c.col + c.colSpan, columns)), top.at(lastRow))),
                 c.text, Qt::AlignCenter);
            for (int r = c.row; r < lastRow; ++r)
                for (int k = c.col; k < c.col + c.colSpan && k < columns; ++k)
                    covered[r * columns + k] = true;
        }
        for (int r = 0; r < headerRows; ++r)
            for (int k = 0; k < columns; ++k)
                if (!covered.at(r * columns + k))
                    cell(p, QRectF(QPointF(m_x.at(k), top.at(r)), QPointF(m_x.at(k + 1), top.at(r + 1))), QString(), 0);
        y = top.last();

        // The body: labels clipped to this page's rows, then the values.
        const int labelColumns = form.labelColumnCount();
        QVector<qreal> rowTop{y};
        for (int r = page.rowBegin; r < page.rowEnd; ++r)
            rowTop << rowTop.last() + m_bodyH.at(r);
        auto rowY = [&](int r) { return rowTop.at(qBound(page.rowBegin, r, page.rowEnd) - page.rowBegin); };
        QVector<bool> labelled((page.rowEnd - page.rowBegin) * labelColumns, false);
        for (const QList<SpanCell> &rowLabels : m_labels)
            for (const SpanCell &c : rowLabels) {
                const int first = qMax(c.row, page.rowBegin);
                const int last = qMin(c.row + c.rowSpan, page.rowEnd);
                if (first >= last)
                    continue;
                cell(p, QRectF(QPointF(m_x.at(c.col), rowY(first)), QPointF(m_x.at(c.col + c.colSpan), rowY(last))),
                     c.text, Qt::AlignCenter);
                for (int r = first; r < last; ++r)
                    for (int k = c.col; k < c.col + c.colSpan && k < labelColumns; ++k)
                        labelled[(r - page.rowBegin) * labelColumns + k] = true;
            }
        for (int r = page.rowBegin; r < page.rowEnd; ++r) {
            for (int k = 0; k < labelColumns; ++k)
                if (!labelled.at((r - page.rowBegin) * labelColumns + k))
                    cell(p, QRectF(QPointF(m_x.at(k), rowY(r)), QPointF(m_x.at(k + 1), rowY(r + 1))), QString(), 0);
            const FormRow &row = m_table.rows.at(r);
            for (int j = 0; j < form.columns.size(); ++j) {
                const FormColumn &column = form.columns.at(j);
                const QString text = j < row.values.size() ? m_table.valueText(row.values.at(j), column) : QString();
                const int col = labelColumns + j;
                // Centred, as the workbook's cells are: a figure set flush right ran
                // into the border in print.
                cell(p, QRectF(QPointF(m_x.at(col), rowY(r)), QPointF(m_x.at(col + 1), rowY(r + 1))), text,
                     Qt::AlignCenter);
            }
        }
    }
    if (page.signature) {
        // Spread as the export spreads them (see FormLayoutMetrics).
        const int n = int(m_table.signature.size());
        const QList<double> fractions = signatureStarts(n);
        p.setFont(m_lineFont);
        for (int i = 0; i < n; ++i) {
            const qreal x = i == 0 ? left : m_x.at(columnAt(fractions.at(i)));
            p.drawText(QRectF(x, page.signatureY, m_area.right() - x, m_signatureH - m_padY),
                       Qt::AlignLeft | Qt::AlignBottom, m_table.signature.at(i));
        }
    }
    p.setFont(m_notesFont);
    for (const auto &note : page.notes)
        p.drawText(QRectF(left, note.second + m_padY, width, m_notesH.at(note.first)),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_notes.at(note.first));

    p.setFont(PrintFonts::font(PrintFonts::Face::Songti, kFooterPt));
    const qreal footerTop = m_area.bottom() + (kMarginBottomMm - kFooterMm) * m_pt * 72.0 / 25.4;
    p.drawText(QRectF(left, footerTop, width, kFooterPt * 2 * m_pt), Qt::AlignHCenter | Qt::AlignTop,
               FormPainter::tr("第 %1 页，共 %2 页").arg(number).arg(total));
}

} // namespace

FormPainter::FormPainter(const FormTable &table) : m_table(table) {}

void FormPainter::setUpA4Landscape(QPagedPaintDevice &device)
{
    if (!device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)))) {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Landscape);
    }
}

Status FormPainter::paint(QPagedPaintDevice &device, int *pages) const
{
    if (!m_table.form)
        return Status::failure(tr("没有要打印的报表。"));
    setUpA4Landscape(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印。"));
    const Sheet sheet(m_table, device, PageGeometry::of(device));
    const int total = int(sheet.pages.size());
    for (int n = 0; n < total; ++n) {
        if (n > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("打印第%1页时出错。").arg(n + 1));
        }
        sheet.paintPage(painter, sheet.pages.at(n), n + 1, total);
    }
    if (!painter.end())
        return Status::failure(tr("打印未能完成。"));
    if (pages)
        *pages = total;
    return Status::success();
}

Status FormPainter::writePdf(const QString &path, int *pages) const
{
    if (!m_table.form)
        return Status::failure(tr("没有要打印的报表。"));
    return PdfFile::write(path, QStringLiteral(u"%1 %2").arg(m_table.form->attachment, m_table.title),
                          [&](QPdfWriter &writer) { return paint(writer, pages); });
}

} // namespace qf

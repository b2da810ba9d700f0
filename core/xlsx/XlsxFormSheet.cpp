// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFormSheet.h"

#include "XlsxFormats.h"
#include "XlsxTextMetrics.h"
#include "forms/FormLayoutMetrics.h"

#include <cmath>
#include <xlsxwriter.h>

namespace qf {

namespace {

namespace M = XlsxTextMetrics;
namespace L = FormLayoutMetrics;

/// Heights of rows [top, top + heights.size()) so that every cell's text fits: single-row
/// cells set their row's height, taller merged cells add what they still lack to their
/// last row.
template<typename LinesFn>
void fitHeights(QVector<double> &heights, const QList<SpanCell> &cells, int rowOffset, double points, LinesFn lines)
{
    for (const SpanCell &c : cells)
        if (c.rowSpan == 1 && !c.text.isEmpty())
            heights[c.row - rowOffset] = qMax(heights[c.row - rowOffset], M::rowHeight(lines(c), points));
    for (const SpanCell &c : cells) {
        if (c.rowSpan == 1 || c.text.isEmpty())
            continue;
        const int first = c.row - rowOffset;
        const int last = qMin(first + c.rowSpan, int(heights.size())) - 1;
        double have = 0;
        for (int r = first; r <= last; ++r)
            have += heights[r];
        const double need = M::rowHeight(lines(c), points);
        if (need > have)
            heights[last] += need - have;
    }
}

} // namespace

XlsxFormSheet::XlsxFormSheet(lxw_worksheet *sheet, XlsxFormats &formats, const FormTable &table,
                             const QString &name, bool inputTemplate)
    : m_sheet(sheet), m_formats(formats), m_table(table), m_form(*table.form), m_name(name),
      m_inputTemplate(inputTemplate)
{
    m_columns = m_form.gridColumnCount();
    m_bodyTop = kHeaderTop + m_form.headerRows();
    for (const FormColumn &c : m_form.labelColumns)
        m_widths << c.width;
    for (const FormColumn &c : m_form.columns)
        m_widths << c.width;
}

Status XlsxFormSheet::write()
{
    writeColumns();
    writeTop();
    writeHeader();
    writeBody();
    const int notesRow = writeSignature(m_bodyTop + int(m_table.rows.size()));
    const int noteRow = writeNotes(notesRow);
    if (!m_note.isEmpty()) {
        const double pt = XlsxFormats::pointSize(XlsxFormats::Notes);
        span(noteRow + 1, 0, 1, m_columns, m_note, m_formats.get(XlsxFormats::Notes));
        setHeight(noteRow + 1, M::rowHeight(lines(m_note, 0, m_columns, pt), pt));
    }
    if (m_inputTemplate)
        protectInputs();
    setupPage();
    return m_status;
}

bool XlsxFormSheet::ok(int error, int row, int col)
{
    if (error == LXW_NO_ERROR)
        return true;
    if (m_status) {
        char cell[LXW_MAX_CELL_NAME_LENGTH];
        lxw_rowcol_to_cell(cell, lxw_row_t(row), lxw_col_t(col));
        m_status = Status::failure(tr("工作表“%1”%2 单元格写入失败：%3")
                                       .arg(m_name, QString::fromLatin1(cell),
                                            QString::fromUtf8(lxw_strerror(lxw_error(error)))));
    }
    return false;
}

void XlsxFormSheet::refuseNumber(int row, int col, double value)
{
    if (!m_status)
        return;
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(cell, lxw_row_t(row), lxw_col_t(col));
    m_status = Status::failure(tr("工作表“%1”%2 单元格的数字 %3 不是有效数字，未导出：请检查该单位这个月的报表")
                                   .arg(m_name, QString::fromLatin1(cell), QString::number(value)));
}

void XlsxFormSheet::span(int row, int col, int rowSpan, int colSpan, const QString &text, lxw_format *format)
{
    const QByteArray utf8 = text.toUtf8();
    if (rowSpan == 1 && colSpan == 1) {
        ok(utf8.isEmpty() ? worksheet_write_blank(m_sheet, row, lxw_col_t(col), format)
                          : worksheet_write_string(m_sheet, row, lxw_col_t(col), utf8.constData(), format),
           row, col);
        return;
    }
    ok(worksheet_merge_range(m_sheet, row, lxw_col_t(col), row + rowSpan - 1, lxw_col_t(col + colSpan - 1),
                             utf8.constData(), format),
       row, col);
}

void XlsxFormSheet::setHeight(int row, double points)
{
    ok(worksheet_set_row(m_sheet, row, points, nullptr), row, 0);
}

double XlsxFormSheet::rangePixels(int col, int colSpan) const
{
    double pixels = 0;
    for (int c = col; c < col + colSpan && c < m_widths.size(); ++c)
        pixels += M::columnPixels(m_widths.at(c));
    return pixels;
}

int XlsxFormSheet::lines(const QString &text, int col, int colSpan, double points) const
{
    return M::lineCount(text, points, rangePixels(col, colSpan));
}

int XlsxFormSheet::columnAt(double fraction) const
{
    const double target = rangePixels(0, m_columns) * fraction;
    double sum = 0;
    for (int c = 0; c < m_columns; ++c) {
        if (sum >= target)
            return c;
        sum += M::columnPixels(m_widths.at(c));
    }
    return m_columns - 1;
}

void XlsxFormSheet::writeColumns()
{
    for (int c = 0; c < m_columns; ++c)
        ok(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr), 0, c);
}

void XlsxFormSheet::writeTop()
{
    const double attachmentPt = XlsxFormats::pointSize(XlsxFormats::Attachment);
    span(kAttachmentRow, 0, 1, 1, m_form.attachment, m_formats.get(XlsxFormats::Attachment));
    setHeight(kAttachmentRow, M::rowHeight(1, attachmentPt));

    const double titlePt = XlsxFormats::pointSize(XlsxFormats::Title);
    span(kTitleRow, 0, 1, m_columns, m_table.title, m_formats.get(XlsxFormats::Title));
    setHeight(kTitleRow, M::rowHeight(lines(m_table.title, 0, m_columns, titlePt), titlePt) + L::kTitleExtraPt);

    // The date sits at the right edge, on as many columns as its text needs.
    const double linePt = XlsxFormats::pointSize(XlsxFormats::DateLine);
    const QString date = m_table.dateLine();
    const int dateCol = rightStart(date, linePt);
    if (!m_mark.isEmpty()) {
        const int markCol = qMax(1, rightStart(m_mark, linePt));
        span(kAttachmentRow, markCol, 1, m_columns - markCol, m_mark, m_formats.get(XlsxFormats::DateLine));
    }
    span(kLineRow, 0, 1, dateCol, m_table.unitLine(), m_formats.get(XlsxFormats::UnitLine));
    span(kLineRow, dateCol, 1, m_columns - dateCol, date, m_formats.get(XlsxFormats::DateLine));
    setHeight(kLineRow, M::rowHeight(1, linePt) + L::kLineExtraPt);
}

int XlsxFormSheet::rightStart(const QString &text, double points) const
{
    const double pixels = M::textPixels(text, points) + 12;
    int col = m_columns;
    double width = 0;
    while (col > 1 && width < pixels)
        width += M::columnPixels(m_widths.at(--col));
    return col;
}

void XlsxFormSheet::writeHeader()
{
    const int rows = m_form.headerRows();
    QVector<bool> covered(rows * m_columns, false);
    const double pt = XlsxFormats::pointSize(XlsxFormats::Header);
    lxw_format *format = m_formats.get(XlsxFormats::Header);
    QList<SpanCell> cells = m_table.header;
    for (SpanCell &c : cells) {
        c.text = M::wrapLabel(c.text, pt, rangePixels(c.col, c.colSpan));
        span(kHeaderTop + c.row, c.col, c.rowSpan, c.colSpan, c.text, format);
        for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r)
            for (int k = c.col; k < c.col + c.colSpan && k < m_columns; ++k)
                covered[r * m_columns + k] = true;
    }
    // A cell the description leaves out still gets its borders.
    for (int r = 0; r < rows; ++r)
        for (int k = 0; k < m_columns; ++k)
            if (!covered.at(r * m_columns + k))
                span(kHeaderTop + r, k, 1, 1, QString(), format);

    QVector<double> heights(rows, M::rowHeight(1, pt));
    heights[rows - 1] = L::kNumberRowPt;
    fitHeights(heights, cells, 0, pt, [&](const SpanCell &c) { return lines(c.text, c.col, c.colSpan, pt); });
    for (int r = 0; r < rows; ++r)
        setHeight(kHeaderTop + r, heights.at(r));
}

bool XlsxFormSheet::isInputRow(const FormRow &row) const
{
    return row.style == RowStyle::Unit || row.style == RowStyle::Leaf;
}

void XlsxFormSheet::writeBody()
{
    const int rows = int(m_table.rows.size());
    const int labelColumns = m_form.labelColumnCount();
    const double pt = XlsxFormats::pointSize(XlsxFormats::Label);
    QVector<bool> covered(rows * labelColumns, false);
    QVector<double> heights(rows, L::kBodyMinPt);
    QList<SpanCell> labels;
    lxw_format *labelFormat = m_formats.get(XlsxFormats::Label);

    for (int i = 0; i < rows && m_status; ++i) {
        const FormRow &row = m_table.rows.at(i);
        const int sheetRow = m_bodyTop + i;
        for (SpanCell c : row.labels) {
            c.text = M::wrapLabel(c.text, pt, rangePixels(c.col, c.colSpan));
            span(m_bodyTop + c.row, c.col, c.rowSpan, c.colSpan, c.text, labelFormat);
            for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r)
                for (int k = c.col; k < c.col + c.colSpan && k < labelColumns; ++k)
                    covered[r * labelColumns + k] = true;
            labels << c;
        }
        const bool input = m_inputTemplate && isInputRow(row);
        for (int j = 0; j < m_form.columns.size() && j < row.values.size(); ++j) {
            const FormColumn &column = m_form.columns.at(j);
            const FormValue &v = row.values.at(j);
            const int col = labelColumns + j;
            const bool open = input && column.derived.isEmpty();
            lxw_format *format = m_formats.get(column.kind == ColumnKind::Count    ? XlsxFormats::Count
                                               : column.kind == ColumnKind::Amount ? XlsxFormats::Amount
                                                                                   : XlsxFormats::Text,
                                               open);
            lxw_error e;
            if (column.kind == ColumnKind::Text) {
                if (v.text.isEmpty()) {
                    e = worksheet_write_blank(m_sheet, sheetRow, lxw_col_t(col), format);
                } else {
                    e = worksheet_write_string(m_sheet, sheetRow, lxw_col_t(col), v.text.toUtf8().constData(), format);
                    heights[i] = qMax(heights.at(i), M::rowHeight(lines(v.text, col, 1, pt), pt));
                }
            } else if (!v.present) {
                e = worksheet_write_blank(m_sheet, sheetRow, lxw_col_t(col), format);
            } else if (!std::isfinite(v.number)) {
                // Stored figures are finite (the database checks them), so this is a
                // damaged row; a workbook with NAN in it opens in no spreadsheet.
                refuseNumber(sheetRow, col, v.number);
                break;
            } else {
                // Counts are whole; amounts keep their precision but lose float noise
                // (0.1 + 0.2) that the formula bar would otherwise show.
                const double number = column.kind == ColumnKind::Count ? double(qRound64(v.number))
                                                                       : std::round(v.number * 1e6) / 1e6;
                e = worksheet_write_number(m_sheet, sheetRow, lxw_col_t(col), number, format);
            }
            ok(e, sheetRow, col);
        }
    }
    for (int r = 0; r < rows; ++r)
        for (int k = 0; k < labelColumns; ++k)
            if (!covered.at(r * labelColumns + k))
                span(m_bodyTop + r, k, 1, 1, QString(), labelFormat);

    fitHeights(heights, labels, 0, pt, [&](const SpanCell &c) { return lines(c.text, c.col, c.colSpan, pt); });
    for (int r = 0; r < rows; ++r)
        setHeight(m_bodyTop + r, heights.at(r));
}

int XlsxFormSheet::writeSignature(int row)
{
    const int n = int(m_table.signature.size());
    if (n == 0)
        return row;
    // Spread over the width as the seed spaces them (see FormLayoutMetrics).
    const QList<double> fractions = L::signatureStarts(n);
    QVector<int> starts{0};
    for (int i = 1; i < n; ++i)
        starts << qMax(starts.last() + 1, columnAt(fractions.at(i)));
    starts << m_columns;
    lxw_format *format = m_formats.get(XlsxFormats::Signature);
    for (int i = 0; i < n && starts.at(i) < m_columns; ++i)
        span(row, starts.at(i), 1, qMin(starts.at(i + 1), m_columns) - starts.at(i), m_table.signature.at(i), format);
    setHeight(row, L::kSignaturePt);
    return row + 1;
}

int XlsxFormSheet::writeNotes(int row)
{
    if (m_table.notes.isEmpty())
        return row;
    const double pt = XlsxFormats::pointSize(XlsxFormats::Notes);
    lxw_format *format = m_formats.get(XlsxFormats::Notes);
    for (const QString &text : m_table.noteParagraphs()) {
        span(row, 0, 1, m_columns, text, format);
        setHeight(row, M::rowHeight(lines(text, 0, m_columns, pt), pt));
        ++row;
    }
    return row;
}

void XlsxFormSheet::protectInputs()
{
    const int labelColumns = m_form.labelColumnCount();
    for (int j = 0; j < m_form.columns.size(); ++j) {
        const FormColumn &column = m_form.columns.at(j);
        if (!column.isNumeric() || !column.derived.isEmpty())
            continue;
        lxw_data_validation rule{};
        rule.validate = column.kind == ColumnKind::Count ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
        rule.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        rule.value_number = 0;
        const QByteArray message = (column.kind == ColumnKind::Count ? tr("请填写不小于 0 的整数。")
                                                                     : tr("请填写不小于 0 的金额（万元）。")).toUtf8();
        rule.error_message = const_cast<char *>(message.constData());
        // One rule per run of consecutive entered rows.
        for (int i = 0; i < m_table.rows.size(); ++i) {
            if (!isInputRow(m_table.rows.at(i)))
                continue;
            int last = i;
            while (last + 1 < m_table.rows.size() && isInputRow(m_table.rows.at(last + 1)))
                ++last;
            const int col = labelColumns + j;
            ok(worksheet_data_validation_range(m_sheet, m_bodyTop + i, lxw_col_t(col), m_bodyTop + last,
                                               lxw_col_t(col), &rule),
               m_bodyTop + i, col);
            i = last;
        }
    }
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(m_sheet, nullptr, &protection);
}

void XlsxFormSheet::setupPage()
{
    worksheet_set_paper(m_sheet, 9);   // A4
    worksheet_set_landscape(m_sheet);
    worksheet_set_margins(m_sheet, L::mmToInches(L::kMarginSideMm), L::mmToInches(L::kMarginSideMm),
                          L::mmToInches(L::kMarginTopMm), L::mmToInches(L::kMarginBottomMm));
    worksheet_center_horizontally(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    // Each 附件 is a document of its own: its pages count from 1 whatever sheet
    // comes before it (Excel and LibreOffice otherwise run the numbers on).
    worksheet_set_start_page(m_sheet, 1);
    ok(worksheet_repeat_rows(m_sheet, kHeaderTop, kHeaderTop + m_form.headerRows() - 1), kHeaderTop, 0);
    // No "共 &N 页": spreadsheet programs count &N over every sheet printed together
    // (LibreOffice renders 附件2's only page as 第 1 页，共 4 页), and no field counts
    // one sheet's pages.
    lxw_header_footer_options footer{};
    footer.margin = L::mmToInches(L::kFooterMm);
    ok(worksheet_set_footer_opt(m_sheet, tr("&C第 &P 页").toUtf8().constData(), &footer), 0, 0);
    worksheet_freeze_panes(m_sheet, m_bodyTop, lxw_col_t(m_form.labelColumnCount()));
    worksheet_gridlines(m_sheet, LXW_HIDE_ALL_GRIDLINES);
}

} // namespace qf

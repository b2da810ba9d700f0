// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerXlsxWriter.h"

#include "PlainTableStyle.h"
#include "XlsxTarget.h"

#include <QDate>

#include <cmath>

#include <xlsxwriter.h>

namespace qf {

namespace {

using Errors = PlainTableStyle::FirstError;

struct Formats : PlainTableStyle::Formats
{
    lxw_format *longText = nullptr;
    lxw_format *date = nullptr;
    lxw_format *count = nullptr;
    lxw_format *amount = nullptr;
    lxw_format *flags[4] = {nullptr, nullptr, nullptr, nullptr};
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    static_cast<PlainTableStyle::Formats &>(f) = PlainTableStyle::formats(wb);
    f.longText = PlainTableStyle::cell(wb);
    format_set_text_wrap(f.longText);
    f.date = PlainTableStyle::cell(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    format_set_align(f.date, LXW_ALIGN_CENTER);
    f.count = PlainTableStyle::cell(wb);
    format_set_num_format(f.count, "0");
    f.amount = PlainTableStyle::cell(wb);
    format_set_num_format(f.amount, "0.00##");
    const lxw_color_t flagColours[4] = {0, 0xE2EFDA, 0xFFEB9C, 0xFFC7CE};   // none, green, amber, red
    for (int i = 0; i < 4; ++i) {
        f.flags[i] = PlainTableStyle::cell(wb);
        format_set_align(f.flags[i], LXW_ALIGN_CENTER);
        if (i > 0)
            format_set_bg_color(f.flags[i], flagColours[i]);
    }
    return f;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

// Spreadsheet programs do not grow a row for wrapped text written by a program: estimate
// the lines each cell needs from its width in character units (a Chinese character is
// about 1.8) and set the row's height.
double lineUnits(const QString &line)
{
    double units = 0;
    for (const QChar c : line)
        units += c.unicode() >= 0x2E80 ? 1.8 : 0.95;
    return units;
}

int linesNeeded(const QString &text, double columnWidth)
{
    const double usable = qMax(2.0, columnWidth - 1.0);
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines += qMax(1, int(std::ceil(lineUnits(line) / usable)));
    return lines;
}

void writeSheet(lxw_workbook *wb, const LedgerTable &t, Errors &errors)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, PlainTableStyle::sheetName(t.title).constData());
    const Formats f = makeFormats(wb);
    const int columns = int(t.columns.size());
    const lxw_col_t last = lxw_col_t(qMax(0, columns));   // column 0 holds 序号
    for (int c = 0; c < columns; ++c)
        errors.check(worksheet_set_column(ws, lxw_col_t(c + 1), lxw_col_t(c + 1), t.columns.at(c).width, nullptr));
    errors.check(worksheet_set_column(ws, 0, 0, 5, nullptr));

    errors.check(worksheet_set_row(ws, 0, 30, nullptr));
    errors.check(worksheet_merge_range(ws, 0, 0, 0, last, utf8(t.title).constData(), f.title));
    errors.check(worksheet_merge_range(ws, 1, 0, 1, last, utf8(t.subtitle).constData(), f.subtitle));
    const lxw_row_t headerRow = 2;
    errors.check(worksheet_set_row(ws, headerRow, 30, nullptr));
    errors.check(worksheet_write_string(ws, headerRow, 0, "序号", f.header));
    for (int c = 0; c < columns; ++c)
        errors.check(worksheet_write_string(ws, headerRow, lxw_col_t(c + 1), utf8(t.columns.at(c).header).constData(), f.header));

    for (int r = 0; r < t.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(headerRow + 1 + r);
        errors.check(worksheet_write_number(ws, row, 0, r + 1, f.count));
        const LedgerTable::Row &data = t.rows.at(r);
        int lines = 1;
        for (int c = 0; c < columns; ++c)
            if (t.columns.at(c).type == LedgerTable::CellType::Text || t.columns.at(c).type == LedgerTable::CellType::LongText)
                lines = qMax(lines, linesNeeded(data.cells.value(c).toString(), t.columns.at(c).width));
        errors.check(worksheet_set_row(ws, row, 4 + 13.5 * lines, nullptr));
        for (int c = 0; c < columns; ++c) {
            const lxw_col_t col = lxw_col_t(c + 1);
            const QVariant v = data.cells.value(c);
            const LedgerTable::CellType type = t.columns.at(c).type;
            lxw_format *fmt = type == LedgerTable::CellType::LongText ? f.longText : f.text;
            if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
                errors.check(worksheet_write_blank(ws, row, col, type == LedgerTable::CellType::Flag ? f.flags[0] : fmt));
                continue;
            }
            switch (type) {
            case LedgerTable::CellType::Date: {
                const QDate d = v.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                errors.check(worksheet_write_datetime(ws, row, col, &dt, f.date));
                break;
            }
            case LedgerTable::CellType::Count:
                errors.check(worksheet_write_number(ws, row, col, v.toDouble(), f.count));
                break;
            case LedgerTable::CellType::Amount:
                errors.check(worksheet_write_number(ws, row, col, v.toDouble(), f.amount));
                break;
            case LedgerTable::CellType::Flag:
                errors.check(worksheet_write_string(ws, row, col, utf8(t.text(r, c)).constData(),
                                                    f.flags[qBound(0, v.toInt(), 3)]));
                break;
            case LedgerTable::CellType::Text:
            case LedgerTable::CellType::LongText:
                errors.check(worksheet_write_string(ws, row, col, utf8(v.toString()).constData(), fmt));
                break;
            }
        }
    }

    const lxw_row_t lastRow = lxw_row_t(headerRow + qMax<qsizetype>(1, t.rows.size()));
    worksheet_freeze_panes(ws, headerRow + 1, 0);
    errors.check(worksheet_autofilter(ws, headerRow, 0, lastRow, last));
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);   // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_center_horizontally(ws);
    errors.check(worksheet_repeat_rows(ws, headerRow, headerRow));
    errors.check(worksheet_set_footer(ws, "&C第 &P 页，共 &N 页"));
}

} // namespace

Status LedgerXlsxWriter::write(const LedgerTable &table, const QString &path)
{
    // A ledger names reporters and suspects: the export is owner-only from its first byte,
    // and replaces an earlier export only once it is complete.
    XlsxTarget target(path);
    if (Status s = target.open(); !s)
        return s;
    lxw_workbook *wb = target.workbook();
    Errors errors;
    writeSheet(wb, table, errors);
    lxw_doc_properties props{};
    const QByteArray title = utf8(table.title);
    props.title = const_cast<char *>(title.constData());
    errors.check(workbook_set_properties(wb, &props));
    return target.finish(errors.status(path));
}

} // namespace qf

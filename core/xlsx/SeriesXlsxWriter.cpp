// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesXlsxWriter.h"

#include "PlainTableStyle.h"
#include "XlsxTarget.h"

#include <xlsxwriter.h>

namespace qf {

namespace {

using Errors = PlainTableStyle::FirstError;

struct Formats : PlainTableStyle::Formats
{
    lxw_format *numbers[3] = {nullptr, nullptr, nullptr};   // by decimals

    lxw_format *number(int decimals) const { return numbers[qBound(0, decimals, 2)]; }
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    static_cast<PlainTableStyle::Formats &>(f) = PlainTableStyle::formats(wb);
    format_set_text_wrap(f.subtitle);
    format_set_align(f.subtitle, LXW_ALIGN_VERTICAL_CENTER);
    const char *patterns[3] = {"0", "0.0", "0.00"};
    for (int i = 0; i < 3; ++i) {
        f.numbers[i] = PlainTableStyle::cell(wb);
        format_set_num_format(f.numbers[i], patterns[i]);
    }
    return f;
}

// Writes to one worksheet, remembering the first error.
class Sheet
{
public:
    Sheet(lxw_workbook *wb, const QString &name, const Formats &f, Errors &errors)
        : m_ws(workbook_add_worksheet(wb, PlainTableStyle::sheetName(name).constData())), m_f(f), m_errors(errors)
    {
    }
    void width(int column, double w) { m_errors.check(worksheet_set_column(m_ws, lxw_col_t(column), lxw_col_t(column), w, nullptr)); }
    void text(int row, int column, const QString &s, lxw_format *format)
    {
        m_errors.check(worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(column), s.toUtf8().constData(), format));
    }
    void value(int row, int column, const std::optional<double> &v, int decimals)
    {
        if (v)
            m_errors.check(worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(column), *v, m_f.number(decimals)));
        else
            m_errors.check(worksheet_write_blank(m_ws, lxw_row_t(row), lxw_col_t(column), m_f.number(decimals)));
    }
    // Title and subtitle over the columns, the header row below them, frozen and filterable.
    void heading(const QString &title, const QString &subtitle, const QStringList &header, int lastRow)
    {
        const lxw_col_t last = lxw_col_t(qMax(0, int(header.size()) - 1));
        m_errors.check(worksheet_set_row(m_ws, 0, 26, nullptr));
        m_errors.check(worksheet_merge_range(m_ws, 0, 0, 0, last, title.toUtf8().constData(), m_f.title));
        // Two lines' room: on a narrow table (those furthest behind) the line wraps.
        m_errors.check(worksheet_set_row(m_ws, 1, 28, nullptr));
        m_errors.check(worksheet_merge_range(m_ws, 1, 0, 1, last, subtitle.toUtf8().constData(), m_f.subtitle));
        const int h = SeriesXlsxWriter::kLongHeaderRow;
        // Spreadsheet programs do not grow a row for wrapped text a program wrote: room for two lines.
        m_errors.check(worksheet_set_row(m_ws, lxw_row_t(h), 30, nullptr));
        for (int c = 0; c < header.size(); ++c)
            text(h, c, header.at(c), m_f.header);
        worksheet_freeze_panes(m_ws, lxw_row_t(h + 1), 0);
        m_errors.check(worksheet_autofilter(m_ws, lxw_row_t(h), 0, lxw_row_t(qMax(h + 1, lastRow)), last));
        worksheet_set_landscape(m_ws);
        worksheet_set_paper(m_ws, 9);   // A4
        worksheet_set_margins(m_ws, 0.4, 0.4, 0.6, 0.6);
        worksheet_fit_to_pages(m_ws, 1, 0);
        m_errors.check(worksheet_repeat_rows(m_ws, lxw_row_t(h), lxw_row_t(h)));
        m_errors.check(worksheet_set_footer(m_ws, "&C第 &P 页，共 &N 页"));
    }

private:
    lxw_worksheet *m_ws;
    const Formats &m_f;
    Errors &m_errors;
};

QString span(const AnalysisSeries &s)
{
    if (s.months.isEmpty())
        return QString();
    return SeriesXlsxWriter::tr("%1—%2").arg(s.months.first().toChinese(), s.months.last().toChinese());
}

QString subtitle(const AnalysisSeries &s)
{
    return SeriesXlsxWriter::tr("%1　报送情况截至 %2；空白表示无从统计（未到期、未报送或无问题），不是 0。")
        .arg(s.campaign.title, s.asOf.toString(Qt::ISODate));
}

QStringList groupsOf(const QList<const AnalysisSeries::Series *> &list)
{
    QStringList groups;
    for (const AnalysisSeries::Series *s : list)
        for (const AnalysisSeries::Point &p : s->points)
            if (!groups.contains(p.group))
                groups << p.group;
    return groups;
}

// A theme of one month (those furthest behind): a row per group, a column per series.
void writeOneMonth(lxw_workbook *wb, const Formats &f, Errors &errors, const AnalysisSeries &all, const QString &theme,
                   const QList<const AnalysisSeries::Series *> &list, const YearMonth &month)
{
    Sheet sheet(wb, theme, f, errors);
    const QStringList names = AnalysisSeries::header();   // 序列, 分组, 月份, 值, 单位
    QStringList header{names.at(1), names.at(2)};
    for (const AnalysisSeries::Series *s : list)
        header << SeriesXlsxWriter::tr("%1（%2）").arg(s->title, s->unit);
    int row = SeriesXlsxWriter::kLongHeaderRow + 1;
    for (const QString &g : groupsOf(list)) {
        sheet.text(row, 0, g, f.text);
        sheet.text(row, 1, month.toString(), f.text);
        for (int c = 0; c < list.size(); ++c) {
            std::optional<double> v;
            for (const AnalysisSeries::Point &p : list.at(c)->points)
                if (p.group == g && p.month == month)
                    v = p.value;
            sheet.value(row, 2 + c, v, list.at(c)->decimals);
        }
        ++row;
    }
    sheet.width(0, 34);
    sheet.width(1, 10);
    for (int c = 0; c < list.size(); ++c)
        sheet.width(2 + c, 18);
    sheet.heading(SeriesXlsxWriter::tr("%1%2（%3）").arg(all.campaign.county, theme, month.toChinese()), subtitle(all), header, row - 1);
}

// A theme's series side by side: a row per series and group, a column per month.
void writeTheme(lxw_workbook *wb, const Formats &f, Errors &errors, const AnalysisSeries &all, const QString &theme)
{
    QList<const AnalysisSeries::Series *> list;
    QList<YearMonth> months;
    for (const AnalysisSeries::Series &s : all.series) {
        if (s.theme != theme)
            continue;
        list << &s;
        for (const AnalysisSeries::Point &p : s.points)
            if (!months.contains(p.month))
                months << p.month;
    }
    std::sort(months.begin(), months.end());
    if (months.size() == 1) {
        writeOneMonth(wb, f, errors, all, theme, list, months.first());
        return;
    }
    Sheet sheet(wb, theme, f, errors);
    const QStringList names = AnalysisSeries::header();   // 序列, 分组, 月份, 值, 单位
    QStringList header{names.at(0), names.at(1), names.at(4)};
    for (const YearMonth &m : months)
        header << m.toChinese();
    int row = SeriesXlsxWriter::kLongHeaderRow + 1;
    for (const AnalysisSeries::Series *s : list) {
        for (const QString &g : groupsOf({s})) {
            sheet.text(row, 0, s->title, f.text);
            sheet.text(row, 1, g, f.text);
            sheet.text(row, 2, s->unit, f.text);
            for (int c = 0; c < months.size(); ++c) {
                std::optional<double> v;
                for (const AnalysisSeries::Point &p : s->points)
                    if (p.group == g && p.month == months.at(c))
                        v = p.value;
                sheet.value(row, 3 + c, v, s->decimals);
            }
            ++row;
        }
    }
    sheet.width(0, 40);
    sheet.width(1, 20);
    sheet.width(2, 7);
    for (int c = 0; c < months.size(); ++c)
        sheet.width(3 + c, 11);
    sheet.heading(SeriesXlsxWriter::tr("%1%2（%3）").arg(all.campaign.county, theme, span(all)), subtitle(all), header, row - 1);
}

void writeLong(lxw_workbook *wb, const Formats &f, Errors &errors, const AnalysisSeries &all)
{
    Sheet sheet(wb, SeriesXlsxWriter::longSheetName(), f, errors);
    int row = SeriesXlsxWriter::kLongHeaderRow + 1;
    for (const AnalysisSeries::Series &s : all.series)
        for (const AnalysisSeries::Point &p : s.points) {
            sheet.text(row, 0, s.title, f.text);
            sheet.text(row, 1, p.group, f.text);
            sheet.text(row, 2, p.month.toString(), f.text);
            sheet.value(row, 3, p.value, s.decimals);
            sheet.text(row, 4, s.unit, f.text);
            ++row;
        }
    const QList<double> widths{40, 28, 10, 10, 7};
    for (int c = 0; c < widths.size(); ++c)
        sheet.width(c, widths.at(c));
    sheet.heading(SeriesXlsxWriter::tr("%1分析数据（%2）").arg(all.campaign.county, span(all)), subtitle(all),
                  AnalysisSeries::header(), row - 1);
}

} // namespace

QString SeriesXlsxWriter::longSheetName()
{
    return tr("全部数据");
}

Status SeriesXlsxWriter::write(const AnalysisSeries &series, const QString &path)
{
    XlsxTarget target(path);
    if (Status s = target.open(); !s)
        return s;
    lxw_workbook *wb = target.workbook();
    Errors errors;
    const Formats f = makeFormats(wb);
    QStringList themes;
    for (const AnalysisSeries::Series &one : series.series)
        if (!themes.contains(one.theme))
            themes << one.theme;
    for (const QString &theme : themes)
        writeTheme(wb, f, errors, series, theme);
    writeLong(wb, f, errors, series);
    lxw_doc_properties props{};
    const QByteArray title = tr("%1分析数据").arg(series.campaign.county).toUtf8();
    props.title = const_cast<char *>(title.constData());
    errors.check(workbook_set_properties(wb, &props));
    return target.finish(errors.status(path));
}

} // namespace qf

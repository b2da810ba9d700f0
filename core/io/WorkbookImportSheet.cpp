// SPDX-License-Identifier: GPL-3.0-or-later
// One sheet of a returned workbook, step by step: recognise the month and the institution,
// locate its row and the form's columns, read the figures, validate them against the
// stored months, and compare them with what is stored for the month.
#include "WorkbookImportSheet.h"

#include "KeptFigures.h"
#include "ReportTemplates.h"
#include "WorkbookImportLookup.h"
#include "forms/FigureLimits.h"
#include "forms/FormTableBuilder.h"
#include "forms/FormValidator.h"
#include "xlsx/CellAddress.h"
#include "xlsx/XlsxWorkbook.h"

#include <memory>

namespace qf {

namespace {

constexpr double kCumulativeSlack = 1e-6;   // as the validator's: rounding, not a decrease

/// A blank (or missing) cell keeps what is stored for the month in that column, and says so.
void keepStored(const Report *stored, const FormColumn &column, const QString &what, Report &report,
                QStringList &warnings)
{
    if (const QString kept = KeptFigures::keep(stored, column, what, report); !kept.isEmpty())
        warnings << kept;
}

} // namespace

void WorkbookImport::analyseSheet(const XlsxSheet &sheet, int formNumber, const Context &ctx, WorkbookFile &file)
{
    Sheet s(sheet, formNumber, ctx, file);
    s.where = tr("%1 工作表“%2”").arg(file.fileName, sheet.name());
    if (recognise(s) && locate(s) && read(s) && validate(s))
        compare(s);
}

bool WorkbookImport::recognise(Sheet &s)
{
    WorkbookFile &file = s.file;
    const ReturnedSheet::Marks &marks = s.marks;
    const QString &where = s.where;

    // Month.
    if (marks.month.isEmpty()) {
        file.errors << tr("%1：找不到“%2”单元格，无法确定月份（请用本软件生成的空白报表填写）。")
                           .arg(where, ReportTemplates::monthMarkLabel());
        return false;
    }
    const YearMonth period = YearMonth::parse(marks.month);
    s.monthAt = tr("%1 %2").arg(where, marks.monthCell.toString());
    if (!period.isValid()) {
        file.errors << tr("%1：“%2”不是有效的月份。").arg(s.monthAt, marks.month);
        return false;
    }
    if (file.period.isValid() && file.period != period) {
        file.errors << tr("%1：月份%2与同一文件中的%3不同。").arg(s.monthAt, period.toChinese(), file.period.toChinese());
        return false;
    }
    file.period = period;
    s.period = period;

    // Institution.
    s.unitAt = tr("%1 %2").arg(where, marks.unitCell.toString());
    if (marks.unit.isEmpty()) {
        file.errors << tr("%1：找不到“填报单位”，无法确定是哪个机构的报表。").arg(marks.unitCell.isValid() ? s.unitAt : where);
        return false;
    }
    if (!s.ctx.lookup)
        s.ctx.lookup = std::make_shared<const Lookup>(s.ctx);
    s.lookup = s.ctx.lookup.get();
    const Institution *institution = s.lookup->institution(marks.unit);
    if (!institution) {
        file.errors << tr("%1：机构名册中没有“%2”。").arg(s.unitAt, marks.unit);
        if (file.institution.isEmpty())
            file.institution = marks.unit;
        return false;
    }
    if (!file.institution.isEmpty() && file.institution != institution->name && file.institution != marks.unit) {
        file.errors << tr("%1：填报单位“%2”与同一文件中的“%3”不同。").arg(s.unitAt, institution->name, file.institution);
        return false;
    }
    file.institution = institution->name;
    s.institution = institution;
    const Campaign &campaign = s.ctx.campaign;
    if (!campaign.reportingPeriods().contains(period)) {
        file.errors << tr("%1：%2不在本专项整治的报送月份（%3至%4）内。")
                           .arg(s.monthAt, period.toChinese(), campaign.firstPeriod().toChinese(),
                                campaign.lastPeriod().toChinese());
        return false;
    }
    s.unit = s.lookup->unit(s.form, institution->id, period);
    if (!s.unit) {
        file.errors << tr("%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。")
                           .arg(s.unitAt, institution->name, period.toChinese(), s.form.attachment);
        return false;
    }
    return true;
}

bool WorkbookImport::locate(Sheet &s)
{
    // The institution's row and the form's columns.
    const int numberingRow = ReturnedSheet::numberingRow(s.sheet, s.form, &s.columnOf);
    if (numberingRow < 0) {
        s.file.errors << tr("%1：找不到表头下的栏号行（%2），表格结构已被改动。").arg(s.where, s.form.columnCaption.arg(1));
        return false;
    }
    int firstValueColumn = s.sheet.columnCount();
    for (int c : std::as_const(s.columnOf))
        firstValueColumn = qMin(firstValueColumn, c);
    s.row = ReturnedSheet::ownRow(s.sheet, s.form, numberingRow, firstValueColumn, s.columnOf, *s.institution, s.where,
                                  &s.file.errors);
    return s.row >= 0;
}

bool WorkbookImport::read(Sheet &s)
{
    WorkbookFile &file = s.file;
    const QString &where = s.where;
    // The figures. A blank cell is no figure: it neither deletes nor zeroes what is stored
    // for the month, and a file whose figure cells are all blank is no filing at all.
    s.series = s.lookup->series(s.formNumber, s.unit->key, s.period);
    for (const Report &r : std::as_const(s.series)) {
        if (r.period < s.period)
            s.before = &r;
        else if (r.period == s.period)
            s.same = &r;
        else if (!s.after)
            s.after = &r;
    }
    Report &report = s.report;
    report.campaignId = s.ctx.campaign.id;
    report.form = s.formNumber;
    report.unitKey = s.unit->key;
    report.period = s.period;
    report.source = ReportSource::Imported;
    report.sourceFile = file.fileName;
    // The day it arrived, not the day it is imported: a file read a week later was still
    // on time if it came in on time.
    report.submittedOn = file.receivedOn;
    int filled = 0;
    for (const FormColumn &column : s.form.columns) {
        if (!column.derived.isEmpty())
            continue;
        if (!s.columnOf.contains(column.number)) {
            keepStored(s.same, column, tr("%1 没有这一栏").arg(where), report, file.warnings);
            continue;
        }
        const int col = s.columnOf.value(column.number);
        const QString address = CellAddress::toString(s.row, col);
        s.cellOf.insert(column.number, address);
        const XlsxCell cell = s.sheet.cell(s.row, col);
        const QString at = tr("%1 %2（第%3栏 %4）").arg(where, address).arg(column.number).arg(column.label);
        // A formula whose result the writing program did not store (as some generators
        // save them) looks blank, but is not: its figure is unknown until a spreadsheet
        // program computes it.
        if (cell.isFormula && cell.isEmpty()) {
            file.errors << tr("%1：公式没有计算结果，请在 Excel/WPS 中打开并保存后再导入。").arg(at);
            continue;
        }
        if (cell.isBlank()) {
            keepStored(s.same, column, tr("%1 %2 为空").arg(where, address), report, file.warnings);
            continue;
        }
        if (column.kind == ColumnKind::Text) {
            report.texts.insert(column.number, cell.displayText().trimmed());
            continue;
        }
        ++filled;
        double v = 0;
        if (cell.type == XlsxCell::Error)
            file.errors << tr("%1：公式的结果是错误值 %2。").arg(at, cell.text);
        else if (!cell.toNumber(&v))
            file.errors << tr("%1：“%2”不是数字。").arg(at, cell.displayText());
        else if (const QString problem = FigureLimits::problem(column.kind, v); !problem.isEmpty())
            file.errors << tr("%1 %2（第%3栏）：%4。").arg(where, address).arg(column.number).arg(problem);
        else
            report.numbers.insert(column.number, v);
    }
    if (s.failed())
        return false;
    if (filled == 0) {
        // Not a filing of this form: nothing of the sheet is stored (analyse() refuses the
        // file when no sheet holds a figure).
        file.warnings.resize(s.warningsBefore);
        file.warnings << tr("%1 第%2行：“%3”的填报栏全部为空，不是一份报表，%4未导入，已存的数据不变。")
                             .arg(where)
                             .arg(s.row + 1)
                             .arg(s.institution->name, s.form.attachment);
        file.forms.removeAll(s.formNumber);
        return false;
    }
    return true;
}

bool WorkbookImport::validate(Sheet &s)
{
    WorkbookFile &file = s.file;
    const QString &where = s.where;
    const FormDescription &form = s.form;
    const ReportingUnit &unit = *s.unit;
    const QList<Institution> &registry = s.ctx.registry;
    // The rules, against the institution's latest stored month before this one.
    Report checked = s.report;
    FormTableBuilder::fillDerived(form, unit, registry, checked);
    Report previous = s.before ? *s.before : Report();
    if (s.before)
        FormTableBuilder::fillDerived(form, unit, registry, previous);
    for (const Finding &f : FormValidator::validateReport(form, unit, checked, s.before ? &previous : nullptr,
                                                         s.ctx.campaign.firstPeriod())) {
        const QString at = f.column > 0 && s.cellOf.contains(f.column)
            ? tr("%1 %2（第%3栏）").arg(where, s.cellOf.value(f.column)).arg(f.column)
            : tr("%1 第%2行").arg(where).arg(s.row + 1);
        const QString text = tr("%1：%2").arg(at, f.message);
        if (f.isError())
            file.errors << text;
        else
            file.warnings << text;
    }
    // Cumulative figures never go down, looking forward too: an earlier month sent late
    // must not exceed what the unit already reported for a later one.
    if (s.after) {
        Report later = *s.after;
        FormTableBuilder::fillDerived(form, unit, registry, later);
        for (const Finding &f : FormValidator::validateAgainstLater(form, unit, checked, later))
            file.errors << tr("%1：%2").arg(cellText(s, f.column), f.message);
    }
    return !s.failed();
}

void WorkbookImport::compare(Sheet &s)
{
    Report &report = s.report;
    const Report *same = s.same;
    // A cumulative figure lower than the one stored for the same month is allowed (a
    // correction), but never quietly: an old template filled again would otherwise turn
    // the month back without a word.
    if (same) {
        for (const FormColumn &c : s.form.columns) {
            if (!c.isNumeric() || !report.hasNumber(c.number) || !same->hasNumber(c.number)
                || report.number(c.number) >= same->number(c.number) - kCumulativeSlack)
                continue;
            s.file.warnings << tr("%1：将已存的%2累计数%3改为%4（减少），请确认这是更正。")
                                   .arg(cellText(s, c.number), s.period.toChinese())
                                   .arg(same->number(c.number))
                                   .arg(report.number(c.number));
        }
    }

    ImportChange change = ImportChange::New;
    if (same) {
        change = same->numbers == report.numbers && same->texts == report.texts ? ImportChange::Unchanged
                                                                                : ImportChange::Changed;
        // Keep the original arrival: the same figures sent again are no new report.
        if (change == ImportChange::Unchanged)
            report.submittedOn = same->submittedOn;
    }
    s.file.reports << report;
    s.file.changes << change;
}

QString WorkbookImport::cellText(const Sheet &s, int column)
{
    return s.cellOf.contains(column) ? tr("%1 %2（第%3栏）").arg(s.where, s.cellOf.value(column)).arg(column)
                                     : tr("%1 第%2行第%3栏").arg(s.where).arg(s.row + 1).arg(column);
}

} // namespace qf

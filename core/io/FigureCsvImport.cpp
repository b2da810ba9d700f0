// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureCsvImport.h"

#include "forms/FigureLimits.h"
#include "forms/FormTableBuilder.h"
#include "forms/FormValidator.h"
#include "forms/ReportingUnit.h"
#include "io/KeptFigures.h"
#include "io/NumberText.h"
#include "model/NameKey.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace qf {

namespace {

// Names compare as everywhere else (NameKey): width, spaces and invisible marks do not count.
QString normalised(const QString &s)
{
    return NameKey::of(s);
}

// "(3)", "（3）", "3", "第3栏" all name column 3.
int columnNumberOf(const QString &header)
{
    static const QRegularExpression pattern(QStringLiteral(u"^\\s*(?:第)?[（(]?\\s*(\\d{1,2})\\s*[)）]?(?:栏)?\\s*$"));
    const auto m = pattern.match(header);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int formNumberOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(u"^\\s*(?:附件|表)?\\s*([123])\\s*$"));
    const auto m = pattern.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

Status FigureCsvImport::parse(const QString &fileName, const QList<CsvRecord> &records, const Context &ctx,
                              QList<Report> *reports, QList<Finding> *warnings)
{
    if (records.isEmpty())
        return Status::failure(tr("%1：文件是空的。").arg(fileName));
    const QStringList header = records.first().fields;
    const int headerLine = records.first().line;
    int formCol = -1, unitCol = -1, monthCol = -1, dateCol = -1;
    QHash<int, int> columnOf;   // csv column → form column number
    QHash<int, int> csvColumnOf;   // form column number → csv column, to name both of a pair
    Status headerStatus;
    // A second column of the same meaning would leave one of them unread: both are named.
    auto claim = [&](int *slot, int c) {
        if (*slot >= 0)
            headerStatus.add(tr("%1 第%2行第%3列：“%4”与第%5列“%6”是同一列，只能出现一次。")
                                 .arg(fileName).arg(headerLine).arg(c + 1).arg(header.at(c).trimmed()).arg(*slot + 1).arg(header.at(*slot).trimmed()));
        else
            *slot = c;
    };
    for (int c = 0; c < header.size(); ++c) {
        const QString h = header.at(c).trimmed();
        if (h == u"表" || h == u"表格" || h == u"报表")
            claim(&formCol, c);
        else if (h == u"单位" || h == u"填报单位" || h == u"项目")
            claim(&unitCol, c);
        else if (h == u"月份" || h == u"报表月份")
            claim(&monthCol, c);
        else if (h == u"报送日期")
            claim(&dateCol, c);
        else if (const int n = columnNumberOf(h)) {
            int slot = csvColumnOf.value(n, -1);
            claim(&slot, c);
            if (slot == c) {
                csvColumnOf.insert(n, c);
                columnOf.insert(c, n);
            }
        } else if (!h.isEmpty())
            headerStatus.add(tr("%1 第%2行第%3列：无法识别的表头“%4”。").arg(fileName).arg(headerLine).arg(c + 1).arg(h));
    }
    if (!headerStatus)
        return headerStatus;
    Status status;
    if (formCol < 0)
        status.add(tr("%1 第%2行：缺少“表”列。").arg(fileName).arg(headerLine));
    if (unitCol < 0)
        status.add(tr("%1 第%2行：缺少“单位”列。").arg(fileName).arg(headerLine));
    if (monthCol < 0)
        status.add(tr("%1 第%2行：缺少“月份”列。").arg(fileName).arg(headerLine));
    if (!status)
        return status;

    QHash<QString, const Institution *> byName;
    for (const Institution &i : ctx.registry) {
        byName.insert(normalised(i.name), &i);
        if (!i.shortName.isEmpty() && !byName.contains(normalised(i.shortName)))
            byName.insert(normalised(i.shortName), &i);
    }
    const QList<YearMonth> periods = ctx.campaign.reportingPeriods();

    QHash<QString, qsizetype> storedIndex;   // "form|unit|month" → the stored report
    for (qsizetype i = 0; i < ctx.stored.size(); ++i) {
        const Report &x = ctx.stored.at(i);
        storedIndex.insert(QStringLiteral("%1|%2|%3").arg(x.form).arg(x.unitKey, x.period.toString()), i);
    }

    QList<Report> parsed;
    Status limitProblems;        // values that parse but that no column of their kind can hold
    QSet<QString> refusedCells;  // "index in parsed|column" of those values
    QHash<QString, ReportingUnit> unitOf;
    QSet<QString> seen;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        auto cell = [&](int c) { return c >= 0 && c < rec.fields.size() ? rec.fields.at(c).trimmed() : QString(); };
        auto where = [&](int c) { return tr("%1 第%2行第%3列（%4）").arg(fileName).arg(rec.line).arg(c + 1).arg(header.value(c)); };
        const int form = formNumberOf(cell(formCol));
        if (!form) {
            status.add(tr("%1：“%2”不是附件1、附件2或附件3。").arg(where(formCol), cell(formCol)));
            continue;
        }
        const FormDescription &desc = FormCatalog::form(form);
        const YearMonth period = YearMonth::parse(cell(monthCol));
        if (!period.isValid()) {
            status.add(tr("%1：“%2”不是有效的月份，应写成 YYYY-MM。").arg(where(monthCol), cell(monthCol)));
            continue;
        }
        if (!periods.contains(period)) {
            status.add(tr("%1：%2不在本专项整治的报送月份（%3至%4）内。")
                           .arg(where(monthCol), period.toChinese(), ctx.campaign.firstPeriod().toChinese(),
                                ctx.campaign.lastPeriod().toChinese()));
            continue;
        }
        ReportingUnit unit;
        bool unitFound = false;
        for (const ReportingUnit &u : ReportingUnits::forForm(desc, ctx.registry, period)) {
            const bool sameName = normalised(u.name) == normalised(cell(unitCol));
            const Institution *byShort = byName.value(normalised(cell(unitCol)));
            if (sameName || (byShort && u.institutionId == byShort->id)) {
                unit = u;
                unitFound = true;
                break;
            }
        }
        if (!unitFound) {
            const Institution *known = byName.value(normalised(cell(unitCol)));
            if (known)
                status.add(tr("%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。")
                               .arg(where(unitCol), cell(unitCol), period.toChinese(), desc.attachment));
            else
                status.add(tr("%1：找不到单位“%2”（%3的单位应为机构名册中的名称%4）。")
                               .arg(where(unitCol), cell(unitCol), desc.attachment,
                                    form == 2 ? tr("或“公立医院 三级”等分类") : QString()));
            continue;
        }
        const QString key = QStringLiteral("%1|%2|%3").arg(form).arg(unit.key, period.toString());
        if (seen.contains(key)) {
            status.add(tr("%1：%2 %3的%4在文件中重复出现。").arg(where(unitCol), unit.name, period.toChinese(), desc.attachment));
            continue;
        }
        seen.insert(key);

        Report report;
        report.campaignId = ctx.campaign.id;
        report.form = form;
        report.unitKey = unit.key;
        report.period = period;
        report.source = ReportSource::Imported;
        report.sourceFile = fileName;
        report.submittedOn = ctx.today;
        if (dateCol >= 0 && !cell(dateCol).isEmpty()) {
            report.submittedOn = QDate::fromString(cell(dateCol), Qt::ISODate);
            if (!report.submittedOn.isValid())
                status.add(tr("%1：“%2”不是有效的日期，应写成 YYYY-MM-DD。").arg(where(dateCol), cell(dateCol)));
        }
        // A column the file does not have, or a blank cell, is no figure: the stored month's
        // value stays (and the import says so), exactly as a workbook's blank cell.
        const qsizetype storedAt = storedIndex.value(key, -1);
        const Report *same = storedAt >= 0 ? &ctx.stored.at(storedAt) : nullptr;
        auto keep = [&](const FormColumn &column, const QString &what) {
            const QString kept = KeptFigures::keep(same, column, what, report);
            if (kept.isEmpty() || !warnings)
                return;
            Finding f;
            f.severity = Finding::Severity::Warning;
            f.form = form;
            f.unitKey = unit.key;
            f.unitName = unit.name;
            f.period = period;
            f.column = column.number;
            f.ruleId = QStringLiteral("kept-stored");
            f.message = kept;
            *warnings << f;
        };
        for (const FormColumn &column : desc.columns)
            if (column.derived.isEmpty() && !csvColumnOf.contains(column.number))
                keep(column, tr("%1 第%2行没有这一栏").arg(fileName).arg(rec.line));
        for (auto it = columnOf.constBegin(); it != columnOf.constEnd(); ++it) {
            const FormColumn *column = desc.column(it.value());
            const QString text = cell(it.key());
            if (!column) {
                if (!text.isEmpty())
                    status.add(tr("%1：%2没有第%3栏。").arg(where(it.key()), desc.attachment).arg(it.value()));
                continue;
            }
            if (text.isEmpty()) {
                if (column->derived.isEmpty())
                    keep(*column, tr("%1 为空").arg(where(it.key())));
                continue;
            }
            if (!column->derived.isEmpty()) {
                status.add(tr("%1：第%2栏（%3）由机构名册自动计算，不能导入。").arg(where(it.key())).arg(column->number).arg(column->label));
                continue;
            }
            if (column->kind == ColumnKind::Text) {
                report.texts.insert(column->number, text);
                continue;
            }
            double v = 0;
            if (!NumberText::parse(text, &v)) {
                status.add(tr("%1：“%2”不是数字。").arg(where(it.key()), text));
                continue;
            }
            // A value the column cannot hold is refused here, but kept for the form's rules
            // below, so that one file's every problem is listed at once; the validator's
            // own words on the same cell would only repeat it.
            if (const QString problem = FigureLimits::problem(column->kind, v); !problem.isEmpty()) {
                limitProblems.add(tr("%1：%2。").arg(where(it.key()), problem));
                refusedCells.insert(QStringLiteral("%1|%2").arg(parsed.size()).arg(column->number));
            }
            report.numbers.insert(column->number, v);
        }
        unitOf.insert(key, unit);
        parsed << report;
    }
    if (!status) {
        status.add(limitProblems);
        return status;
    }

    // Check each new report against the figures it follows: stored ones, or earlier
    // months of the same file, which replace stored ones for the same unit and month.
    QHash<QString, QList<Report>> series;
    auto seriesKey = [](const Report &r) { return QStringLiteral("%1|%2").arg(r.form).arg(r.unitKey); };
    // Only the series this file touches: a file of one unit's month must not cost a pass
    // over every stored report of the county (many small files in a row would).
    QSet<QString> touchedUnits;
    for (const Report &r : parsed)
        touchedUnits.insert(r.unitKey);
    for (const Report &r : ctx.stored)
        if (touchedUnits.contains(r.unitKey))
            series[seriesKey(r)] << r;
    for (const Report &r : parsed) {
        QList<Report> &list = series[seriesKey(r)];
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Report &x) { return x.period == r.period; }), list.end());
        list << r;
    }
    for (auto &list : series)
        std::sort(list.begin(), list.end(), [](const Report &a, const Report &b) { return a.period < b.period; });

    status.add(limitProblems);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const Report &r = parsed.at(i);
        const QList<Report> &list = series.value(seriesKey(r));
        const Report *before = nullptr;
        const Report *after = nullptr;
        for (const Report &x : list) {
            if (x.period < r.period)
                before = &x;
            else if (x.period > r.period && !after)
                after = &x;
        }
        const ReportingUnit &unit = unitOf.value(QStringLiteral("%1|%2|%3").arg(r.form).arg(r.unitKey, r.period.toString()));
        const FormDescription &desc = FormCatalog::form(r.form);
        // Derived columns take part in the rules but are never stored.
        Report checked = r;
        FormTableBuilder::fillDerived(desc, unit, ctx.registry, checked);
        Report previous = before ? *before : Report();
        if (before)
            FormTableBuilder::fillDerived(desc, unit, ctx.registry, previous);
        for (const Finding &f : FormValidator::validateReport(desc, unit, checked, before ? &previous : nullptr,
                                                               ctx.campaign.firstPeriod())) {
            const bool said = refusedCells.contains(QStringLiteral("%1|%2").arg(i).arg(f.column))
                && (f.ruleId == u"non-negative" || f.ruleId == u"whole-number");
            if (said)
                continue;
            if (f.isError())
                status.add(tr("%1：%2").arg(fileName, f.describe()));
            else if (warnings)
                *warnings << f;
        }
        // Looking forward too: a stored later month (signed or not) must not fall below
        // this one. A later month of the same file is judged against this one above.
        const bool laterInFile = after && std::any_of(parsed.cbegin(), parsed.cend(), [&](const Report &p) {
            return p.form == after->form && p.unitKey == after->unitKey && p.period == after->period;
        });
        if (after && !laterInFile) {
            Report later = *after;
            FormTableBuilder::fillDerived(desc, unit, ctx.registry, later);
            for (const Finding &f : FormValidator::validateAgainstLater(desc, unit, checked, later))
                status.add(tr("%1：%2").arg(fileName, f.describe()));
        }
    }
    if (!status)
        return status;
    *reports = parsed;
    return Status::success();
}

Status FigureCsvImport::parseFile(const QString &path, const Context &context, QList<Report> *reports,
                                  QList<Finding> *warnings)
{
    QList<CsvRecord> records;
    Status s = CsvReader::readFile(path, &records);
    if (!s)
        return s;
    return parse(QFileInfo(path).fileName(), records, context, reports, warnings);
}

} // namespace qf

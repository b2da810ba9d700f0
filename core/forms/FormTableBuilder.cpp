// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormTableBuilder.h"

#include "FormValidator.h"

#include <QHash>
#include <algorithm>

namespace qf::FormTableBuilder {

namespace {

constexpr char16_t kRegistryDerived[] = u"contracted-institutions";

FormValue sumInto(FormValue acc, const FormValue &v)
{
    if (!v.present)
        return acc;
    acc.present = true;
    acc.number += v.number;
    acc.increase += v.increase;
    acc.derived = acc.derived || v.derived;
    return acc;
}

QVector<FormValue> unitValues(const FormDescription &form, const UnitFigures &u)
{
    QVector<FormValue> values(form.columns.size());
    for (int i = 0; i < form.columns.size(); ++i) {
        const FormColumn &c = form.columns.at(i);
        FormValue &v = values[i];
        v.derived = !c.derived.isEmpty();
        if (c.kind == ColumnKind::Text) {
            v.text = u.current.texts.value(c.number);
            v.present = !v.text.isEmpty();
            continue;
        }
        if (!u.current.hasNumber(c.number))
            continue;
        v.present = true;
        v.number = u.current.number(c.number);
        v.increase = v.number - u.previous.number(c.number);
    }
    return values;
}

} // namespace

void fillDerived(const FormDescription &form, const ReportingUnit &unit, const QList<Institution> &registry, Report &report)
{
    for (const FormColumn &c : form.columns) {
        if (c.derived != kRegistryDerived)
            continue;
        const UnitFilter &filter = unit.institutionId ? UnitFilter{} : unit.categorySelect;
        report.numbers.insert(c.number, ReportingUnits::contractedCount(registry, filter, report.period));
    }
}

FormTable build(const FormInputs &in)
{
    const FormDescription &form = *in.form;
    FormTable table;
    table.form = in.form;
    table.period = in.period;
    table.year = in.year;
    table.title = form.title(in.year);
    table.reportingBody = in.reportingBody;
    table.fillDate = in.fillDate;
    table.header = form.headerCells();
    table.signature = form.signature;
    table.notesHeading = form.notesHeading;
    table.notes = form.notes(in.year);

    QHash<QString, QList<Report>> byUnit;
    for (const Report &r : in.reports)
        if (r.form == form.number && r.period <= in.period)
            byUnit[r.unitKey] << r;
    for (auto &list : byUnit)
        std::sort(list.begin(), list.end(), [](const Report &a, const Report &b) { return a.period < b.period; });

    const bool hasDerived = std::any_of(form.columns.cbegin(), form.columns.cend(),
                                        [](const FormColumn &c) { return !c.derived.isEmpty(); });
    QHash<QString, QList<Report>> history;
    for (const ReportingUnit &unit : ReportingUnits::forForm(form, in.registry, in.period)) {
        UnitFigures u;
        u.unit = unit;
        const QList<Report> &list = byUnit.value(unit.key);
        const Report *atMonth = nullptr;
        const Report *before = nullptr;
        for (const Report &r : list) {
            if (r.period <= in.period)
                atMonth = &r;
            if (r.period < in.period)
                before = &r;
        }
        u.hasAny = atMonth != nullptr;
        if (atMonth) {
            u.current = *atMonth;
            u.reported = atMonth->period == in.period;
            if (!u.reported)
                u.carriedFrom = atMonth->period;
        } else {
            u.current.form = form.number;
            u.current.unitKey = unit.key;
        }
        u.current.period = in.period;
        if (before)
            u.previous = *before;
        u.previous.period = before ? before->period : YearMonth();
        if (hasDerived) {
            fillDerived(form, unit, in.registry, u.current);
            if (u.previous.period.isValid())
                fillDerived(form, unit, in.registry, u.previous);
        }
        QList<Report> earlier;
        for (const Report &r : list)
            if (r.period < in.period)
                earlier << r;
        history.insert(unit.key, earlier);
        table.units << u;
    }

    const int columnCount = int(form.columns.size());
    auto rowFor = [&](RowStyle style, const UnitFilter *filter) {
        FormRow row;
        row.style = style;
        row.values.resize(columnCount);
        for (const UnitFigures &u : table.units) {
            if (filter && !u.unit.matches(*filter))
                continue;
            const QVector<FormValue> values = unitValues(form, u);
            for (int i = 0; i < columnCount; ++i)
                if (form.columns.at(i).isNumeric())
                    row.values[i] = sumInto(row.values[i], values[i]);
            if (u.carriedFrom.isValid())
                row.carriedUnits << u.unit.name;
            if (!u.reported)
                row.missingUnits << u.unit.name;
        }
        return row;
    };

    if (form.layout == FormDescription::Layout::Units) {
        FormRow total = rowFor(RowStyle::Total, nullptr);
        total.labels << SpanCell{0, 0, 1, 1, QStringLiteral("1")} << SpanCell{0, 1, 1, 1, form.totalLabel};
        table.rows << total;
        int seq = 2;
        for (const UnitFigures &u : table.units) {
            FormRow row;
            row.style = RowStyle::Unit;
            row.unitKey = u.unit.key;
            row.values = unitValues(form, u);
            const int index = int(table.rows.size());
            row.labels << SpanCell{index, 0, 1, 1, QString::number(seq++)} << SpanCell{index, 1, 1, 1, u.unit.name};
            if (u.carriedFrom.isValid())
                row.carriedUnits << u.unit.name;
            if (!u.reported)
                row.missingUnits << u.unit.name;
            table.rows << row;
        }
    } else {
        for (const CategoryRow &cat : form.rows) {
            FormRow row = rowFor(cat.style, &cat.select);
            const int index = int(table.rows.size());
            for (SpanCell label : cat.labels) {
                label.row = index;
                row.labels << label;
            }
            if (!cat.unit.isEmpty()) {
                row.unitKey = UnitKey::category(cat.unit);
                // A category row that is itself a unit shows the unit's own remarks.
                for (const UnitFigures &u : table.units)
                    if (u.unit.key == row.unitKey)
                        for (int i = 0; i < columnCount; ++i)
                            if (!form.columns.at(i).isNumeric())
                                row.values[i] = unitValues(form, u)[i];
            }
            table.rows << row;
        }
    }

    table.findings = FormValidator::validate(form, in.period, table.units, history);
    return table;
}

} // namespace qf::FormTableBuilder

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormTableBuilder.h"

#include "FormValidator.h"

#include <QHash>
#include <algorithm>
#include <cmath>

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
    acc.fromLedger = acc.fromLedger || v.fromLedger;
    acc.overridden = acc.overridden || v.overridden;
    return acc;
}

// The ledgers' figures and the reasons for typed figures that stand against them.
class LedgerOverlay
{
public:
    LedgerOverlay(const FormDescription &form, const FormInputs &in) : m_form(form)
    {
        for (const Report &r : in.derived)
            if (r.form == form.number)
                m_derived[r.unitKey].insert(r.period.toString(), r);
        for (const FigureOverride &o : in.overrides)
            if (o.form == form.number)
                m_reasons.insert(cellKey(o.unitKey, o.period, o.column), o.reason);
    }

    const Report *derived(const QString &unit, const YearMonth &period) const
    {
        const auto u = m_derived.constFind(unit);
        if (u == m_derived.constEnd())
            return nullptr;
        const auto r = u->constFind(period.toString());
        return r == u->constEnd() ? nullptr : &*r;
    }

    /// The ledgers make every figure the unit would type.
    bool coversAll(const QString &unit, const YearMonth &period) const
    {
        const Report *d = derived(unit, period);
        if (!d)
            return false;
        for (const FormColumn &c : m_form.columns)
            if (c.isNumeric() && c.derived.isEmpty() && !d->hasNumber(c.number))
                return false;
        return true;
    }

    /// Lays the month's ledger figures over `values`. typedAtMonth is the unit's own report
    /// of that month: a typed figure there that differs from the ledger's stands only with
    /// a reason. Marks and findings are written when asked for.
    void apply(Report &values, const ReportingUnit &unit, const YearMonth &period, const Report *typedAtMonth,
               UnitFigures *marks, QList<Finding> *findings) const
    {
        const Report *d = derived(unit.key, period);
        if (!d)
            return;
        for (auto it = d->numbers.constBegin(); it != d->numbers.constEnd(); ++it) {
            const int column = it.key();
            const double ledger = it.value();
            if (typedAtMonth && typedAtMonth->hasNumber(column)
                && std::fabs(typedAtMonth->number(column) - ledger) > 1e-6) {
                const double typed = typedAtMonth->number(column);
                const QString reason = m_reasons.value(cellKey(unit.key, period, column));
                if (!reason.isEmpty()) {
                    values.numbers.insert(column, typed);
                    if (marks)
                        marks->overrides.insert(column, reason);
                    if (findings)
                        *findings << Finding{Finding::Severity::Warning, m_form.number, unit.key, unit.name, period, column,
                                             QStringLiteral("ledger-override"),
                                             Finding::tr("采用填报数%1，台账计算为%2；理由：%3").arg(typed).arg(ledger).arg(reason)};
                    continue;
                }
                if (findings)
                    *findings << Finding{Finding::Severity::Error, m_form.number, unit.key, unit.name, period, column,
                                         QStringLiteral("ledger-mismatch"),
                                         Finding::tr("填报数%1与台账计算数%2不符：请核对台账，或写明理由后采用填报数")
                                             .arg(typed).arg(ledger)};
            }
            values.numbers.insert(column, ledger);
            if (marks)
                marks->ledgerColumns.insert(column);
        }
    }

private:
    static QString cellKey(const QString &unit, const YearMonth &period, int column)
    {
        return QStringLiteral("%1|%2|%3").arg(unit, period.toString()).arg(column);
    }
    const FormDescription &m_form;
    QHash<QString, QHash<QString, Report>> m_derived;
    QHash<QString, QString> m_reasons;
};

QVector<FormValue> unitValues(const FormDescription &form, const UnitFigures &u)
{
    QVector<FormValue> values(form.columns.size());
    for (int i = 0; i < form.columns.size(); ++i) {
        const FormColumn &c = form.columns.at(i);
        FormValue &v = values[i];
        v.fromLedger = u.ledgerColumns.contains(c.number);
        v.overridden = u.overrides.contains(c.number);
        v.derived = !c.derived.isEmpty() || v.fromLedger;
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
    const LedgerOverlay ledgers(form, in);
    QList<Finding> ledgerFindings;
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
        u.hasAny = atMonth != nullptr || ledgers.derived(unit.key, in.period);
        const Report *typedNow = atMonth && atMonth->period == in.period ? atMonth : nullptr;
        if (atMonth) {
            u.current = *atMonth;
            u.reported = typedNow != nullptr;
            if (!u.reported)
                u.carriedFrom = atMonth->period;
        } else {
            u.current.form = form.number;
            u.current.unitKey = unit.key;
        }
        if (!u.reported && ledgers.coversAll(unit.key, in.period)) {
            // Nothing typed is needed: the ledgers make the whole month.
            u.reported = true;
            u.carriedFrom = YearMonth();
            u.current.texts.clear();
            u.current.source = ReportSource::Derived;
        }
        u.current.period = in.period;
        ledgers.apply(u.current, unit, in.period, typedNow, &u, &ledgerFindings);
        if (before)
            u.previous = *before;
        u.previous.period = before ? before->period : YearMonth();
        u.previousTyped = u.previous.period;
        if (ledgers.derived(unit.key, in.period.previous())) {
            const Report *typedBefore = before && before->period == in.period.previous() ? before : nullptr;
            ledgers.apply(u.previous, unit, in.period.previous(), typedBefore, nullptr, nullptr);
            u.previous.period = in.period.previous();
        }
        if (hasDerived) {
            fillDerived(form, unit, in.registry, u.current);
            if (u.previous.period.isValid())
                fillDerived(form, unit, in.registry, u.previous);
        }
        table.units << u;
    }

    const int columnCount = int(form.columns.size());
    // Each unit's values once: a category form sums every unit into several rows.
    QList<QVector<FormValue>> valuesOf;
    valuesOf.reserve(table.units.size());
    for (const UnitFigures &u : std::as_const(table.units))
        valuesOf << unitValues(form, u);
    auto rowFor = [&](RowStyle style, const UnitFilter *filter) {
        FormRow row;
        row.style = style;
        row.values.resize(columnCount);
        for (int n = 0; n < table.units.size(); ++n) {
            const UnitFigures &u = table.units.at(n);
            if (filter && !u.unit.matches(*filter))
                continue;
            const QVector<FormValue> &values = valuesOf.at(n);
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
        for (int n = 0; n < table.units.size(); ++n) {
            const UnitFigures &u = table.units.at(n);
            FormRow row;
            row.style = RowStyle::Unit;
            row.unitKey = u.unit.key;
            row.values = valuesOf.at(n);
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
                for (int n = 0; n < table.units.size(); ++n)
                    if (table.units.at(n).unit.key == row.unitKey)
                        for (int i = 0; i < columnCount; ++i)
                            if (!form.columns.at(i).isNumeric())
                                row.values[i] = valuesOf.at(n).at(i);
            }
            table.rows << row;
        }
    }

    table.findings = FormValidator::validate(form, table.units, in.countingFrom);
    table.findings << ledgerFindings;
    return table;
}

} // namespace qf::FormTableBuilder

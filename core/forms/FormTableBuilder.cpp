// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormTableBuilder.h"

#include "FormValidator.h"
#include "SignedSnapshot.h"

#include <QCoreApplication>
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

// The units of a signed form are those it was signed with, in the same order: a unit
// that stopped reporting since stays, one that started does not join.
QList<ReportingUnit> signedUnits(const SignedSnapshot::Frozen &frozen, const QList<ReportingUnit> &live,
                                 const QList<Institution> &registry)
{
    QList<ReportingUnit> units;
    for (const QString &key : frozen.unitOrder) {
        const auto found = std::find_if(live.cbegin(), live.cend(), [&](const ReportingUnit &u) { return u.key == key; });
        if (found != live.cend()) {
            units << *found;
            continue;
        }
        const qint64 id = UnitKey::institutionId(key);
        const auto institution = std::find_if(registry.cbegin(), registry.cend(), [&](const Institution &i) { return i.id == id; });
        if (id && institution != registry.cend()) {
            units << ReportingUnits::fromInstitution(*institution);
            continue;
        }
        ReportingUnit gone;
        gone.key = key;
        gone.name = frozen.unitNames.value(key);
        gone.institutionId = id;
        units << gone;
    }
    return units;
}

// Where the figures the registry and the ledgers give now differ from the signed ones:
// the signed month keeps its figures, and the difference counts in the next open month.
QList<Finding> frozenFindings(const FormTable &table, const FormTable &live, const SignedSnapshot::Frozen &frozen)
{
    QList<Finding> findings;
    const FormDescription &form = *table.form;
    auto finding = [&](const QString &unitKey, const QString &unitName, int i, const FormValue &now, const FormValue &kept) {
        const FormColumn &c = form.columns.at(i);
        const QString blank = Finding::tr("空白");
        const QString nowText = now.present ? table.valueText(now, c) : blank;
        const QString keptText = kept.present ? table.valueText(kept, c) : blank;
        findings << Finding{Finding::Severity::Warning, form.number, unitKey, unitName, table.period, c.number,
                            QStringLiteral("signed-month-frozen"),
                            Finding::tr("本月已验收或已签发，数字按当时冻结为%1；台账或名册此后的变化（现算为%2）计入下一个未签发的月份")
                                .arg(keptText, nowText)};
    };
    const QVector<FormValue> none(form.columns.size());
    for (const UnitFigures &u : table.units) {
        if (!frozen.units.contains(u.unit.key))
            continue;
        const QVector<FormValue> kept = SignedSnapshot::values(form, frozen.units.value(u.unit.key));
        QVector<FormValue> now = none;
        for (const UnitFigures &l : live.units)
            if (l.unit.key == u.unit.key)
                now = FormTableBuilder::unitValues(form, l);
        for (int i = 0; i < form.columns.size(); ++i)
            if (SignedSnapshot::differs(now.at(i), kept.at(i))) {
                finding(u.unit.key, u.unit.name, i, now.at(i), kept.at(i));
                break;
            }
    }
    if (!frozen.wholeForm)
        return findings;
    // The body rows (totals): one finding for the first row that differs.
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVector<FormValue> &now = r < live.rows.size() ? live.rows.at(r).values : none;
        for (int i = 0; i < form.columns.size(); ++i)
            if (SignedSnapshot::differs(now.at(i), table.rows.at(r).values.at(i))) {
                const FormRow &row = table.rows.at(r);
                finding(QString(), row.labels.isEmpty() ? QString() : row.labels.last().text, i, now.at(i), row.values.at(i));
                return findings;
            }
    }
    return findings;
}

FormTable assemble(const FormInputs &in, const SignedSnapshot::Frozen &now, const SignedSnapshot::Frozen &signedBefore);

} // namespace

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
    const SignedSnapshot::Frozen now = SignedSnapshot::collect(in.signedFigures, in.form->number, in.period);
    const SignedSnapshot::Frozen previous = SignedSnapshot::collect(in.signedFigures, in.form->number, in.period.previous());
    FormTable table = assemble(in, now, previous);
    // Only a signed month is built twice: once as signed, once as it would be now.
    if (!now.isEmpty())
        table.findings << frozenFindings(table, assemble(in, {}, {}), now);
    return table;
}

namespace {

FormTable assemble(const FormInputs &in, const SignedSnapshot::Frozen &now, const SignedSnapshot::Frozen &signedBefore)
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
    QList<ReportingUnit> units = ReportingUnits::forForm(form, in.registry, in.period);
    if (now.wholeForm)
        units = signedUnits(now, units, in.registry);
    for (const ReportingUnit &unit : std::as_const(units)) {
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
        // A signed month shows what was signed; the month after it counts from there.
        if (const auto signedNow = now.units.constFind(unit.key); signedNow != now.units.constEnd())
            SignedSnapshot::applyToUnit(form, *signedNow, u);
        else if (const auto kept = signedBefore.units.constFind(unit.key); kept != signedBefore.units.constEnd())
            SignedSnapshot::applyAsPrevious(form, *kept, in.period.previous(), u.previous);
        table.units << u;
    }
    // What the ledgers say now about a signed unit is not this month's business.
    ledgerFindings.removeIf([&](const Finding &f) { return now.units.contains(f.unitKey); });

    const int columnCount = int(form.columns.size());
    // Each unit's values once: a category form sums every unit into several rows.
    QList<QVector<FormValue>> valuesOf;
    valuesOf.reserve(table.units.size());
    for (const UnitFigures &u : std::as_const(table.units)) {
        const auto signedNow = now.units.constFind(u.unit.key);
        valuesOf << (signedNow != now.units.constEnd() ? SignedSnapshot::values(form, *signedNow) : unitValues(form, u));
    }
    auto rowFor = [&](RowStyle style, const UnitFilter *filter) {
        FormRow row;
        row.style = style;
        row.values.resize(columnCount);
        int matched = 0;
        QVector<QStringList> remarks(columnCount);
        for (int n = 0; n < table.units.size(); ++n) {
            const UnitFigures &u = table.units.at(n);
            if (filter && !u.unit.matches(*filter))
                continue;
            ++matched;
            const QVector<FormValue> &values = valuesOf.at(n);
            for (int i = 0; i < columnCount; ++i)
                if (form.columns.at(i).isNumeric())
                    row.values[i] = sumInto(row.values[i], values[i]);
                else if (style == RowStyle::Leaf && !values.at(i).text.isEmpty())
                    remarks[i] << QCoreApplication::translate("FormTableBuilder", "%1：%2").arg(u.unit.name, values.at(i).text);
            if (u.carriedFrom.isValid())
                row.carriedUnits << u.unit.name;
            if (!u.reported)
                row.missingUnits << u.unit.name;
        }
        // A category no institution falls in has nothing to count: 0, as a category
        // that reports for itself (附件2) shows it, not a blank that reads as missing.
        if (matched == 0 && form.unitSource == FormDescription::UnitSource::Institutions)
            for (int i = 0; i < columnCount; ++i)
                if (form.columns.at(i).isNumeric())
                    row.values[i].present = true;
        // The units' remarks go into their category's row, each with the unit's name.
        for (int i = 0; i < columnCount; ++i)
            if (!remarks.at(i).isEmpty()) {
                row.values[i].text = remarks.at(i).join(QCoreApplication::translate("FormTableBuilder", "；"));
                row.values[i].present = true;
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

    // A signed form's body rows, totals included, are the ones signed (blank where absent).
    if (now.wholeForm)
        for (int r = 0; r < table.rows.size(); ++r)
            table.rows[r].values = SignedSnapshot::values(form, now.rows.value(r));

    table.findings = FormValidator::validate(form, table.units, in.countingFrom);
    table.findings << ledgerFindings;
    return table;
}

} // namespace

} // namespace qf::FormTableBuilder

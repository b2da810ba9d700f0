// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFigures.h"

#include "forms/FormDescription.h"
#include "forms/FormTable.h"

#include <QSet>
#include <cmath>

namespace qf {

namespace {

// Money is summed from whole 元 and the forms state it in 万元 with two decimals, as a typed
// figure must be (FigureLimits): a cell's sum is rounded half up to the nearest 100 元, so
// that the ledger's figure is one a clerk could type, and typing it is no mismatch. Counts
// are whole already.
double tidy(double v, int form, int column)
{
    const FormColumn *c = FormCatalog::form(form).column(column);
    const qint64 yuan = std::llround(v * 10000.0);
    if (!c || c->kind != ColumnKind::Amount)
        return double(yuan) / 10000.0;
    const qint64 hundreds = yuan >= 0 ? (yuan + 50) / 100 : -((-yuan + 50) / 100);
    return double(hundreds) / 100.0;
}

} // namespace

LedgerFigures::LedgerFigures(const LedgerSnapshot &ledgers, const QList<Institution> &registry, qint64 campaignId)
    : m_registry(registry), m_campaignId(campaignId), m_keepers(LedgerEntries::keepers(ledgers))
{
    for (int i = 0; i < m_registry.size(); ++i)
        m_institutionIndex.insert(m_registry.at(i).id, i);
    for (int form : FormCatalog::numbers())
        m_entries.insert(form, LedgerEntries::collect(ledgers, form));
}

QList<ReportingUnit> LedgerFigures::unitsFor(int form, const YearMonth &period) const
{
    return ReportingUnits::forForm(FormCatalog::form(form), m_registry, period);
}

bool LedgerFigures::belongs(const LedgerEntry &e, const ReportingUnit &unit) const
{
    if (unit.institutionId != 0)
        return e.institutionId == unit.institutionId;
    // 附件2's rows are 医保定点 institutions: an inspection of one that is not contracted
    // is in the ledger but not in the form.
    const auto it = m_institutionIndex.constFind(e.institutionId);
    if (it == m_institutionIndex.constEnd())
        return false;
    const Institution &i = m_registry.at(*it);
    return i.contracted && unit.categorySelect.matches(i.kind, i.ownership, i.level);
}

bool LedgerFigures::covers(const LedgerColumnRule &rule, const ReportingUnit &unit) const
{
    const auto keepers = m_keepers.constFind(rule.groupKey());
    if (keepers == m_keepers.constEnd())
        return false;
    if (rule.campaignScope)
        return !keepers->isEmpty();
    return unit.institutionId != 0 && keepers->contains(unit.institutionId);
}

QList<int> LedgerFigures::coveredColumns(int form, const ReportingUnit &unit) const
{
    QList<int> columns;
    for (const LedgerColumnRule &rule : LedgerColumnRules::forForm(form))
        if (covers(rule, unit))
            columns << rule.column;
    return columns;
}

QList<Report> LedgerFigures::derive(int form, const QList<YearMonth> &periods) const
{
    QList<Report> reports;
    const QList<LedgerEntry> &entries = m_entries[form];
    // An institution's row takes only its own entries: looking them up instead of walking
    // every entry of the form for each unit and month keeps a county's year linear.
    QList<const LedgerEntry *> all;
    QHash<qint64, QList<const LedgerEntry *>> byInstitution;
    for (const LedgerEntry &e : entries) {
        all << &e;
        byInstitution[e.institutionId] << &e;
    }
    const QList<const LedgerEntry *> none;
    // Which ledgers a unit keeps does not depend on the month.
    QHash<QString, QList<int>> columnsOf;
    for (const YearMonth &period : periods) {
        const QDate end = period.lastDay();
        for (const ReportingUnit &unit : unitsFor(form, period)) {
            auto known = columnsOf.constFind(unit.key);
            if (known == columnsOf.constEnd())
                known = columnsOf.insert(unit.key, coveredColumns(form, unit));
            const QList<int> &columns = *known;
            if (columns.isEmpty())
                continue;
            Report r;
            r.campaignId = m_campaignId;
            r.form = form;
            r.unitKey = unit.key;
            r.period = period;
            r.source = ReportSource::Derived;
            for (int c : columns)
                r.numbers.insert(c, 0);
            QHash<int, QSet<QString>> seen;
            const QList<const LedgerEntry *> *candidates = &all;
            if (unit.institutionId != 0) {
                const auto own = byInstitution.constFind(unit.institutionId);
                candidates = own == byInstitution.constEnd() ? &none : &*own;
            }
            for (const LedgerEntry *entry : *candidates) {
                const LedgerEntry &e = *entry;
                if (!r.numbers.contains(e.column) || !e.countsOn(end) || !belongs(e, unit))
                    continue;
                if (!e.distinctKey.isEmpty()) {
                    if (seen[e.column].contains(e.distinctKey))
                        continue;
                    seen[e.column].insert(e.distinctKey);
                }
                r.numbers[e.column] += e.amount;
            }
            for (auto it = r.numbers.begin(); it != r.numbers.end(); ++it)
                *it = tidy(*it, form, it.key());
            reports << r;
        }
    }
    return reports;
}

const ReportingUnit *LedgerFigures::findUnit(int form, const QString &key, const YearMonth &period,
                                             QList<ReportingUnit> &scratch) const
{
    if (scratch.isEmpty())
        scratch = unitsFor(form, period);
    for (const ReportingUnit &u : scratch)
        if (u.key == key)
            return &u;
    return nullptr;
}

LedgerCell LedgerFigures::explain(int form, int column, const YearMonth &period, const QStringList &unitKeys) const
{
    LedgerCell cell;
    cell.form = form;
    cell.column = column;
    cell.period = period;
    const LedgerColumnRule *rule = LedgerColumnRules::find(form, column);
    if (!rule)
        return cell;
    cell.how = rule->description();
    const QDate end = period.lastDay();
    QList<ReportingUnit> scratch;
    QList<const ReportingUnit *> units;
    for (const QString &key : unitKeys)
        if (const ReportingUnit *u = findUnit(form, key, period, scratch); u && covers(*rule, *u)) {
            units << u;
            cell.covered = true;
        }
    // Distinct institutions are counted within each unit, as derive() does, and each unit's
    // figure is rounded as derive() rounds it before a total adds them up.
    QHash<QString, QSet<QString>> seen;
    QHash<QString, double> perUnit;
    for (const LedgerEntry &e : m_entries[form]) {
        if (e.column != column || !e.countsOn(end))
            continue;
        for (const ReportingUnit *u : units) {
            if (!belongs(e, *u))
                continue;
            LedgerCell::Item item;
            item.entry = e;
            const auto it = m_institutionIndex.constFind(e.institutionId);
            item.institutionName = it == m_institutionIndex.constEnd() ? QString() : m_registry.at(*it).name;
            if (!e.distinctKey.isEmpty()) {
                item.counted = !seen[u->key].contains(e.distinctKey);
                seen[u->key].insert(e.distinctKey);
            }
            if (item.counted)
                perUnit[u->key] += e.distinctKey.isEmpty() ? e.amount : 1;
            cell.items << item;
            break;
        }
    }
    for (const double v : std::as_const(perUnit))
        cell.value += tidy(v, form, column);
    cell.value = tidy(cell.value, form, column);
    return cell;
}

QStringList LedgerFigures::unitsOfRow(const FormTable &table, int row)
{
    QStringList keys;
    if (!table.form || row < 0 || row >= table.rows.size())
        return keys;
    const FormRow &r = table.rows.at(row);
    if (r.style == RowStyle::Unit && !r.unitKey.isEmpty())
        return {r.unitKey};
    std::optional<UnitFilter> filter;
    if (table.form->layout == FormDescription::Layout::Categories && row < table.form->rows.size())
        filter = table.form->rows.at(row).select;
    for (const UnitFigures &u : table.units)
        if (!filter || u.unit.matches(*filter))
            keys << u.unit.key;
    return keys;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedSnapshot.h"

#include "FormTableBuilder.h"

#include <cmath>

namespace qf::SignedSnapshot {

namespace {

// Seventeen significant digits give back exactly the double that was shown.
QString numberText(double v)
{
    return QString::number(v, 'g', 17);
}

QString marksOf(const FormValue &v)
{
    QString m;
    if (v.fromLedger)
        m += QLatin1Char('L');
    if (v.overridden)
        m += QLatin1Char('O');
    if (v.derived)
        m += QLatin1Char('D');
    return m;
}

void addValues(QList<SignedFigure> &out, const FormDescription &form, const QString &rowKey, int seq,
               const QVector<FormValue> &values)
{
    for (int i = 0; i < form.columns.size() && i < values.size(); ++i) {
        const FormValue &v = values.at(i);
        SignedFigure c;
        c.rowKey = rowKey;
        c.seq = seq;
        c.column = form.columns.at(i).number;
        c.marks = marksOf(v);
        if (form.columns.at(i).isNumeric()) {
            if (v.present) {
                c.value = numberText(v.number);
                c.increase = numberText(v.increase);
            }
        } else if (v.present) {
            c.value = v.text;
        }
        if (c.value.isNull() && c.marks.isEmpty())
            continue;   // blank and unmarked: absent says as much
        out << c;
    }
}

} // namespace

QList<SignedFigure> take(const FormTable &table, const QString &lockUnitKey)
{
    QList<SignedFigure> out;
    if (!table.form)
        return out;
    const FormDescription &form = *table.form;
    const bool whole = lockUnitKey == QLatin1String("*");
    for (int n = 0; n < table.units.size(); ++n) {
        const UnitFigures &u = table.units.at(n);
        if (!whole && u.unit.key != lockUnitKey)
            continue;
        // Column 0: the unit's name and filing state, so the month keeps its units too.
        SignedFigure state;
        state.rowKey = u.unit.key;
        state.seq = n;
        state.value = u.unit.name;
        if (u.carriedFrom.isValid())
            state.increase = u.carriedFrom.toString();
        state.marks = QString(u.reported ? QStringLiteral("R") : QString()) + (u.hasAny ? QStringLiteral("A") : QString());
        out << state;
        addValues(out, form, u.unit.key, n, FormTableBuilder::unitValues(form, u));
    }
    if (whole)
        for (int r = 0; r < table.rows.size(); ++r)
            addValues(out, form, SignedFigure::bodyRowKey(r), r, table.rows.at(r).values);
    return out;
}

Frozen collect(const QList<SignedFigure> &cells, int form, const YearMonth &period)
{
    Frozen f;
    QHash<QString, qint64> unitLock;   // the lock a unit's cells are taken from
    for (const SignedFigure &c : cells) {
        if (c.form != form || c.period != period)
            continue;
        const bool whole = c.lockUnitKey == QLatin1String("*");
        if (whole)
            f.wholeForm = true;
        if (c.rowKey.startsWith(QLatin1Char('#'))) {
            f.rows[c.rowKey.mid(1).toInt()].insert(c.column, c);
            continue;
        }
        if (c.column == 0) {
            f.unitNames.insert(c.rowKey, c.value);
            if (whole)
                f.unitOrder << c.rowKey;
        }
        // A unit accepted before its form was signed keeps the cells of its acceptance
        // (the form signed later showed them too).
        const auto owner = unitLock.constFind(c.rowKey);
        if (owner != unitLock.constEnd() && *owner != c.lockId)
            continue;
        unitLock.insert(c.rowKey, c.lockId);
        f.units[c.rowKey].insert(c.column, c);
    }
    return f;
}

QVector<FormValue> values(const FormDescription &form, const QHash<int, SignedFigure> &cells)
{
    QVector<FormValue> out(form.columns.size());
    for (int i = 0; i < form.columns.size(); ++i) {
        const FormColumn &col = form.columns.at(i);
        const auto it = cells.constFind(col.number);
        if (it == cells.constEnd())
            continue;
        FormValue &v = out[i];
        v.fromLedger = it->marks.contains(QLatin1Char('L'));
        v.overridden = it->marks.contains(QLatin1Char('O'));
        v.derived = it->marks.contains(QLatin1Char('D'));
        if (it->value.isNull())
            continue;
        v.present = true;
        if (col.isNumeric()) {
            v.number = it->value.toDouble();
            v.increase = it->increase.toDouble();
        } else {
            v.text = it->value;
        }
    }
    return out;
}

void applyToUnit(const FormDescription &form, const QHash<int, SignedFigure> &cells, UnitFigures &u)
{
    const QVector<FormValue> v = values(form, cells);
    const QHash<int, QString> reasons = u.overrides;
    u.ledgerColumns.clear();
    u.overrides.clear();
    for (int i = 0; i < form.columns.size(); ++i) {
        const FormColumn &col = form.columns.at(i);
        u.current.numbers.remove(col.number);
        u.current.texts.remove(col.number);
        u.previous.numbers.remove(col.number);
        if (v.at(i).fromLedger)
            u.ledgerColumns.insert(col.number);
        if (v.at(i).overridden)
            u.overrides.insert(col.number, reasons.value(col.number));
        if (!v.at(i).present)
            continue;
        if (col.isNumeric()) {
            u.current.numbers.insert(col.number, v.at(i).number);
            u.previous.numbers.insert(col.number, v.at(i).number - v.at(i).increase);
        } else {
            u.current.texts.insert(col.number, v.at(i).text);
        }
    }
    const SignedFigure state = cells.value(0);
    u.reported = state.marks.contains(QLatin1Char('R'));
    u.hasAny = state.marks.contains(QLatin1Char('A'));
    u.carriedFrom = state.increase.isNull() ? YearMonth() : YearMonth::parse(state.increase);
}

void applyAsPrevious(const FormDescription &form, const QHash<int, SignedFigure> &cells, const YearMonth &period,
                     Report &previous)
{
    const QVector<FormValue> v = values(form, cells);
    for (int i = 0; i < form.columns.size(); ++i) {
        const FormColumn &col = form.columns.at(i);
        if (!col.isNumeric())
            continue;
        previous.numbers.remove(col.number);
        if (v.at(i).present)
            previous.numbers.insert(col.number, v.at(i).number);
    }
    previous.period = period;
}

bool differs(const FormValue &a, const FormValue &b)
{
    return a.present != b.present || a.text != b.text || std::fabs(a.number - b.number) > 1e-9;
}

} // namespace qf::SignedSnapshot

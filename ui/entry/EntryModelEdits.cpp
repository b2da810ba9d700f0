// SPDX-License-Identifier: GPL-3.0-or-later
// The model's edits: what is typed into the grid becomes this month's reports in memory.
#include "EntryModel.h"

#include <cmath>

namespace qf::ui {

Report &EntryModel::editFor(const UnitFigures &u)
{
    auto it = m_edits.find(u.unit.key);
    if (it != m_edits.end())
        return *it;
    // A carried unit starts from its last figures, so only what changed needs typing; the
    // ledgers' figures are never copied into what the unit typed.
    Report r = typedReport(u.unit.key);
    const FormDescription &form = *m_table.form;
    // Typed here: refused on saving if someone else saved this unit's month meanwhile.
    r.optimistic = true;
    r.campaignId = m_campaignId;
    r.form = form.number;
    r.unitKey = u.unit.key;
    r.period = m_table.period;
    r.source = ReportSource::Typed;
    r.sourceFile.clear();
    for (const FormColumn &c : form.columns) {
        if (!c.derived.isEmpty())
            r.numbers.remove(c.number);
        else if (c.isNumeric() && !u.hasAny && !r.hasNumber(c.number) && !u.ledgerColumns.contains(c.number))
            r.numbers.insert(c.number, 0);
    }
    return *m_edits.insert(u.unit.key, r);
}

Report EntryModel::typedReport(const QString &unitKey) const
{
    for (const Report &r : m_stored)
        if (r.period == m_inputs.period && r.unitKey == unitKey)
            return r;
    Report r;
    for (const UnitFigures &u : m_table.units) {
        if (u.unit.key != unitKey)
            continue;
        r = u.current;
        for (int c : u.ledgerColumns)
            r.numbers.remove(c);
    }
    r.id = 0;
    r.version = 0;
    r.submittedOn = m_today;
    r.updatedAt = QDateTime();
    r.campaignId = m_campaignId;
    r.form = m_inputs.form ? m_inputs.form->number : 0;
    r.unitKey = unitKey;
    r.period = m_inputs.period;
    r.source = ReportSource::Typed;
    r.sourceFile.clear();
    return r;
}

QList<Report> EntryModel::changedReports() const
{
    QList<Report> reports;
    for (const UnitFigures &u : m_table.units) {
        if (!m_edits.contains(u.unit.key))
            continue;
        Report r = m_edits.value(u.unit.key);
        for (const FormColumn &c : m_table.form->columns)
            if (!c.derived.isEmpty())
                r.numbers.remove(c.number);
        reports << r;
    }
    return reports;
}

void EntryModel::revertAll()
{
    m_edits.clear();
    rebuild();
}

void EntryModel::revertUnit(const QString &unitKey)
{
    if (m_edits.remove(unitKey))
        rebuild();
}

bool EntryModel::reportUnchanged(int row)
{
    if (!isUnitRow(row))
        return false;
    const UnitFigures &u = m_table.units.at(m_rows.at(row).unitIndex);
    if (u.reported)
        return false;
    editFor(u);
    rebuild();
    return true;
}

Qt::ItemFlags EntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !isUnitRow(index.row()) || isLocked(index.row()))
        return f;
    if (index.column() < fixedColumnCount()) {
        if (m_fixed.at(index.column()) == Fixed::Status)
            f |= Qt::ItemIsEditable;
        return f;
    }
    const FormColumn &c = m_table.form->columns.at(index.column() - fixedColumnCount());
    if (c.derived.isEmpty() && !(isLedgerCell(index) && !isOverridden(index)))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const UnitFigures &u = m_table.units.at(m_rows.at(index.row()).unitIndex);
    if (index.column() < fixedColumnCount()) {
        const QDate day = value.toDate();
        if (!day.isValid())
            return false;
        editFor(u).submittedOn = day;
        rebuild();
        return true;
    }
    const FormColumn &c = m_table.form->columns.at(index.column() - fixedColumnCount());
    if (c.kind == ColumnKind::Text) {
        const QString text = value.toString().trimmed();
        if (u.reported && !m_edits.contains(u.unit.key) && text == u.current.texts.value(c.number))
            return true;
        Report &r = editFor(u);
        if (text.isEmpty())
            r.texts.remove(c.number);
        else
            r.texts.insert(c.number, text);
        rebuild();
        return true;
    }
    const QString text = value.toString().trimmed();
    bool ok = true;
    const double number = text.isEmpty() ? 0 : text.toDouble(&ok);
    if (!ok)
        return false;
    // Typing a reported unit's own figure again changes nothing; on a carried unit it
    // confirms the figure as this month's report.
    if (u.reported && !m_edits.contains(u.unit.key) && !text.isEmpty() && u.current.hasNumber(c.number)
        && std::abs(u.current.number(c.number) - number) < 1e-9)
        return true;
    Report &r = editFor(u);
    if (text.isEmpty())
        r.numbers.remove(c.number);
    else
        r.numbers.insert(c.number, number);
    rebuild();
    return true;
}

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryModel.h"

#include "ledgers/LedgerFigures.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace qf::ui {

namespace {

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

EntryModel::EntryModel(QObject *parent)
    : QAbstractTableModel(parent), m_undo(new QUndoStack(this)), m_today(QDate::currentDate())
{
}

void EntryModel::load(const FormInputs &inputs, qint64 campaignId)
{
    beginResetModel();
    m_inputs = inputs;
    m_stored = inputs.reports;
    m_campaignId = campaignId;
    m_edits.clear();
    // The steps undo edits of the month shown before; what is stored is not undone here.
    m_undo->clear();
    m_table = FormTableBuilder::build(m_inputs);
    const FormDescription &form = *inputs.form;
    m_fixed = {Fixed::Name};
    // 附件3 sums institutions into category rows: say which one each institution counts in.
    if (form.layout == FormDescription::Layout::Categories && form.unitSource == FormDescription::UnitSource::Institutions)
        m_fixed << Fixed::Category;
    m_fixed << Fixed::Status;
    layoutRows();
    endResetModel();
    rebuild();
}

QString EntryModel::rowName(int tableRow) const
{
    const FormRow &row = m_table.rows.at(tableRow);
    QStringList parts;
    for (const SpanCell &c : row.labels)
        if (!c.text.isEmpty() && !isDigits(c.text))   // the 序号 column says nothing here
            parts << c.text;
    // The form writes 小计 above the rows it sums, whose group label (公立医院) names it.
    if (row.style == RowStyle::Subtotal && tableRow + 1 < m_table.rows.size())
        for (const SpanCell &c : m_table.rows.at(tableRow + 1).labels)
            if (c.rowSpan > 1) {
                parts.prepend(c.text);
                break;
            }
    return parts.join(QLatin1Char(' '));
}

void EntryModel::layoutRows()
{
    m_rows.clear();
    QSet<int> placed;
    auto addUnit = [&](int unitIndex) {
        EntryRow r;
        r.unitIndex = unitIndex;
        r.name = m_table.units.at(unitIndex).unit.name;
        m_rows << r;
        placed.insert(unitIndex);
    };
    auto addComputed = [&](int tableRow) {
        EntryRow r;
        r.style = m_table.rows.at(tableRow).style;
        r.tableRow = tableRow;
        r.name = rowName(tableRow);
        m_rows << r;
    };
    // 附件2 shows its whole category tree with its category units in place; the
    // institution forms show their 合计 and the institutions below it.
    const bool categoryUnits = m_table.form->unitSource == FormDescription::UnitSource::Categories;
    for (int i = 0; i < m_table.rows.size(); ++i) {
        const FormRow &row = m_table.rows.at(i);
        if (categoryUnits && !row.unitKey.isEmpty()) {
            for (int u = 0; u < m_table.units.size(); ++u)
                if (m_table.units.at(u).unit.key == row.unitKey)
                    addUnit(u);
        } else if (categoryUnits || row.style == RowStyle::Total || row.style == RowStyle::GrandTotal) {
            addComputed(i);
        }
    }
    for (int u = 0; u < m_table.units.size(); ++u)
        if (!placed.contains(u))
            addUnit(u);
}

void EntryModel::rebuild()
{
    FormInputs in = m_inputs;
    in.reports.clear();
    for (const Report &r : m_stored)
        if (!(r.period == m_inputs.period && m_edits.contains(r.unitKey)))
            in.reports << r;
    for (const Report &r : m_edits)
        in.reports << r;
    m_table = FormTableBuilder::build(in);

    m_increaseSamples.clear();
    const FormDescription &form = *m_table.form;
    for (int i = 0; i < form.columns.size(); ++i) {
        QString widest;
        for (const EntryRow &row : m_rows) {
            const QString t = increaseText(valueAt(row, i), form.columns.at(i));
            if (t.size() > widest.size())
                widest = t;
        }
        m_increaseSamples.insert(i, widest);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit tableChanged();
}

void EntryModel::setShowIncrease(bool show)
{
    if (show == m_showIncrease)
        return;
    m_showIncrease = show;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void EntryModel::setLocks(const QSet<QString> &acceptedUnits, bool monthSigned)
{
    m_accepted = acceptedUnits;
    m_signed = monthSigned;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool EntryModel::isLocked(int row) const
{
    return isUnitRow(row) && (m_signed || m_accepted.contains(unitKeyAt(row)));
}

bool EntryModel::isLedgerCell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < fixedColumnCount())
        return false;
    return valueAt(m_rows.at(index.row()), index.column() - fixedColumnCount()).fromLedger;
}

bool EntryModel::isOverridden(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < fixedColumnCount())
        return false;
    return valueAt(m_rows.at(index.row()), index.column() - fixedColumnCount()).overridden;
}

QStringList EntryModel::unitsOfRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const EntryRow &r = m_rows.at(row);
    if (r.unitIndex >= 0)
        return {m_table.units.at(r.unitIndex).unit.key};
    return LedgerFigures::unitsOfRow(m_table, r.tableRow);
}

int EntryModel::formColumnAt(int column) const
{
    const int i = column - fixedColumnCount();
    if (!m_table.form || i < 0 || i >= m_table.form->columns.size())
        return 0;
    return m_table.form->columns.at(i).number;
}

int EntryModel::modelColumnOf(int formColumn) const
{
    if (!m_table.form)
        return -1;
    for (int i = 0; i < m_table.form->columns.size(); ++i)
        if (m_table.form->columns.at(i).number == formColumn)
            return fixedColumnCount() + i;
    return -1;
}

QString EntryModel::unitKeyAt(int row) const
{
    return isUnitRow(row) ? m_table.units.at(m_rows.at(row).unitIndex).unit.key : QString();
}

int EntryModel::rowOfUnit(const QString &unitKey) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).unitIndex >= 0 && m_table.units.at(m_rows.at(r).unitIndex).unit.key == unitKey)
            return r;
    return -1;
}

bool EntryModel::isUnitRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).unitIndex >= 0;
}

QModelIndex EntryModel::indexOf(const QString &unitKey, int formColumn) const
{
    const int row = rowOfUnit(unitKey);
    if (row < 0)
        return {};
    const int column = formColumn > 0 ? modelColumnOf(formColumn) : 0;
    return index(row, qMax(column, 0));
}

int EntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table.form)
        return 0;
    return fixedColumnCount() + int(m_table.form->columns.size());
}

FormValue EntryModel::valueAt(const EntryRow &row, int i) const
{
    if (row.tableRow >= 0) {
        FormValue v = m_table.rows.at(row.tableRow).values.value(i);
        // A total is the ledgers' only when every unit it sums has the ledger's figure:
        // then its records add up to it. A mix with typed figures is an ordinary total.
        if (v.fromLedger) {
            const int column = m_table.form->columns.at(i).number;
            const QStringList keys = LedgerFigures::unitsOfRow(m_table, row.tableRow);
            for (const UnitFigures &u : m_table.units)
                if (keys.contains(u.unit.key) && (!u.ledgerColumns.contains(column) || u.overrides.contains(column)))
                    v.fromLedger = false;
        }
        return v;
    }
    const UnitFigures &u = m_table.units.at(row.unitIndex);
    const FormColumn &c = m_table.form->columns.at(i);
    FormValue v;
    v.fromLedger = u.ledgerColumns.contains(c.number);
    v.overridden = u.overrides.contains(c.number);
    v.derived = !c.derived.isEmpty() || v.fromLedger;
    if (c.kind == ColumnKind::Text) {
        v.text = u.current.texts.value(c.number);
        v.present = !v.text.isEmpty();
    } else if (u.current.hasNumber(c.number)) {
        v.present = true;
        v.number = u.current.number(c.number);
        v.increase = v.number - u.previous.number(c.number);
    }
    return v;
}

QString EntryModel::increaseText(const FormValue &v, const FormColumn &c) const
{
    if (!v.present || c.kind == ColumnKind::Text || std::abs(v.increase) < 1e-9)
        return QString();
    const QString magnitude = c.kind == ColumnKind::Amount ? QString::number(std::abs(v.increase), 'f', 2)
                                                           : QString::number(qRound64(std::abs(v.increase)));
    return (v.increase > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

} // namespace qf::ui

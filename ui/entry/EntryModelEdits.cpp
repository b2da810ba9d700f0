// SPDX-License-Identifier: GPL-3.0-or-later
// The model's edits: what is typed into the grid becomes this month's reports in memory.
#include "EntryModel.h"

#include "forms/TextLimits.h"
#include "io/FigureText.h"
#include "io/NumberText.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace qf::ui {

namespace {

/// One action on the grid's edits: the edits before it and after it, whole. A month's
/// edits are a few reports, so keeping both is cheaper and surer than inverting each kind
/// of change (a typed figure, a paste, a date, a reverted unit).
class EditStep : public QUndoCommand
{
public:
    EditStep(EntryModel *model, QHash<QString, Report> before, const QString &text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(model->edits())
    {
    }
    void undo() override { m_model->restoreEdits(m_before); }
    void redo() override
    {
        // Pushed after the action itself: the first redo has nothing left to do.
        if (m_done)
            m_model->restoreEdits(m_after);
        m_done = true;
    }

private:
    EntryModel *m_model;
    QHash<QString, Report> m_before, m_after;
    bool m_done = false;
};

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return NumberText::isSpace(c); });
}

} // namespace

void EntryModel::recordStep(const QHash<QString, Report> &before, const QString &text)
{
    m_undo->push(new EditStep(this, before, text));
}

void EntryModel::restoreEdits(const QHash<QString, Report> &edits)
{
    m_edits = edits;
    rebuild();
}

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
    if (m_edits.isEmpty())
        return;
    const QHash<QString, Report> before = m_edits;
    m_edits.clear();
    rebuild();
    recordStep(before, tr("撤销全部修改"));
}

void EntryModel::revertUnit(const QString &unitKey)
{
    const QHash<QString, Report> before = m_edits;
    if (m_edits.remove(unitKey)) {
        rebuild();
        recordStep(before, tr("撤销此单位的修改"));
    }
}

bool EntryModel::reportUnchanged(int row)
{
    if (!isUnitRow(row))
        return false;
    const UnitFigures &u = m_table.units.at(m_rows.at(row).unitIndex);
    if (u.reported)
        return false;
    const QHash<QString, Report> before = m_edits;
    editFor(u);
    rebuild();
    recordStep(before, tr("按上月数报送"));
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
    if (readOnlyKind(index) == ReadOnly::Editable)
        f |= Qt::ItemIsEditable;
    return f;
}

EntryModel::ReadOnly EntryModel::readOnlyKind(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < fixedColumnCount())
        return ReadOnly::Fixed;
    if (!isUnitRow(index.row()))
        return ReadOnly::Computed;
    const FormColumn &c = m_table.form->columns.at(index.column() - fixedColumnCount());
    if (!c.derived.isEmpty())
        return ReadOnly::Derived;
    if (isLocked(index.row()))
        return ReadOnly::Locked;
    if (isLedgerCell(index) && !isOverridden(index))
        return ReadOnly::Ledger;
    return ReadOnly::Editable;
}

QString EntryModel::refusal(const QModelIndex &index, const QString &text) const
{
    if (readOnlyKind(index) != ReadOnly::Editable)
        return tr("此格不能填写");
    const FormColumn &c = m_table.form->columns.at(index.column() - fixedColumnCount());
    QString problem;
    double number = 0;
    if (c.kind == ColumnKind::Text)
        problem = TextLimits::problem(text.trimmed());
    else if (!isBlank(text))
        problem = FigureText::read(c.kind, text, &number);
    if (problem.isEmpty())
        return {};
    return tr("%1 第%2栏（%3）：%4").arg(m_rows.at(index.row()).name).arg(c.number).arg(c.label, problem);
}

bool EntryModel::applyText(const QModelIndex &index, const QString &value)
{
    const UnitFigures &u = m_table.units.at(m_rows.at(index.row()).unitIndex);
    const FormColumn &c = m_table.form->columns.at(index.column() - fixedColumnCount());
    if (c.kind == ColumnKind::Text) {
        const QString text = value.trimmed();
        if (text == (m_edits.contains(u.unit.key) ? m_edits.value(u.unit.key).texts.value(c.number)
                                                  : u.current.texts.value(c.number))
            && (u.reported || m_edits.contains(u.unit.key) || text.isEmpty()))
            return false;
        Report &r = editFor(u);
        if (text.isEmpty())
            r.texts.remove(c.number);
        else
            r.texts.insert(c.number, text);
        return true;
    }
    const bool blank = isBlank(value);
    double number = 0;
    if (!blank && !FigureText::read(c.kind, value, &number).isEmpty())
        return false;
    const Report *edited = m_edits.contains(u.unit.key) ? &*m_edits.constFind(u.unit.key) : nullptr;
    const Report &shown = edited ? *edited : u.current;
    // Typing a reported unit's own figure again changes nothing (nor does clearing a cell
    // that is blank: no report of zeros appears from clearing); on a carried unit a typed figure confirms it as this month's report.
    if (blank ? !shown.hasNumber(c.number)
              : (edited || u.reported) && shown.hasNumber(c.number) && std::abs(shown.number(c.number) - number) < 1e-9)
        return false;
    Report &r = editFor(u);
    if (blank)
        r.numbers.remove(c.number);
    else
        r.numbers.insert(c.number, number);
    return true;
}

int EntryModel::setTexts(const QList<CellText> &cells, const QString &undoText)
{
    const QHash<QString, Report> before = m_edits;
    int changed = 0;
    for (const CellText &cell : cells)
        if (readOnlyKind(cell.index) == ReadOnly::Editable && refusal(cell.index, cell.text).isEmpty()
            && applyText(cell.index, cell.text))
            ++changed;
    if (changed > 0) {
        rebuild();
        recordStep(before, undoText);
    }
    return changed;
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
        const QHash<QString, Report> before = m_edits;
        editFor(u).submittedOn = day;
        rebuild();
        recordStep(before, tr("修改报送日期"));
        return true;
    }
    const QString text = value.toString();
    if (const QString why = refusal(index, text); !why.isEmpty()) {
        // Refused whole, never adjusted: the cell keeps its figure and says why.
        emit editRefused(index, why);
        return false;
    }
    const QHash<QString, Report> before = m_edits;
    if (applyText(index, text)) {
        rebuild();
        recordStep(before, tr("填写 %1").arg(m_rows.at(index.row()).name));
    }
    return true;
}

} // namespace qf::ui

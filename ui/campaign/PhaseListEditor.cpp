// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseListEditor.h"

#include "widgets/DateEditor.h"

#include <QDateEdit>
#include <QLineEdit>

namespace qf::ui {

PhaseListEditor::PhaseListEditor(QWidget *parent)
    : TableListEditor({tr("阶段名称"), tr("开始日期"), tr("结束日期"), tr("工作内容")}, tr("添加阶段"), parent)
{
    setColumnWidths({140, 116, 116});
}

void PhaseListEditor::setPhases(const QList<Phase> &phases, const QDate &defaultDay)
{
    m_phases = phases;
    m_defaultDay = defaultDay;
    rebuild();
}

void PhaseListEditor::appendItem()
{
    Phase p;
    // A new phase starts where the last one ended.
    p.start = m_phases.isEmpty() ? m_defaultDay : m_phases.last().end.addDays(1);
    p.end = p.start.addMonths(1).addDays(-1);
    p.name = tr("新阶段");
    m_phases << p;
}

void PhaseListEditor::fillRow(int row)
{
    const Phase &p = m_phases.at(row);
    auto *name = new QLineEdit(p.name);
    auto *start = dateEditor(p.start);
    auto *end = dateEditor(p.end);
    auto *description = new QLineEdit(p.description);
    description->setCursorPosition(0);
    place(row, 0, name);
    place(row, 1, start);
    place(row, 2, end);
    place(row, 3, description);
    connect(name, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_phases[row].name = text;
        emit changed();
    });
    connect(start, &QDateEdit::dateChanged, this, [this, row](const QDate &d) {
        m_phases[row].start = d;
        emit changed();
    });
    connect(end, &QDateEdit::dateChanged, this, [this, row](const QDate &d) {
        m_phases[row].end = d;
        emit changed();
    });
    connect(description, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_phases[row].description = text;
        emit changed();
    });
}

} // namespace qf::ui

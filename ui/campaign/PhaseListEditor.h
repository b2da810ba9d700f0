// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "widgets/TableListEditor.h"

namespace qf::ui {

/// The campaign's phases: name, start, end and what happens in it.
class PhaseListEditor : public TableListEditor
{
    Q_OBJECT
public:
    explicit PhaseListEditor(QWidget *parent = nullptr);
    void setPhases(const QList<Phase> &phases, const QDate &defaultDay);
    QList<Phase> phases() const { return m_phases; }

protected:
    int itemCount() const override { return int(m_phases.size()); }
    void appendItem() override;
    void removeItem(int row) override { m_phases.removeAt(row); }
    void moveItem(int from, int to) override { m_phases.move(from, to); }
    void fillRow(int row) override;

private:
    QList<Phase> m_phases;
    QDate m_defaultDay;
};

} // namespace qf::ui

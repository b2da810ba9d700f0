// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/Inspection.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace qf::ui {

/// Adds or edits one inspection and what was done about it, laid out as 附件2 counts it:
/// measures per institution, 万元 of funds, persons.
class InspectionDialog : public LedgerDialog
{
    Q_OBJECT
public:
    InspectionDialog(const Inspection &inspection, const QList<Institution> &registry, QWidget *parent = nullptr);
    Inspection inspection() const;
    /// The institution cannot be changed (a 抽查 result belongs to the institution drawn).
    void fixInstitution();

protected:
    QString check() const override;

private:
    Inspection m_original;
    QList<Institution> m_registry;
    InstitutionBox *m_institution;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_inspectors;
    QPlainTextEdit *m_findings;
    QCheckBox *m_interview;
    QCheckBox *m_criticism;
    QCheckBox *m_rectify;
    QSpinBox *m_clues;
    QCheckBox *m_recovered;
    QCheckBox *m_fined;
    QLineEdit *m_other;
    QDoubleSpinBox *m_refundWan;
    QDoubleSpinBox *m_recoveredWan;
    QDoubleSpinBox *m_fineWan;
    QSpinBox *m_suspended;
    QSpinBox *m_revoked;
    QSpinBox *m_prosecuted;
    QPlainTextEdit *m_note;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/Problem.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace qf {
class Database;
}

namespace qf::ui {

class EvidencePanel;

/// Adds or edits one problem of the 问题清单: what, where, who answers for it and by
/// when, its steps so far and, once saved, its evidence files. A problem that is 已销号
/// is shown read-only.
class ProblemDialog : public LedgerDialog
{
    Q_OBJECT
public:
    ProblemDialog(Database &db, const Problem &problem, const QList<Institution> &registry, QWidget *parent = nullptr);
    Problem problem() const;
    EvidencePanel *evidence() const { return m_evidence; }

protected:
    QString check() const override;

private:
    Problem m_original;
    InstitutionBox *m_institution;
    QComboBox *m_source;
    QDateEdit *m_foundOn;
    QLineEdit *m_foundBy;
    QPlainTextEdit *m_description;
    QLineEdit *m_responsible;
    QDateEdit *m_deadline;
    QPlainTextEdit *m_measures;
    QPlainTextEdit *m_note;
    EvidencePanel *m_evidence = nullptr;
};

} // namespace qf::ui

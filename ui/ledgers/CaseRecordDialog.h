// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/CaseRecord.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace qf::ui {

/// Adds or edits one 以案促改 or education record; the fields follow the kind (persons
/// for measures and training, amounts for cases, the answer to a recommendation).
class CaseRecordDialog : public LedgerDialog
{
    Q_OBJECT
public:
    CaseRecordDialog(const CaseRecord &record, const QList<Institution> &registry, QWidget *parent = nullptr);
    CaseRecord record() const;

protected:
    QString check() const override;

private:
    void kindChanged();
    CaseRecord m_original;
    InstitutionBox *m_institution;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QSpinBox *m_persons;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_reference;
    QDateEdit *m_answered;
    QPlainTextEdit *m_note;
    QLabel *m_feeds;
};

} // namespace qf::ui

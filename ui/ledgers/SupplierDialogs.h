// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/SupplierInterview.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace qf::ui {

/// Adds or edits one supplier interview (约谈供应商).
class SupplierInterviewDialog : public LedgerDialog
{
    Q_OBJECT
public:
    SupplierInterviewDialog(const SupplierInterview &interview, const QList<Institution> &registry, QWidget *parent = nullptr);
    SupplierInterview interview() const;

protected:
    QString check() const override { return interview().validate().message(); }

private:
    SupplierInterview m_original;
    InstitutionBox *m_institution;
    QLineEdit *m_supplier;
    QDateEdit *m_date;
    QCheckBox *m_pledge;
    QLineEdit *m_interviewer;
    QPlainTextEdit *m_note;
};

/// Adds or edits one entry of the suppliers' negative list (负面名单).
class NegativeListDialog : public LedgerDialog
{
    Q_OBJECT
public:
    NegativeListDialog(const NegativeListEntry &entry, const QList<Institution> &registry, QWidget *parent = nullptr);
    NegativeListEntry entry() const;

protected:
    QString check() const override { return entry().validate().message(); }

private:
    NegativeListEntry m_original;
    QLineEdit *m_supplier;
    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
    InstitutionBox *m_institution;
    QPlainTextEdit *m_note;
};

} // namespace qf::ui

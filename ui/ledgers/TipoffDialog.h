// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/Tipoff.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace qf::ui {

/// Adds or edits one tip-off of the 线索台账. This record dialog is the only place where
/// the reporter's identity and contact are shown or typed, in a group marked 保密.
class TipoffDialog : public LedgerDialog
{
    Q_OBJECT
public:
    TipoffDialog(const Tipoff &tipoff, const TipoffReporter &reporter, const QList<Institution> &registry,
                 QWidget *parent = nullptr);
    Tipoff tipoff() const;
    TipoffReporter reporter() const;
    QGroupBox *reporterGroup() const { return m_reporterGroup; }

protected:
    QString check() const override;

private:
    Tipoff m_original;
    QDateEdit *m_receivedOn;
    QComboBox *m_channel;
    InstitutionBox *m_institution;
    QPlainTextEdit *m_summary;
    QLineEdit *m_handler;
    QComboBox *m_conclusion;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_note;
    QGroupBox *m_reporterGroup;
    QCheckBox *m_anonymous;
    QLineEdit *m_reporterName;
    QLineEdit *m_reporterContact;
    QLineEdit *m_reporterNote;
};

} // namespace qf::ui

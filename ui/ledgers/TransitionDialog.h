// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerWidgets.h"
#include "ledgers/Tipoff.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace qf::ui {

/// Asks for the day, the person and the reason of a state change (开始整改, 销号 …). For
/// 办结 of a tip-off it also asks for the conclusion and the result.
class TransitionDialog : public LedgerDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString action;             ///< "销号"
        QString subject;            ///< what the record is, one line
        bool reviewer = false;      ///< 审核人 instead of 经办人
        bool reasonRequired = false;
        bool askConclusion = false;
        TipoffConclusion conclusion = TipoffConclusion::None;
        QString result;
    };
    TransitionDialog(const Options &options, QWidget *parent = nullptr);
    QDate date() const;
    QString by() const;
    QString note() const;
    TipoffConclusion conclusion() const;
    QString result() const;

protected:
    QString check() const override;

private:
    Options m_options;
    QDateEdit *m_date;
    QLineEdit *m_by;
    QPlainTextEdit *m_note;
    QComboBox *m_conclusion = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace qf::ui

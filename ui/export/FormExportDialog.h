// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace qf::ui {

/// 导出报表（Excel）: which month, the month's three forms as one workbook or one form,
/// the 填报时间 and the file. The file name follows the month and the forms chosen until
/// the clerk types a name of their own.
class FormExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        bool allForms = true;   ///< the three forms as one workbook (附件1, 附件2, 附件3)
        int form = 1;           ///< the one form otherwise
        YearMonth month;
        QDate fillDate;
        QString path;
    };

    FormExportDialog(const Campaign &campaign, const Choice &proposed, QWidget *parent = nullptr);
    Choice choice() const;

    QComboBox *monthBox() const { return m_month; }
    QRadioButton *allFormsButton() const { return m_all; }
    QRadioButton *oneFormButton() const { return m_one; }
    QComboBox *formBox() const { return m_form; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *pathEdit() const { return m_path; }

    void accept() override;

private:
    void browse();
    /// Puts the default name of what is chosen now in place of the last default name.
    void followDefaultName();
    QString defaultName() const;

    Campaign m_campaign;
    QString m_lastDefault;
    QComboBox *m_month;
    QRadioButton *m_all;
    QRadioButton *m_one;
    QComboBox *m_form;
    QDateEdit *m_date;
    QLineEdit *m_path;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace qf::ui {

/// Picks an institution of the registry by name (type to search); optionally "none".
class InstitutionBox : public QComboBox
{
    Q_OBJECT
public:
    InstitutionBox(const QList<Institution> &registry, const QString &noneText = QString(), QWidget *parent = nullptr);
    qint64 institutionId() const;
    void setInstitutionId(qint64 id);
};

/// The frame of every ledger record dialog: a form, an error line under it, OK and
/// Cancel. accept() runs check(), which says what is wrong instead of closing.
class LedgerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LedgerDialog(const QString &title, QWidget *parent = nullptr);
    /// Shows a message under the fields (from validation or from storage).
    void showError(const QString &message);
    QString errorText() const;
    void accept() override;

protected:
    virtual QString check() const { return QString(); }
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *body() const { return m_body; }

private:
    QFormLayout *m_form;
    QVBoxLayout *m_body;
    QLabel *m_error;
};

namespace LedgerWidgets {
/// A date field; optional ones show 未填 until a date is picked.
QDateEdit *dateEdit(const QDate &date, bool optional);
QDate dateOf(const QDateEdit *edit);
QSpinBox *countBox(int value, int maximum = 100000);
/// 万元 with four decimals (whole 元).
QDoubleSpinBox *wanBox(qint64 yuan);
qint64 yuanOf(const QDoubleSpinBox *box);
QPlainTextEdit *textEdit(const QString &text, int lines = 3);
/// Who is at the keyboard, to prefill 经办人: the name last typed there, else the name
/// given at first start (empty when none was).
QString userName();
void rememberUserName(const QString &name);
}

} // namespace qf::ui

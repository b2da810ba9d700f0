// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerWidgets.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace qf::ui {

namespace {
// An optional date edit shows its minimum as "not filled in".
const QDate kUnset(2000, 1, 1);
}

InstitutionBox::InstitutionBox(const QList<Institution> &registry, const QString &noneText, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    if (!noneText.isEmpty())
        addItem(noneText, qint64(0));
    for (const Institution &i : registry)
        if (i.active || i.activeUntil.isValid())
            addItem(i.name, i.id);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setCurrentIndex(noneText.isEmpty() ? -1 : 0);
    setMinimumContentsLength(16);
}

qint64 InstitutionBox::institutionId() const
{
    const int index = findText(currentText().trimmed());
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

void InstitutionBox::setInstitutionId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
    else if (id == 0)
        setCurrentIndex(findData(qint64(0)));
}

LedgerDialog::LedgerDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_body = new QVBoxLayout(this);
    m_body->addLayout(m_form);
    m_body->addWidget(m_error);
    m_body->addWidget(buttons);
    setMinimumWidth(560);
}

void LedgerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LedgerDialog::errorText() const
{
    return m_error->text();
}

void LedgerDialog::accept()
{
    const QString problem = check();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    QDialog::accept();
}

namespace LedgerWidgets {

QDateEdit *dateEdit(const QDate &date, bool optional)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        edit->setMinimumDate(kUnset);
        edit->setSpecialValueText(QCoreApplication::translate("qf::ui::LedgerWidgets", "未填"));
        edit->setDate(date.isValid() ? date : kUnset);
    } else {
        edit->setDate(date.isValid() ? date : QDate::currentDate());
    }
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    if (!edit->specialValueText().isEmpty() && edit->date() == edit->minimumDate())
        return QDate();
    return edit->date();
}

QSpinBox *countBox(int value, int maximum)
{
    auto *box = new QSpinBox;
    box->setRange(0, maximum);
    box->setValue(value);
    return box;
}

QDoubleSpinBox *wanBox(qint64 yuan)
{
    auto *box = new QDoubleSpinBox;
    box->setDecimals(4);
    box->setRange(0, 1e7);
    box->setSuffix(QCoreApplication::translate("qf::ui::LedgerWidgets", " 万元"));
    box->setValue(double(yuan) / 10000.0);
    return box;
}

qint64 yuanOf(const QDoubleSpinBox *box)
{
    return qint64(std::llround(box->value() * 10000.0));
}

QPlainTextEdit *textEdit(const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines + 12);
    return edit;
}

QString userName()
{
    const QSettings settings;
    const QString remembered = settings.value(QStringLiteral("ledgers/userName")).toString();
    if (!remembered.isEmpty())
        return remembered;
    // The name given at first start, never the operating system's account name ("admin").
    return settings.value(QStringLiteral("user/displayName")).toString();
}

void rememberUserName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        QSettings().setValue(QStringLiteral("ledgers/userName"), name.trimmed());
}

} // namespace LedgerWidgets

} // namespace qf::ui

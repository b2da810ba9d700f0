// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *text = new QLabel(prompt);
    text->setWordWrap(true);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("理由（必填）"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(460, 260);
}

void ReasonDialog::askFigure(const QString &label, double value, int decimals)
{
    m_figure = new QDoubleSpinBox;
    m_figure->setObjectName(QStringLiteral("figure"));
    m_figure->setDecimals(decimals);
    m_figure->setRange(0, 1e9);
    m_figure->setValue(value);
    auto *row = new QFormLayout;
    row->addRow(label, m_figure);
    static_cast<QVBoxLayout *>(layout())->insertLayout(1, row);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

double ReasonDialog::figure() const
{
    return m_figure ? m_figure->value() : 0;
}

bool ReasonDialog::canAccept() const
{
    return !reason().isEmpty();
}

} // namespace qf::ui

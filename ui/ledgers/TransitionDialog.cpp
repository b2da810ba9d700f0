// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransitionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace qf::ui {

TransitionDialog::TransitionDialog(const Options &options, QWidget *parent)
    : LedgerDialog(options.action, parent), m_options(options)
{
    using namespace LedgerWidgets;
    auto *subject = new QLabel(options.subject);
    subject->setWordWrap(true);
    m_date = dateEdit(QDate::currentDate(), false);
    m_date->setMaximumDate(QDate::currentDate());
    m_by = new QLineEdit(options.reviewer ? QString() : userName());
    m_note = textEdit(QString(), 2);
    form()->addRow(tr("记录"), subject);
    form()->addRow(tr("日期"), m_date);
    form()->addRow(options.reviewer ? tr("审核人") : tr("经办人"), m_by);
    if (options.askConclusion) {
        m_conclusion = new QComboBox;
        for (TipoffConclusion c : tipoffConclusions().values())
            if (c != TipoffConclusion::None)
                m_conclusion->addItem(tipoffConclusions().name(c), int(c));
        const int index = m_conclusion->findData(int(options.conclusion));
        m_conclusion->setCurrentIndex(qMax(0, index));
        m_result = textEdit(options.result, 3);
        form()->addRow(tr("核查结论"), m_conclusion);
        form()->addRow(tr("处理结果"), m_result);
    }
    form()->addRow(options.reasonRequired ? tr("原因（必填）") : tr("说明"), m_note);
}

QDate TransitionDialog::date() const
{
    return LedgerWidgets::dateOf(m_date);
}

QString TransitionDialog::by() const
{
    return m_by->text().trimmed();
}

QString TransitionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

TipoffConclusion TransitionDialog::conclusion() const
{
    return m_conclusion ? TipoffConclusion(m_conclusion->currentData().toInt()) : m_options.conclusion;
}

QString TransitionDialog::result() const
{
    return m_result ? m_result->toPlainText().trimmed() : m_options.result;
}

QString TransitionDialog::check() const
{
    if (by().isEmpty())
        return m_options.reviewer ? tr("请填写审核人。") : tr("请填写经办人。");
    if (m_options.reasonRequired && note().isEmpty())
        return tr("请写明原因。");
    if (m_result && result().isEmpty())
        return tr("请填写处理结果。");
    return QString();
}

} // namespace qf::ui

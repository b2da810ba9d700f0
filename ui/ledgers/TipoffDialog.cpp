// SPDX-License-Identifier: GPL-3.0-or-later
#include "TipoffDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace qf::ui {

TipoffDialog::TipoffDialog(const Tipoff &tipoff, const TipoffReporter &reporter, const QList<Institution> &registry,
                           QWidget *parent)
    : LedgerDialog(tipoff.id ? tr("线索 #%1（%2）").arg(tipoff.id).arg(tipoffStates().name(tipoff.state)) : tr("登记线索"),
                   parent),
      m_original(tipoff)
{
    using namespace LedgerWidgets;
    m_receivedOn = dateEdit(tipoff.receivedOn, false);
    m_channel = new QComboBox;
    for (TipoffChannel c : tipoffChannels().values())
        m_channel->addItem(tipoffChannels().name(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(tipoff.channel)));
    m_institution = new InstitutionBox(registry, tr("（不涉及名册中的机构）"));
    m_institution->setInstitutionId(tipoff.institutionId);
    m_summary = textEdit(tipoff.summary, 3);
    m_handler = new QLineEdit(tipoff.handler);
    m_handler->setPlaceholderText(tr("如：局机关纪委"));
    m_conclusion = new QComboBox;
    for (TipoffConclusion c : tipoffConclusions().values())
        m_conclusion->addItem(tipoffConclusions().name(c), int(c));
    m_conclusion->setCurrentIndex(m_conclusion->findData(int(tipoff.conclusion)));
    m_result = textEdit(tipoff.result, 2);
    m_note = textEdit(tipoff.note, 2);

    form()->addRow(tr("受理日期"), m_receivedOn);
    form()->addRow(tr("来源渠道"), m_channel);
    form()->addRow(tr("涉及机构"), m_institution);
    form()->addRow(tr("反映问题摘要（必填）"), m_summary);
    form()->addRow(tr("承办人（部门）"), m_handler);
    form()->addRow(tr("核查结论"), m_conclusion);
    form()->addRow(tr("处理结果"), m_result);
    form()->addRow(tr("备注"), m_note);
    if (!tipoff.steps.isEmpty()) {
        QStringList lines;
        for (const Tipoff::Step &s : tipoff.steps)
            lines << tr("%1　%2　%3%4")
                         .arg(s.on.toString(Qt::ISODate), TipoffWorkflow::actionName(s.from, s.to), s.by,
                              s.note.isEmpty() ? QString() : tr("（%1）").arg(s.note));
        auto *steps = new QLabel(lines.join(QLatin1Char('\n')));
        steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form()->addRow(tr("办理经过"), steps);
    }

    m_reporterGroup = new QGroupBox(tr("举报人（保密：只在本记录中显示，不进入列表、导出和打印）"));
    m_reporterGroup->setObjectName(QStringLiteral("reporterGroup"));
    m_reporterGroup->setStyleSheet(QStringLiteral("QGroupBox#reporterGroup { color: #8a1c1c; }"));
    auto *reporterForm = new QFormLayout(m_reporterGroup);
    m_anonymous = new QCheckBox(tr("匿名举报"));
    m_anonymous->setChecked(reporter.anonymous);
    m_reporterName = new QLineEdit(reporter.name);
    m_reporterContact = new QLineEdit(reporter.contact);
    m_reporterContact->setPlaceholderText(tr("电话、地址或邮箱"));
    m_reporterNote = new QLineEdit(reporter.note);
    reporterForm->addRow(QString(), m_anonymous);
    reporterForm->addRow(tr("姓名"), m_reporterName);
    reporterForm->addRow(tr("联系方式"), m_reporterContact);
    reporterForm->addRow(tr("说明"), m_reporterNote);
    auto syncAnonymous = [this](bool anonymous) {
        m_reporterName->setEnabled(!anonymous);
        m_reporterContact->setEnabled(!anonymous);
        if (anonymous) {
            m_reporterName->clear();
            m_reporterContact->clear();
        }
    };
    connect(m_anonymous, &QCheckBox::toggled, this, syncAnonymous);
    syncAnonymous(reporter.anonymous);
    body()->insertWidget(1, m_reporterGroup);

    if (tipoff.state == TipoffState::Closed) {
        for (QWidget *w : {static_cast<QWidget *>(m_receivedOn), static_cast<QWidget *>(m_channel),
                           static_cast<QWidget *>(m_institution), static_cast<QWidget *>(m_summary),
                           static_cast<QWidget *>(m_handler), static_cast<QWidget *>(m_conclusion),
                           static_cast<QWidget *>(m_result), static_cast<QWidget *>(m_note)})
            w->setEnabled(false);
        showError(tr("线索已销号，只能查看（举报人信息仍可更正）。"));
    }
}

Tipoff TipoffDialog::tipoff() const
{
    Tipoff t = m_original;
    t.receivedOn = LedgerWidgets::dateOf(m_receivedOn);
    t.channel = TipoffChannel(m_channel->currentData().toInt());
    t.institutionId = m_institution->institutionId();
    t.summary = m_summary->toPlainText().trimmed();
    t.handler = m_handler->text().trimmed();
    t.conclusion = TipoffConclusion(m_conclusion->currentData().toInt());
    t.result = m_result->toPlainText().trimmed();
    t.note = m_note->toPlainText().trimmed();
    return t;
}

TipoffReporter TipoffDialog::reporter() const
{
    TipoffReporter r;
    r.anonymous = m_anonymous->isChecked();
    r.name = m_reporterName->text().trimmed();
    r.contact = m_reporterContact->text().trimmed();
    r.note = m_reporterNote->text().trimmed();
    return r;
}

QString TipoffDialog::check() const
{
    Status s = m_original.state == TipoffState::Closed ? Status() : tipoff().validate();
    s.add(reporter().validate());
    return s.message();
}

} // namespace qf::ui

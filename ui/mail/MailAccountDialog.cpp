// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailAccountDialog.h"

#include "actions/MailAccountActions.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace qf::ui {

MailAccountDialog::MailAccountDialog(const MailAccount &account, const std::optional<Campaign> &campaign, QWidget *parent)
    : QDialog(parent), m_account(account), m_campaign(campaign)
{
    setWindowTitle(account.id ? tr("修改邮箱") : tr("添加邮箱"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(account.name);
    m_name->setPlaceholderText(tr("例如：党建办邮箱"));
    m_address = new QLineEdit(account.address);
    m_address->setPlaceholderText(tr("例如：djb_luzhai@126.com"));
    m_host = new QLineEdit(account.imapHost);
    m_host->setPlaceholderText(tr("例如：imap.126.com"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(account.imapPort);
    m_startTls = new QCheckBox(tr("用 STARTTLS 升级加密（端口 143）"));
    m_startTls->setChecked(!account.imapImplicitTls);
    connect(m_startTls, &QCheckBox::toggled, this, [this](bool on) {
        if (m_port->value() == 993 || m_port->value() == 143)
            m_port->setValue(on ? 143 : 993);
    });
    m_smtpHost = new QLineEdit(account.smtpHost);
    m_smtpHost->setPlaceholderText(tr("例如：smtp.126.com（发送催报和回执用）"));
    m_smtpPort = new QSpinBox;
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(account.smtpPort);
    m_smtpPort->setToolTip(tr("465 为 SSL 加密；587 为 STARTTLS 升级加密"));
    m_user = new QLineEdit(account.userName);
    m_user->setPlaceholderText(tr("默认为邮箱地址"));
    m_mailbox = new QLineEdit(account.mailbox);
    m_office = new QLineEdit(account.office);
    QStringList offices;
    if (campaign)
        for (const Office &o : campaign->offices)
            offices << o.name;
    auto *completer = new QCompleter(offices, m_office);
    // Every office as soon as one types, not only those starting with what was typed.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_office->setCompleter(completer);
    m_office->setPlaceholderText(offices.isEmpty() ? tr("不填：不按股室区分")
                                                   : tr("例如：%1（不填则不按股室区分）").arg(offices.first()));
    m_office->setToolTip(tr("催报按截止期限的“报至”股室找发信邮箱，须是专项整治中的股室"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("邮箱设置中生成的授权码，不是登录密码"));
    m_remember = new QCheckBox(tr("记住授权码（保存在系统密钥环中）"));
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("邮箱地址"), m_address);
    form->addRow(tr("收信服务器（IMAP）"), m_host);
    form->addRow(tr("端口"), m_port);
    form->addRow(QString(), m_startTls);
    form->addRow(tr("发信服务器（SMTP）"), m_smtpHost);
    form->addRow(tr("发信端口"), m_smtpPort);
    form->addRow(tr("用户名"), m_user);
    form->addRow(tr("邮件文件夹"), m_mailbox);
    form->addRow(tr("收报股室"), m_office);
    form->addRow(tr("授权码"), m_password);
    form->addRow(QString(), m_remember);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(460);
}

MailAccount MailAccountDialog::account() const
{
    MailAccount a = m_account;
    a.name = m_name->text().trimmed();
    a.address = m_address->text().trimmed();
    a.imapHost = m_host->text().trimmed();
    a.imapPort = m_port->value();
    a.imapImplicitTls = !m_startTls->isChecked();
    a.smtpHost = m_smtpHost->text().trimmed();
    a.smtpPort = m_smtpPort->value();
    // 465 is TLS from the first byte; 587 (and 25) start in the clear and must upgrade.
    a.smtpImplicitTls = a.smtpPort != 587 && a.smtpPort != 25;
    a.userName = m_user->text().trimmed().isEmpty() ? a.address : m_user->text().trimmed();
    a.mailbox = m_mailbox->text().trimmed().isEmpty() ? QStringLiteral("INBOX") : m_mailbox->text().trimmed();
    a.office = m_office->text().trimmed();
    return a;
}

void MailAccountDialog::accept()
{
    if (const Status s = MailAccountActions::officeCheck(m_campaign ? &*m_campaign : nullptr, m_office->text()); !s) {
        m_problem->setText(s.message());
        m_problem->show();
        m_office->setFocus();
        m_office->selectAll();
        return;
    }
    m_problem->clear();
    m_problem->hide();
    QDialog::accept();
}

QString MailAccountDialog::problem() const
{
    return m_problem->text();
}

QString MailAccountDialog::password() const
{
    return m_password->text();
}

bool MailAccountDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace qf::ui

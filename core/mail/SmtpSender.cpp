// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SmtpSender.h"

#include "mail/MimeWriter.h"

namespace qf {

MailServer SmtpSender::serverOf(const MailAccount &account, const QString &password)
{
    return MailServer::of(account, account.smtpHost, account.smtpPort, account.smtpImplicitTls, password);
}

SmtpSender::SmtpSender(const MailAccount &account, const QString &password)
    : m_account(account)
    , m_client(serverOf(account, password))
{
}

Status SmtpSender::send(const OutgoingMail &mail, Delivery *delivery)
{
    *delivery = Delivery::NotSent;
    if (m_account.smtpHost.trimmed().isEmpty())
        return Status::failure(tr("邮箱“%1”没有设置发信服务器（SMTP），请在 设置 → 邮箱 中填写。").arg(m_account.name));
    return m_client.send(mail.fromAddress, {mail.toAddress}, MimeWriter::write(mail), delivery);
}

} // namespace qf

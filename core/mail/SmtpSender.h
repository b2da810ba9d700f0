// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailSender.h"
#include "mail/SmtpClient.h"
#include "model/MailAccount.h"

namespace qf {

/// 催报 and 回执 through an office mailbox's SMTP server (its account's settings and 授权码):
/// each message written by MimeWriter and sent on one connection kept for the run.
class SmtpSender : public MailSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
public:
    SmtpSender(const MailAccount &account, const QString &password);
    /// The account's SMTP server as libcurl reaches it.
    static MailServer serverOf(const MailAccount &account, const QString &password);
    Status send(const OutgoingMail &mail, Delivery *delivery) override;

private:
    MailAccount m_account;
    SmtpClient m_client;
};

} // namespace qf

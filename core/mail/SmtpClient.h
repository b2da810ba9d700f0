// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailSender.h"
#include "mail/MailServer.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qf {

/// Sends finished messages over SMTP through libcurl: SMTPS (465, TLS from the first byte) or
/// STARTTLS (587), always encrypted, logging in with the account's 授权码. One connection
/// (one easy handle), kept for the messages of a run. Not thread-safe.
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
public:
    explicit SmtpClient(const MailServer &server);
    ~SmtpClient();
    SmtpClient(const SmtpClient &) = delete;
    SmtpClient &operator=(const SmtpClient &) = delete;

    using Delivery = MailSender::Delivery;

    /// Sends `message` (CRLF lines, as MimeWriter writes it) from `from` to `to`.
    Status send(const QString &from, const QStringList &to, const QByteArray &message, Delivery *delivery);

private:
    MailServer m_server;
    void *m_curl = nullptr;
};

} // namespace qf

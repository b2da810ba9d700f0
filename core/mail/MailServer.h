// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"

#include <QString>

namespace qf {

/// Where an office mailbox lives and how to reach it: what the user types into 设置 → 邮箱
/// (the password is the mailbox's 授权码, which the keyring keeps; it is never stored here).
struct MailServer
{
    QString host;
    int port = 993;
    QString user;
    QString password;
    /// A root certificate file to trust instead of the system's (tests; a bureau's own server).
    QString caFile;

    /// TLS from the first byte (IMAPS 993, SMTPS 465); otherwise the connection starts in the
    /// clear and must upgrade with STARTTLS: a server that will not is refused, never used
    /// without encryption.
    bool implicitTls = true;

    /// What a port usually speaks, for the account dialog's default.
    static bool implicitTlsOnPort(int port) { return port == 993 || port == 465; }

    /// One of an account's two servers (IMAP or SMTP: host, port and TLS as given), reached
    /// with the account's user name and CA file.
    static MailServer of(const MailAccount &account, const QString &host, int port, bool implicitTls,
                         const QString &password)
    {
        MailServer s;
        s.host = host;
        s.port = port;
        s.implicitTls = implicitTls;
        s.user = account.userName;
        s.password = password;
        s.caFile = account.caFile;
        return s;
    }
};

} // namespace qf

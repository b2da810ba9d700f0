// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qf::test {

/// The throwaway servers of tests/tools/with-mail-servers.sh, as the tests reach them. A test
/// that needs them fails (never skips) when they are not there.
struct MailServers
{
    static MailServer imap(const QString &user = QStringLiteral("djb"));
    static MailServer smtp(const QString &user = QStringLiteral("djb"));
    /// The same server's listener that starts in the clear and requires STARTTLS (as 587 does).
    static MailServer smtpStartTls(const QString &user = QStringLiteral("djb"));
    /// The messages the SMTP server kept, in arrival order (.eml files).
    static QStringList sentMessages();
    /// Puts a message into the user's mailbox `folder` (INBOX, or a folder made on first use,
    /// so that each test can have a mailbox of its own) as delivered at `arrived` (its INTERNALDATE).
    static void deliver(const QString &user, const QByteArray &message, const QDateTime &arrived,
                        const QString &folder = QStringLiteral("INBOX"));
    static QString maildir(const QString &user, const QString &folder = QStringLiteral("INBOX"));
    /// Makes Dovecot renumber the folder, as a server restored or moved does: its UID list and
    /// indexes go (the messages stay), so the next session finds a new UIDVALIDITY.
    static void renumber(const QString &user, const QString &folder);
};

} // namespace qf::test

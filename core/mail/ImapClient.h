// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailServer.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace qf {

/// One message as the mailbox lists it, before its content is fetched.
struct ImapMessageInfo
{
    quint32 uid = 0;
    /// When the message reached the server (IMAP INTERNALDATE): the receipt time of a filing,
    /// whenever the clerk happens to fetch it.
    QDateTime arrived;
    qint64 size = 0;
    QStringList flags;
    bool seen() const { return flags.contains(QStringLiteral("\\Seen"), Qt::CaseInsensitive); }
};

/// What SELECT/STATUS tells of a mailbox: UIDs only identify a message together with
/// the mailbox's UIDVALIDITY.
struct ImapMailboxState
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 messages = 0;
};

/// A small IMAP client over libcurl: one connection (one easy handle) for a session of
/// commands, always encrypted, with the commands the collection needs and nothing that
/// changes the mailbox unless asked. Not thread-safe; use one per thread.
class ImapClient
{
    Q_DECLARE_TR_FUNCTIONS(ImapClient)
public:
    explicit ImapClient(const MailServer &server);
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    /// Logs in and sends the IMAP ID command, which NetEase's servers (126.com, 163.com)
    /// require before they allow SELECT.
    Status open();
    Status mailboxState(const QString &mailbox, ImapMailboxState *state);
    /// Every message with a UID at or above fromUid, in UID order. Each command by UID names
    /// the UIDVALIDITY its UIDs belong to (from mailboxState) and fails, touching nothing, when
    /// the server renumbered the mailbox since: a UID of the old numbering may be another
    /// message now.
    Status list(const QString &mailbox, quint32 uidValidity, quint32 fromUid, QList<ImapMessageInfo> *out);
    /// The whole message. Fetching marks it \Seen on the server; when keepUnseen is true and
    /// it was not seen before, the flag is taken off again, so the mailbox looks as it did.
    Status fetch(const QString &mailbox, quint32 uidValidity, const ImapMessageInfo &info, bool keepUnseen, QByteArray *raw);
    Status markSeen(const QString &mailbox, quint32 uidValidity, quint32 uid);
    /// Upper bound on one message; larger ones are listed but never downloaded.
    static constexpr qint64 MaxMessageSize = 80ll << 20;

    /// The parsing of untagged responses, public for the tests.
    static QList<ImapMessageInfo> parseFetchList(const QByteArray &response);
    static bool parseStatus(const QByteArray &response, ImapMailboxState *state);
    static QDateTime parseInternalDate(const QString &text);

private:
    Status perform(const QString &path, const QByteArray &command, QByteArray *response, qint64 limit);
    /// The same on a mailbox selected under uidValidity (a path with ;UIDVALIDITY=, and more after it).
    Status performOn(const QString &mailbox, quint32 uidValidity, const QString &more, const QByteArray &command,
                     QByteArray *response, qint64 limit);
    QString url(const QString &path) const;

    MailServer m_server;
    void *m_curl = nullptr;
};

} // namespace qf

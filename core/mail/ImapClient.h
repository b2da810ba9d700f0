// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailServer.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

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
    /// What the server offers once logged in (CAPABILITY), upper-cased: MOVE, UIDPLUS…
    Status capabilities(QStringList *out);
    /// Which of these UIDs the mailbox still holds (UID SEARCH), in UID order.
    Status present(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids, QList<quint32> *out);
    /// Creates the mailbox unless the server lists it already.
    Status ensureMailbox(const QString &mailbox);
    enum class MoveMethod {
        Move,            ///< UID MOVE (RFC 6851): one command, the server keeps it atomic
        CopyThenExpunge, ///< UID COPY, then UID STORE \Deleted and UID EXPUNGE of exactly these UIDs (UIDPLUS)
    };
    /// The method the server allows (MOVE, else COPY with UIDPLUS's UID EXPUNGE, which takes away
    /// only the messages named: a plain EXPUNGE would also remove whatever else someone marked
    /// \Deleted); nothing when it allows neither.
    static std::optional<MoveMethod> moveMethodFor(const QStringList &capabilities);
    /// Moves the messages to `target` (which exists). A copy that fails leaves the mailbox as it was.
    Status move(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids, const QString &target, MoveMethod method);
    /// How many messages list() asks about in one FETCH, to keep each answer well below
    /// libcurl's cap on one command's untagged answers.
    static constexpr int kListSlice = 100;
    /// How many UIDs one SEARCH asks about: libcurl silently cuts a SEARCH answer line of
    /// about 10,000 UIDs and more.
    static constexpr int kSearchWindow = 1000;
    /// Upper bound on one message; larger ones are listed but never downloaded.
    static constexpr qint64 MaxMessageSize = 80ll << 20;

    /// The parsing of untagged responses, public for the tests.
    static QList<ImapMessageInfo> parseFetchList(const QByteArray &response);
    static bool parseStatus(const QByteArray &response, ImapMailboxState *state);
    static QDateTime parseInternalDate(const QString &text);
    static QStringList parseCapabilities(const QByteArray &response);
    static QList<quint32> parseSearch(const QByteArray &response);
    /// A UID set as IMAP writes it, runs folded into ranges: 3:5,9.
    static QByteArray uidSet(QList<quint32> uids);
    /// A mailbox name as an IMAP quoted string (modified UTF-7, quotes and backslashes escaped).
    static QByteArray quotedMailbox(const QString &mailbox);

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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The offices' mailboxes and what was fetched from them (migration 0018).
class MailRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailRepository)
public:
    explicit MailRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<MailAccount> accounts(Status *status = nullptr) const;
    std::optional<MailAccount> findAccount(qint64 id) const;
    std::optional<MailAccount> findAccount(const QString &name) const;
    /// Adds (id 0) or changes an account; a name is used once.
    Status save(MailAccount &account);
    /// Refused once messages were fetched through it: they are the evidence of filings.
    Status removeAccount(qint64 id);

    /// The highest UID recorded for the mailbox under this UIDVALIDITY (0: none).
    quint32 lastUid(qint64 accountId, const QString &mailbox, quint32 uidValidity) const;
    bool hasMessage(qint64 accountId, const QString &mailbox, quint32 uidValidity, quint32 uid) const;
    /// The UIDVALIDITY of the mailbox's latest recorded message (0: none recorded yet).
    quint32 latestUidValidity(qint64 accountId, const QString &mailbox) const;
    /// The first recorded message with this Message-ID, in any mailbox (0: none).
    qint64 messageWithId(const QString &messageId) const;
    /// Every recorded message with this Message-ID, in any mailbox, first recorded first.
    QList<StoredMailMessage> messagesWithId(const QString &messageId) const;
    /// The recorded messages without a Message-ID from this sender (empty: not read), first recorded first.
    QList<StoredMailMessage> messagesWithoutIdFrom(const QString &fromAddress) const;
    /// Records a message and its attachments in one transaction (ids filled in).
    Status record(StoredMailMessage &message, QList<StoredMailAttachment> &attachments);
    std::optional<StoredMailMessage> message(qint64 id) const;
    QList<StoredMailMessage> messages(qint64 accountId) const;
    QList<StoredMailAttachment> attachments(qint64 messageRow, bool withContent = false) const;
    std::optional<StoredMailAttachment> attachment(qint64 id) const;
    /// The attachments still waiting to be imported (workbooks of non-duplicate messages), oldest first.
    QList<StoredMailAttachment> pendingAttachments(bool withContent = true) const;
    /// The attachments whose outcome is decided (of non-duplicate messages), oldest first: what 回执 answers.
    QList<StoredMailAttachment> decidedAttachments(bool withContent = true) const;
    /// Writes an attachment's outcome, once (a decided attachment stays decided).
    Status decide(qint64 attachmentId, MailAttachmentOutcome outcome, const QString &detail);

    static QString outcomeKey(MailAttachmentOutcome outcome);
    static MailAttachmentOutcome outcomeFromKey(const QString &key);

private:
    QList<MailAccount> selectAccounts(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    QList<StoredMailMessage> selectMessages(const QString &where, const QVariant &bind,
                                            const QString &order = QStringLiteral("arrived_at, id")) const;
    QList<StoredMailAttachment> selectAttachments(const QString &where, const QVariant &bind, bool withContent) const;
    Database &m_db;
};

} // namespace qf

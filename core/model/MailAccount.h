// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace qf {

/// An office's mailbox as 设置 → 邮箱 keeps it: where it is and who logs in. The password
/// (the mailbox's 授权码) is never part of it.
struct MailAccount
{
    qint64 id = 0;
    QString name;        ///< what the clerk calls it, e.g. 党建办邮箱
    QString office;      ///< the campaign office whose filings arrive there
    QString address;
    QString imapHost;
    int imapPort = 993;
    bool imapImplicitTls = true;
    QString smtpHost;
    int smtpPort = 465;
    bool smtpImplicitTls = true;
    QString userName;
    QString mailbox = QStringLiteral("INBOX");
    QString caFile;      ///< a root certificate to trust instead of the system's; usually empty
    QDateTime createdAt;
};

/// A message as fetched and recorded: enough to know it again and to show where a filing came from.
struct StoredMailMessage
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString mailbox;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QString messageId;
    QString fromAddress;
    QString fromName;
    QString subject;
    QDateTime arrivedAt; ///< IMAP INTERNALDATE: when it reached the server
    qint64 size = 0;
    QDateTime fetchedAt;
    QString fetchedBy;
    qint64 duplicateOf = 0; ///< the first message with the same Message-ID, whose attachments count
    QString note;
};

enum class MailAttachmentOutcome { Pending, Imported, Unchanged, Refused, NotWorkbook };

struct StoredMailAttachment
{
    qint64 id = 0;
    qint64 messageRow = 0;
    int seq = 0;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256;
    QByteArray content; ///< kept for workbooks only
    MailAttachmentOutcome outcome = MailAttachmentOutcome::Pending;
    QString detail;
    QDateTime decidedAt;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

/// A message Qingfeng sends (催报, 回执), as plain data: the mail library writes it as MIME
/// (MimeWriter) and sends it (SmtpSender).
struct OutgoingMail
{
    struct Attachment
    {
        QString fileName;
        QString contentType;
        QByteArray data;
    };

    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
    QList<Attachment> attachments;
    QString messageId; ///< without angle brackets
    QDateTime date;

    /// A new Message-ID in the sender's domain, random, so that two runs never make the same one.
    static QString newMessageId(const QString &fromAddress);
};

} // namespace qf

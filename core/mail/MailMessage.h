// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

/// One attachment of a message, decoded (base64/quoted-printable undone), with the name the
/// sender's program gave it (RFC 2047/2231, GBK or UTF-8, decoded).
struct MailAttachment
{
    QString fileName;
    QString contentType;
    QByteArray data;
};

/// What the collection needs of a received message, read with GMime: who sent it, its id,
/// and its attachments. Parsing never trusts the message: nesting, the number of parts and
/// the decoded size are bounded, and what lies beyond the bounds is reported, not read.
struct MailMessage
{
    Q_DECLARE_TR_FUNCTIONS(MailMessage)
public:
    QString messageId;
    QString fromAddress; ///< lower case
    QString fromName;
    QString subject;
    QDateTime sentDate; ///< the Date header, as the sender's clock had it (informative only)
    QList<MailAttachment> attachments;
    /// What could not be read (too deep, too many parts, too large), in the user's words.
    QStringList problems;

    static constexpr int MaxDepth = 32;
    static constexpr int MaxParts = 200;
    static constexpr qint64 MaxDecoded = 256ll << 20;

    /// Fails only when the bytes are not a message at all.
    static Status parse(const QByteArray &raw, MailMessage *out);
};

} // namespace qf

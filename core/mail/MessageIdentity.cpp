// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MessageIdentity.h"

#include "storage/MailRepository.h"

#include <QSet>

namespace qf {

namespace {

QSet<QString> hashesOf(const MailRepository &repo, qint64 messageRow)
{
    QSet<QString> hashes;
    for (const StoredMailAttachment &a : repo.attachments(messageRow))
        hashes.insert(a.sha256);
    return hashes;
}

} // namespace

MessageIdentity MessageIdentity::of(const MailRepository &repo, const StoredMailMessage &message, const QStringList &sha256)
{
    MessageIdentity identity;
    const QSet<QString> hashes(sha256.cbegin(), sha256.cend());
    const bool withId = !message.messageId.isEmpty();
    const QList<StoredMailMessage> earlier =
        withId ? repo.messagesWithId(message.messageId) : repo.messagesWithoutIdFrom(message.fromAddress);
    for (const StoredMailMessage &m : earlier) {
        if (m.id == message.id)
            continue;
        bool same = m.fromAddress == message.fromAddress && hashesOf(repo, m.id) == hashes;
        if (!withId) {
            same = same && m.arrivedAt == message.arrivedAt;
            // Not read (too large to download): nothing but its arrival and its size to go by.
            if (message.fromAddress.isEmpty())
                same = same && m.size == message.size;
        }
        if (same) {
            identity.sameAs = m.duplicateOf ? m.duplicateOf : m.id;
            identity.reusedIdOf = 0;
            return identity;
        }
        if (withId && !identity.reusedIdOf)
            identity.reusedIdOf = m.duplicateOf ? m.duplicateOf : m.id;
    }
    return identity;
}

} // namespace qf

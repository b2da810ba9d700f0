// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"

#include <QStringList>

namespace qf {

class MailRepository;

/// Whether a fetched message is one already recorded under another UID (sent again, or
/// renumbered by the server), told by what the message says of itself: its Message-ID, its
/// sender and the SHA-256 of every attachment must all agree. A Message-ID alone proves
/// nothing (broken mailers reuse one, a forwarded copy keeps it, anyone can forge it); a
/// message without one is known by its sender, its arrival on the server (INTERNALDATE,
/// which a renumbering keeps) and its attachments.
struct MessageIdentity
{
    qint64 sameAs = 0;     ///< the first recorded message this one is (0: a message of its own)
    qint64 reusedIdOf = 0; ///< the first recorded message that is another one with the same Message-ID

    /// `message` as it would be recorded; `sha256` its attachments' hashes, in any order.
    static MessageIdentity of(const MailRepository &repo, const StoredMailMessage &message, const QStringList &sha256);
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SentMail.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The sending log of 催报 and 回执 (migration 0019): a message is claimed (committed) before
/// it is sent and settled after, so that no run sends what another run, or an earlier run
/// that was killed, may already have sent.
class SentMailRepository
{
    Q_DECLARE_TR_FUNCTIONS(SentMailRepository)
public:
    explicit SentMailRepository(Database &db) : m_db(db) {}

    QList<SentMail> all(qint64 campaignId) const;
    std::optional<SentMail> reminder(qint64 campaignId, const QString &unitKey, int deliverable, const YearMonth &period) const;
    std::optional<SentMail> receipt(qint64 attachmentId) const;
    QList<SentMail> withMessageId(const QString &messageId) const;

    /// Claims the rows of one message in one transaction: new rows as Sending, and rows that
    /// failed before back to Sending. Fails, claiming none, when any row is already claimed or
    /// settled (by this run before, another run, or one that was killed); `taken` then says so.
    Status claim(QList<SentMail> &rows, bool *taken = nullptr);
    /// Settles every row of the message (Sent, Failed or Uncertain), with the server's words.
    Status settle(const QString &messageId, SentMailState state, const QString &detail);

    static QString stateKey(SentMailState state);
    static SentMailState stateFromKey(const QString &key);

private:
    QList<SentMail> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace qf

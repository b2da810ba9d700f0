// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QDateTime>
#include <QString>

namespace qf {

enum class SentMailKind { Reminder, Receipt };

/// Where a message of the sending log stands. A claim is committed before the message goes
/// out, so what a killed or cut-off run leaves is a claim, never nothing.
enum class SentMailState {
    Sending,   ///< claimed; whether the server got it is not known (a run that was killed)
    Sent,      ///< the server accepted it
    Failed,    ///< the server surely never had it (login refused, unreachable): may be sent again
    Uncertain, ///< the connection broke after the whole message was handed over: never sent again by itself
};

/// One row of the sending log (migration 0019): one deliverable of one unit, or one received
/// attachment, and the message that went (or may have gone) about it. A message to a unit
/// that owes several forms has a row for each, with one Message-ID.
struct SentMail
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString unitKey;
    int deliverable = 0;
    YearMonth period;
    SentMailKind kind = SentMailKind::Reminder;
    qint64 aboutAttachment = 0; ///< receipts: the mail attachment answered
    qint64 accountId = 0;
    QString recipient;
    QString subject;
    QString messageId;
    SentMailState state = SentMailState::Sending;
    QString detail;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString sentBy;

    /// Sent, or possibly sent: never to be sent again without the clerk's say.
    bool settled() const { return state != SentMailState::Failed; }
};

} // namespace qf

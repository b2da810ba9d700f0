// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailSender.h"
#include "model/MailAccount.h"
#include "model/OutgoingMail.h"
#include "model/SentMail.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace qf {

class Database;

/// One message 催报 or 回执 would send, as the preview shows it, or why it is not sendable.
struct PlannedMail
{
    enum class Plan {
        Send,        ///< goes on the next run with sending
        NoAddress,   ///< the unit has no e-mail address in the registry (never guessed)
        AlreadySent, ///< the sending log has it as sent
        MaybeSent,   ///< a run was cut off while sending it: left to the clerk, never sent again by itself
        NoAccount,   ///< no mailbox to send from
    };
    Plan plan = Plan::Send;
    QString unitName;
    MailAccount account; ///< the office mailbox it goes from
    OutgoingMail mail;
    QList<SentMail> rows; ///< what the sending log records for it
    QString note;        ///< why it is not sent, in the user's words

    bool sendable() const { return plan == Plan::Send; }
};

struct MailRunOptions
{
    /// The pause between two messages: public mail servers (126.com, 163.com) take a burst of
    /// messages from one mailbox for spam and lock it.
    int pauseMilliseconds = 5000;
    /// At most this many messages in one run; the rest wait for the next.
    int maxMessages = 30;
    /// Called before each message (its index in the plan); returning false stops the run.
    std::function<bool(int, const PlannedMail &)> progress;
};

struct MailRunResult
{
    int sent = 0;
    int failed = 0;
    int uncertain = 0;
    int skipped = 0;   ///< claimed meanwhile by another run
    int left = 0;      ///< sendable but beyond maxMessages, or after a stop
    QStringList lines; ///< one per message tried, in the user's words
};

/// What 催报 and 回执 share: each message is claimed in the sending log (committed) before it
/// goes, then settled with the server's answer, so a run killed or cut off half way leaves
/// every message sent, surely not sent, or marked as possibly sent — and never sends one twice.
class MailRun
{
    Q_DECLARE_TR_FUNCTIONS(MailRun)
public:
    /// The sender for an account (the caller owns it; nullptr: that account cannot send now).
    using SenderFor = std::function<MailSender *(const MailAccount &)>;
    /// Sends the sendable messages of `plan` in order. Stops at the first failure (a wrong
    /// password or a broken connection would fail the rest too) and returns it.
    static Status send(Database &db, const SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                       MailRunResult *result);
    /// The preview's word for a plan.
    static QString planText(PlannedMail::Plan plan);
};

} // namespace qf

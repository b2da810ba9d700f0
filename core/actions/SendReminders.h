// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailRun.h"
#include "model/Campaign.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace qf {

class Database;

/// 催报 by e-mail: each unit still owing the month's filings past their due date gets one
/// message from the office mailbox they file to (the account of the recipient office, else
/// the first), naming what it owes, with its blank template workbook for the month attached
/// (the same one `templates` writes). A unit without an e-mail address in the registry is
/// listed as not sendable, never guessed. Each (unit, deliverable, month) is reminded once.
class SendReminders
{
    Q_DECLARE_TR_FUNCTIONS(SendReminders)
public:
    /// What a run would send now (nothing is sent or stored). `accountName`, when given, sends
    /// every message from that mailbox.
    static Status preview(Database &db, const Campaign &campaign, const YearMonth &month, const QDate &today,
                          const QString &accountName, QList<PlannedMail> *out);
    /// Sends what preview planned, as MailRun does.
    static Status run(Database &db, const MailRun::SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                      MailRunResult *result);
};

} // namespace qf

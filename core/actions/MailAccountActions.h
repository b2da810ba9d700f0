// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>

namespace qf {

class Database;
struct Campaign;

/// 设置 → 邮箱 and `qingfeng-cli mail account`: the offices' mailboxes, one transaction each
/// (the settings' changes are in the audit trail; the password never reaches the database).
namespace MailAccountActions {
QList<MailAccount> accounts(Database &db, Status *status = nullptr);
/// Saves the account once its 收报股室 passes officeCheck against `campaign` (the one open;
/// nullptr when there is none) and its mailbox (folder) name is one LIST reads as written.
Status save(Database &db, const Campaign *campaign, MailAccount &account);
/// 催报 goes out from the mailbox of the deadline's recipient office, found by this name: a
/// name that is not one of the campaign's offices would never match, and the reminders would
/// silently go from another office's mailbox. Empty means the mailbox serves no office in
/// particular; any other name must be one of the campaign's offices, as written there.
Status officeCheck(const Campaign *campaign, const QString &office);
/// A name IMAP's LIST would misread or a clerk could not see as typed: '%' and '*' are LIST's
/// wildcards, a control character (a pasted line break, a bidi override) hides itself. True
/// when `name` has one; the account's mailbox and a --move-to folder are refused so.
bool unsafeMailboxName(const QString &name);
/// Refused once mail was fetched through the account: it is the evidence of filings.
Status remove(Database &db, qint64 accountId);
} // namespace MailAccountActions

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"
#include "model/Status.h"

#include <QList>

namespace qf {

class Database;

/// 设置 → 邮箱 and `qingfeng-cli mail account`: the offices' mailboxes, one transaction each
/// (the settings' changes are in the audit trail; the password never reaches the database).
namespace MailAccountActions {
QList<MailAccount> accounts(Database &db);
Status save(Database &db, MailAccount &account);
/// Refused once mail was fetched through the account: it is the evidence of filings.
Status remove(Database &db, qint64 accountId);
} // namespace MailAccountActions

} // namespace qf

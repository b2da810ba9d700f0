// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/MailAccountActions.h"

#include "storage/MailRepository.h"

namespace qf::MailAccountActions {

QList<MailAccount> accounts(Database &db)
{
    return MailRepository(db).accounts();
}

Status save(Database &db, MailAccount &account)
{
    return MailRepository(db).save(account);
}

Status remove(Database &db, qint64 accountId)
{
    return MailRepository(db).removeAccount(accountId);
}

} // namespace qf::MailAccountActions

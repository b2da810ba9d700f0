// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/MailAccountActions.h"

#include "model/Campaign.h"
#include "model/NameKey.h"
#include "storage/MailRepository.h"

namespace qf::MailAccountActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::MailAccountActions", text);
}

} // namespace

QList<MailAccount> accounts(Database &db, Status *status)
{
    return MailRepository(db).accounts(status);
}

Status officeCheck(const Campaign *campaign, const QString &office)
{
    const QString name = office.trimmed();
    if (name.isEmpty())
        return Status::success();
    if (!campaign)
        return Status::failure(tr("还没有专项整治，无法核对收报股室“%1”：请先新建专项整治，或不填收报股室。").arg(name));
    QStringList names;
    for (const Office &o : campaign->offices) {
        if (o.name == name)
            return Status::success();
        names << o.name;
    }
    if (names.isEmpty())
        return Status::failure(tr("专项整治“%1”没有设置股室，收报股室“%2”无从核对：请先在专项整治中添加股室，或不填收报股室。")
                                   .arg(campaign->title, name));
    return Status::failure(tr("收报股室“%1”不是专项整治中的股室（%2）：催报按股室找发信邮箱，请选择其中之一，或不填。")
                               .arg(name, names.join(tr("、"))));
}

bool unsafeMailboxName(const QString &name)
{
    return name.contains(QLatin1Char('%')) || name.contains(QLatin1Char('*')) || NameKey::controlCharacterAt(name) >= 0;
}

Status save(Database &db, const Campaign *campaign, MailAccount &account)
{
    account.office = account.office.trimmed();
    if (Status s = officeCheck(campaign, account.office); !s)
        return s;
    // "报表*" would be fetched from whichever folders LIST matches, or from none, and a
    // hidden control character names a folder nobody can find again.
    if (unsafeMailboxName(account.mailbox))
        return Status::failure(tr("邮箱“%1”的文件夹名称“%2”含有 %、* 或控制字符：请填写服务器上文件夹的确切名称。")
                                   .arg(account.name, account.mailbox));
    return MailRepository(db).save(account);
}

Status remove(Database &db, qint64 accountId)
{
    return MailRepository(db).removeAccount(accountId);
}

} // namespace qf::MailAccountActions

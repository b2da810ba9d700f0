// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveDemoData.h"

#include "storage/Database.h"
#include "storage/DemoDataStore.h"
#include "storage/ServerAdmin.h"

namespace qf {

namespace {

Status check(Database &db, RemoveDemoData::Summary *out)
{
    *out = RemoveDemoData::Summary();
    // A shared server's registry is every institution's: only the bureau decides what of it
    // is demo, as it alone may delete institutions and campaigns there.
    if (db.isServer()) {
        const ServerAdmin::Account account = ServerAdmin::currentAccount(db);
        if (account.kind != ServerAdmin::AccountKind::Bureau || account.institutionId != 0)
            return Status::failure(RemoveDemoData::tr("服务器上的示例数据只能由卫健局的账户删除。"));
    }
    const DemoDataStore store(db);
    DemoDataStore::Contents contents;
    Status s = store.contents(&contents);
    if (!s)
        return s;
    out->campaigns = contents.campaigns;
    out->campaignTitles = contents.campaignTitles;
    out->institutions = contents.institutions;
    out->keptInstitutions = contents.keptInstitutions;
    out->reports = contents.reports;
    out->ledgerRecords = contents.ledgerRecords;
    if (contents.isEmpty())
        return Status::failure(RemoveDemoData::tr("数据库中没有示例数据。"));
    QStringList blocking;
    s = store.blockers(&blocking);
    if (!s)
        return s;
    if (!blocking.isEmpty())
        return Status::failure(blocking);
    return Status::success();
}

} // namespace

QString RemoveDemoData::Summary::text() const
{
    QStringList parts;
    if (institutions > 0)
        parts << tr("%1 家示例机构").arg(institutions);
    if (campaigns > 0)
        parts << tr("%1 个示例活动（%2）").arg(campaigns).arg(campaignTitles.join(tr("；")));
    if (reports > 0)
        parts << tr("%1 份报表").arg(reports);
    if (ledgerRecords > 0)
        parts << tr("%1 条台账记录").arg(ledgerRecords);
    QString text = parts.join(tr("，"));
    if (!keptInstitutions.isEmpty())
        text += tr("；您修改过的示例机构（%1）保留在名册中，作为您自己的机构").arg(keptInstitutions.join(tr("、")));
    return text;
}

Status RemoveDemoData::preview(Database &db, Summary *out)
{
    return check(db, out);
}

Status RemoveDemoData::run(Database &db, Summary *removed)
{
    Summary summary;
    // The checks and the deletion in one transaction: nothing the user writes in between
    // (another window) slips past them.
    Transaction tx(db);
    Status s = check(db, &summary);
    if (s)
        s = DemoDataStore(db).remove();
    if (s)
        s = tx.commit();
    if (removed)
        *removed = s ? summary : Summary();
    return s;
}

} // namespace qf

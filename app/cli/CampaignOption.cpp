// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignOption.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"

namespace qf::cli {

qint64 campaignFromOptions(Context &ctx, const CliOptions &opts, Database &db)
{
    CampaignRepository campaigns(db);
    if (!opts.has(QStringLiteral("campaign"))) {
        const qint64 latest = campaigns.latestId();
        if (latest == 0)
            ctx.err << QCoreApplication::translate("Cli", "数据库中还没有专项整治，请先用 campaign create 新建。") << "\n";
        return latest;
    }
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("campaign")).toLongLong(&ok);
    if (!ok || !campaigns.load(id)) {
        ctx.err << QCoreApplication::translate("Cli", "找不到专项整治“%1”。可用的专项整治见 campaign list。")
                       .arg(opts.value(QStringLiteral("campaign"))) << "\n";
        return 0;
    }
    return id;
}

QDate todayFromOptions(Context &ctx, const CliOptions &opts)
{
    if (!opts.has(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(opts.value(QStringLiteral("today")), Qt::ISODate);
    if (!d.isValid())
        ctx.err << QCoreApplication::translate("Cli", "日期“%1”无效，应为 YYYY-MM-DD。").arg(opts.value(QStringLiteral("today")))
                << "\n";
    return d;
}

} // namespace qf::cli

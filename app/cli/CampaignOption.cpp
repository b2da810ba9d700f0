// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignOption.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"

namespace qf::cli {

qint64 campaignFromOptions(Context &ctx, const CliOptions &opts, Database &)
{
    const auto campaign = campaignFor(ctx, opts);
    return campaign ? campaign->id : 0;
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

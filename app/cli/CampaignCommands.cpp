// SPDX-License-Identifier: GPL-3.0-or-later
// campaign templates, campaign list, campaign create.
#include "Cli.h"

#include "campaign/CampaignTemplate.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"

namespace qf::cli {

namespace {

int templates(Context &ctx, const CliOptions &)
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn())
        ctx.out << t.key() << "\t" << t.name() << "\t" << t.source() << "\n";
    return Ok;
}

int list(Context &ctx, const CliOptions &)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    for (const Campaign &c : CampaignRepository(*db).list())
        ctx.out << c.id << "\t" << c.year << "\t" << c.county << "\t" << c.title << "\t" << c.docNumber
                << "\t" << c.start.toString(Qt::ISODate) << "—" << c.end.toString(Qt::ISODate)
                << (c.demo ? QCoreApplication::translate("Cli", "\t（示例）") : QString()) << "\n";
    return Ok;
}

int create(Context &ctx, const CliOptions &opts)
{
    const auto tmpl = CampaignTemplate::find(opts.value(QStringLiteral("template")));
    if (!tmpl) {
        ctx.err << QCoreApplication::translate("Cli", "找不到模板“%1”。可用模板见 campaign templates。")
                       .arg(opts.value(QStringLiteral("template"))) << "\n";
        return UsageError;
    }
    bool yearOk = false;
    CampaignParameters p;
    p.county = opts.value(QStringLiteral("county"));
    p.city = opts.value(QStringLiteral("city"));
    p.year = opts.value(QStringLiteral("year")).toInt(&yearOk);
    p.title = opts.value(QStringLiteral("title"));
    p.docNumber = opts.value(QStringLiteral("doc-number"));
    p.bureauPhone = opts.value(QStringLiteral("bureau-phone"));
    p.bureauEmail = opts.value(QStringLiteral("bureau-email"));
    p.cityPhone = opts.value(QStringLiteral("city-phone"));
    p.cityEmail = opts.value(QStringLiteral("city-email"));
    if (p.county.isEmpty() || !yearOk) {
        ctx.err << QCoreApplication::translate("Cli", "必须给出 --county 和 --year。") << "\n";
        return UsageError;
    }
    Campaign c;
    Status s = tmpl->instantiate(p, &c);
    Database *db = s ? ctx.database() : nullptr;
    if (s && !db)
        return DataError;
    if (s)
        s = CampaignRepository(*db).save(c);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已创建专项整治 %1：%2（%3—%4，%5个阶段，%6项截止事项）")
                   .arg(c.id).arg(c.title, c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate))
                   .arg(c.phases.size()).arg(c.deadlines.size()) << "\n";
    return Ok;
}

} // namespace

QList<Command> campaignCommands()
{
    return {
        {{QStringLiteral("campaign"), QStringLiteral("templates")}, QString(),
         QCoreApplication::translate("Cli", "列出内置的专项整治方案模板"), {}, {}, {}, templates},
        {{QStringLiteral("campaign"), QStringLiteral("list")}, QString(),
         QCoreApplication::translate("Cli", "列出数据库中的专项整治"), {}, {}, {}, list},
        {{QStringLiteral("campaign"), QStringLiteral("create")},
         QStringLiteral("--template NAME --county NAME --year YYYY [--city NAME] [--title …] [--doc-number …] "
                        "[--bureau-phone …] [--bureau-email …] [--city-phone …] [--city-email …]"),
         QCoreApplication::translate("Cli", "按模板新建专项整治"),
         QCoreApplication::translate("Cli", "阶段和截止日期按模板换算到指定年度；新建后可在程序中逐项修改。"),
         {QStringLiteral("template"), QStringLiteral("county"), QStringLiteral("city"), QStringLiteral("year"),
          QStringLiteral("title"), QStringLiteral("doc-number"), QStringLiteral("bureau-phone"),
          QStringLiteral("bureau-email"), QStringLiteral("city-phone"), QStringLiteral("city-email")},
         {}, create},
    };
}

} // namespace qf::cli

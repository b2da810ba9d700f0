// SPDX-License-Identifier: GPL-3.0-or-later
// campaign templates, campaign list, campaign create, campaign show.
#include "Cli.h"

#include "DateOption.h"
#include "actions/CampaignActions.h"
#include "campaign/CampaignPosition.h"
#include "campaign/CampaignTemplate.h"
#include "campaign/HolidayCalendar.h"
#include "campaign/SubmissionTracker.h"
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
        s = CampaignActions::save(*db, c);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已创建专项整治 %1：%2（%3—%4，%5个阶段，%6项截止事项）")
                   .arg(c.id).arg(c.title, c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate))
                   .arg(c.phases.size()).arg(c.deadlines.size()) << "\n";
    return Ok;
}

int show(Context &ctx, const CliOptions &opts)
{
    const QDate today = todayFromOptions(ctx, opts);
    if (!today.isValid())
        return UsageError;
    Database *db = ctx.database();
    if (!db)
        return DataError;
    const auto chosen = campaignFor(ctx, opts);
    const qint64 id = chosen ? chosen->id : 0;
    SubmissionTracker tracker;
    const Status s = id ? SubmissionTracker::load(*db, id, &tracker) : Status::failure(QString());
    if (!s) {
        if (!s.message().isEmpty())
            ctx.err << s.message() << "\n";
        return DataError;
    }
    const Campaign &c = tracker.campaign();
    const auto iso = [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM-dd")); };
    ctx.out << c.id << "\t" << c.title << "\n"
            << QCoreApplication::translate("Cli", "文号：%1　发文单位：%2　期间：%3 至 %4")
                   .arg(c.docNumber, c.issuingBody, iso(c.start), iso(c.end)) << "\n\n"
            << QCoreApplication::translate("Cli", "阶段：") << "\n";
    for (const Phase &p : c.phases)
        ctx.out << "  " << p.name << "\t" << iso(p.start) << QStringLiteral(u"—") << iso(p.end) << "\n";
    ctx.out << "\n" << QCoreApplication::translate("Cli", "截止事项：") << "\n";
    const HolidayCalendar &calendar = HolidayCalendar::china();
    for (const Deadline &d : c.deadlines) {
        ctx.out << "  " << d.title << "\t" << d.describe() << "\n";
        QStringList offDays;
        for (const YearMonth &p : d.periods()) {
            const QDate due = d.dueFor(p);
            if (calendar.isDayOff(due))
                offDays << QCoreApplication::translate("Cli", "%1（%2）").arg(iso(due), calendar.note(due));
        }
        if (!offDays.isEmpty())
            ctx.out << "    " << QCoreApplication::translate("Cli", "截止日逢休息日（仍按原日期）：")
                    << offDays.join(QStringLiteral(u"、")) << "\n";
    }
    ctx.out << "\n" << CampaignPosition::on(tracker, today).describe() << "\n";
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
        {{QStringLiteral("campaign"), QStringLiteral("show")}, QStringLiteral("[--campaign ID] [--today YYYY-MM-DD]"),
         QCoreApplication::translate("Cli", "显示专项整治的阶段、截止事项和今天的进度"),
         QCoreApplication::translate("Cli", "--campaign 指定编号（默认最近新建的一个）；截止日逢周末或法定节假日时照原文保留并注明。"
                                            "--today 按指定日期计算当前阶段和逾期情况。"),
         {QStringLiteral("campaign"), QStringLiteral("today")}, {}, show},
    };
}

} // namespace qf::cli

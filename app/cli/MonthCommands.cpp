// SPDX-License-Identifier: GPL-3.0-or-later
// month accept, month sign, month unlock: the 验收, 签发 and 解锁 of the entry page.
#include "Cli.h"

#include "actions/MonthLockActions.h"
#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"
#include "model/InstitutionLookup.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate records for tr() in this namespace
}

/// The form (--form) and month (--month) a lock command is about; a usage error otherwise.
bool formAndMonth(Context &ctx, const CliOptions &opts, int *form, YearMonth *month)
{
    bool ok = false;
    *form = opts.value(QStringLiteral("form")).toInt(&ok);
    *month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (!ok || !FormCatalog::numbers().contains(*form) || !month->isValid()) {
        ctx.err << tr("请指定 --form 1|2|3 和 --month YYYY-MM。") << "\n";
        return false;
    }
    return true;
}

/// The unit --unit names on the form of the month: an institution by full or short name
/// (one only), else a unit by the name the form gives it (附件2's categories). Empty,
/// after saying why, when there is none.
QString unitKeyFor(Context &ctx, Database &db, int form, const YearMonth &month, const QString &name)
{
    const QList<Institution> registry = InstitutionRepository(db).all();
    const QList<Institution> named = InstitutionLookup::matching(registry, name);
    if (named.size() > 1) {
        ctx.err << InstitutionLookup::find(registry, name, nullptr).message() << "\n";
        return QString();
    }
    for (const ReportingUnit &u : ReportingUnits::forForm(FormCatalog::form(form), registry, month))
        if (named.isEmpty() ? u.name == name : u.institutionId == named.first().id)
            return u.key;
    ctx.err << tr("附件%1在%2没有单位“%3”。").arg(form).arg(month.toChinese(), name) << "\n";
    return QString();
}

int reportStatus(Context &ctx, const Status &s)
{
    for (const QString &m : s.messages())
        ctx.err << m << "\n";
    return DataError;
}

int accept(Context &ctx, const CliOptions &opts)
{
    int form = 0;
    YearMonth month;
    if (!formAndMonth(ctx, opts, &form, &month))
        return UsageError;
    const QString name = opts.value(QStringLiteral("unit"));
    if (name.isEmpty()) {
        ctx.err << tr("请用 --unit 指定要验收的单位。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const QString key = unitKeyFor(ctx, *scope.db, form, month, name);
    if (key.isEmpty())
        return UsageError;
    const Status s = MonthLockActions::accept(*scope.db, scope.campaign.id, form, key, month);
    if (!s)
        return reportStatus(ctx, s);
    ctx.out << tr("已验收 %1 %2的%3，数字已锁定。").arg(name, month.toChinese(), FormCatalog::form(form).attachment) << "\n";
    return Ok;
}

int sign(Context &ctx, const CliOptions &opts)
{
    int form = 0;
    YearMonth month;
    if (!formAndMonth(ctx, opts, &form, &month))
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const Status s = MonthLockActions::sign(*scope.db, scope.campaign.id, form, month);
    if (!s)
        return reportStatus(ctx, s);
    ctx.out << tr("已签发 %1%2，全部单位的数字已锁定。").arg(month.toChinese(), FormCatalog::form(form).attachment) << "\n";
    return Ok;
}

int unlock(Context &ctx, const CliOptions &opts)
{
    int form = 0;
    YearMonth month;
    if (!formAndMonth(ctx, opts, &form, &month))
        return UsageError;
    const QString reason = opts.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty()) {
        ctx.err << tr("解锁必须用 --reason 说明理由（记入变更记录）。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    const QString name = opts.value(QStringLiteral("unit"));
    const QString key = name.isEmpty() ? MonthLockActions::wholeMonth() : unitKeyFor(ctx, *scope.db, form, month, name);
    if (key.isEmpty())
        return UsageError;
    const Status s = MonthLockActions::unlock(*scope.db, scope.campaign.id, form, key, month, reason);
    if (!s)
        return reportStatus(ctx, s);
    if (name.isEmpty())
        ctx.out << tr("已取消 %1%2的签发，可再修改。").arg(month.toChinese(), FormCatalog::form(form).attachment) << "\n";
    else
        ctx.out << tr("已解锁 %1 %2的%3，可再修改。").arg(name, month.toChinese(), FormCatalog::form(form).attachment) << "\n";
    return Ok;
}

} // namespace

QList<Command> monthCommands()
{
    const QString campaign = QStringLiteral("campaign");
    const QString form = QStringLiteral("form");
    const QString month = QStringLiteral("month");
    const QString unit = QStringLiteral("unit");
    const QString common = tr("--unit 为机构名称或简称，附件2 为“公立医院 三级”等分类。--campaign 指定专项整治编号，缺省为最近新建的一个。");
    return {
        {{QStringLiteral("month"), QStringLiteral("accept")}, QStringLiteral("--form N --month YYYY-MM --unit 名称 [--campaign ID]"),
         tr("验收一个单位某月的报表：数字锁定，不能再修改"),
         tr("单位须已报送该月报表且没有错误。验收时的数字随锁定保存。") + QLatin1Char('\n') + common,
         {campaign, form, month, unit}, {}, accept},
        {{QStringLiteral("month"), QStringLiteral("sign")}, QStringLiteral("--form N --month YYYY-MM [--campaign ID]"),
         tr("签发某月的一张表：全部单位的数字锁定"),
         tr("该月的表有错误时不签发（先用 check 查看）；提示和未报的单位不妨碍签发，请先核对。") + QLatin1Char('\n') + common,
         {campaign, form, month}, {}, sign},
        {{QStringLiteral("month"), QStringLiteral("unlock")},
         QStringLiteral("--form N --month YYYY-MM [--unit 名称] --reason 理由 [--campaign ID]"),
         tr("解除验收（--unit）或签发（不加 --unit）的锁定，须说明理由"),
         tr("理由与解锁人一起记入变更记录。已签发的月份须先取消签发，才能解锁单位的验收。") + QLatin1Char('\n') + common,
         {campaign, form, month, unit, QStringLiteral("reason")}, {}, unlock},
    };
}

} // namespace qf::cli

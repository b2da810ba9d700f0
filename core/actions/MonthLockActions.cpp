// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthLockActions.h"

#include "SignMonth.h"
#include "forms/CampaignForms.h"
#include "forms/FormDescription.h"
#include "model/NameKey.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ServerAdmin.h"

#include <optional>

namespace qf {

namespace {

// The server refuses anyone else too (grants), but with words of its own: say it in the user's.
Status mayLock(Database &db)
{
    if (db.isServer() && ServerAdmin::currentAccount(db).kind != ServerAdmin::AccountKind::Bureau)
        return Status::failure(MonthLockActions::tr("服务器上只有卫健局的账户可以验收、签发和解锁。"));
    return Status::success();
}

// The campaign and a month it reports, for a lock to be taken on.
Status monthToLock(Database &db, qint64 campaignId, int form, const YearMonth &period, Campaign *campaign)
{
    if (Status s = mayLock(db); !s)
        return s;
    if (!FormCatalog::numbers().contains(form))
        return Status::failure(MonthLockActions::tr("没有附件%1。").arg(form));
    const std::optional<Campaign> stored = CampaignRepository(db).load(campaignId);
    if (!stored)
        return Status::failure(MonthLockActions::tr("找不到该专项工作，未锁定。"));
    if (!period.isValid() || !stored->reportingPeriods().contains(period))
        return Status::failure(MonthLockActions::tr("%1 不是专项整治“%2”的报送月份（%3—%4），未锁定。")
                                   .arg(period.isValid() ? period.label() : MonthLockActions::tr("该月份"), stored->title,
                                        stored->firstPeriod().label(), stored->lastPeriod().label()));
    *campaign = *stored;
    return Status::success();
}

// The form as stored now: what a lock would keep, and what its rules are judged on. A read
// that failed gives no form: a form of the figures that could be read would pass its checks.
Status storedForm(Database &db, const Campaign &campaign, int form, const YearMonth &period, FormTable *out)
{
    const CampaignForms forms = CampaignForms::forMonth(db, campaign, period, form);
    if (!forms.readStatus())
        return forms.readStatus();
    *out = forms.build(form, period);
    return Status::success();
}

} // namespace

MonthLocks MonthLockActions::standing(Database &db, qint64 campaignId, int form, const YearMonth &period)
{
    MonthLocks locks;
    for (const PeriodLock &l : PeriodLockRepository(db).forPeriod(campaignId, period))
        if (l.form == form && l.isActive()) {
            if (l.isWholeMonth())
                locks.wholeMonth = true;
            else
                locks.accepted.insert(l.unitKey);
        }
    return locks;
}

QList<AuditEntry> MonthLockActions::history(Database &db, qint64 campaignId, int form, const QString &unitKey,
                                            const YearMonth &period)
{
    return AuditLog(db).periodHistory(campaignId, form, unitKey, period.toString());
}

Status MonthLockActions::accept(Database &db, qint64 campaignId, int form, const QString &unitKey, const YearMonth &period)
{
    Campaign campaign;
    if (Status s = monthToLock(db, campaignId, form, period, &campaign); !s)
        return s;
    // The check and the lock see the same month: nobody's save slips in between.
    Transaction tx(db);
    if (standing(db, campaignId, form, period).wholeMonth)
        return Status::failure(tr("%1%2已签发，全部单位已锁定。").arg(period.label(), FormCatalog::form(form).attachment));
    FormTable table;
    if (Status s = storedForm(db, campaign, form, period, &table); !s)
        return s;
    const UnitFigures *unit = nullptr;
    for (const UnitFigures &u : table.units)
        if (u.unit.key == unitKey)
            unit = &u;
    if (!unit)
        return Status::failure(unitKey.isEmpty() ? tr("请先选中要验收的单位。")
                                                 : tr("%1%2没有单位“%3”。").arg(period.label(), FormCatalog::form(form).attachment, unitKey));
    if (!unit->reported)
        return Status::failure(tr("%1 尚未报送%2的报表，不能验收。").arg(unit->unit.name, period.label()));
    int errors = 0;
    for (const Finding &f : table.findings)
        errors += f.unitKey == unitKey && f.isError() ? 1 : 0;
    if (errors > 0)
        return Status::failure(tr("%1 的报表还有 %2 个错误，改正后才能验收。").arg(unit->unit.name).arg(errors));
    if (Status s = SignMonth::lock(db, campaign, form, unitKey, period); !s)
        return s;
    return tx.commit();
}

Status MonthLockActions::sign(Database &db, qint64 campaignId, int form, const YearMonth &period)
{
    Campaign campaign;
    if (Status s = monthToLock(db, campaignId, form, period, &campaign); !s)
        return s;
    Transaction tx(db);
    int errors = 0;
    FormTable table;
    if (Status s = storedForm(db, campaign, form, period, &table); !s)
        return s;
    for (const Finding &f : table.findings)
        errors += f.isError() ? 1 : 0;
    if (errors > 0)
        return Status::failure(tr("本月%1还有 %2 个错误，改正后才能签发。").arg(FormCatalog::form(form).attachment).arg(errors));
    if (Status s = SignMonth::lock(db, campaign, form, wholeMonth(), period); !s)
        return s;
    return tx.commit();
}

Status MonthLockActions::unlock(Database &db, qint64 campaignId, int form, const QString &unitKey, const YearMonth &period,
                                const QString &reason)
{
    if (Status s = mayLock(db); !s)
        return s;
    // A reason of spaces or zero-width marks shows nothing: judged as names are.
    if (NameKey::of(reason).isEmpty())
        return Status::failure(tr("解锁必须说明理由。"));
    // The reason is read back in the month's history and the audit trail: a bidi override would turn
    // it around there ("医院更正" shown reversed), so what is read is not what was typed.
    if (NameKey::directionControlAt(reason) >= 0)
        return Status::failure(tr("解锁理由含有改变文字方向的控制字符，请删去后再解锁。"));
    Transaction tx(db);
    if (unitKey != wholeMonth() && standing(db, campaignId, form, period).wholeMonth)
        return Status::failure(tr("%1%2已签发：先取消签发，再解锁单位的验收。").arg(period.label(), FormCatalog::form(form).attachment));
    if (Status s = PeriodLockRepository(db).unlock(campaignId, form, unitKey, period, reason); !s)
        return s;
    return tx.commit();
}

} // namespace qf

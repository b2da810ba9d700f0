// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignMonth.h"

#include "forms/CampaignForms.h"
#include "forms/SignedSnapshot.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/PeriodLockRepository.h"
#include "storage/SignedFigureRepository.h"

namespace qf::SignMonth {

namespace {

// The form as it shows now (earlier locks of the month already frozen in it), and the
// cells of it that the lock covers.
Status freeze(Database &db, const Campaign &campaign, const PeriodLock &lock)
{
    const CampaignForms forms = CampaignForms::forMonth(db, campaign, lock.period, lock.form);
    // A form built from a read that failed (a lost server, a damaged table) holds some
    // figures or none: signing it would keep wrong figures for good.
    if (!forms.readStatus())
        return forms.readStatus();
    const FormTable table = forms.build(lock.form, lock.period);
    return SignedFigureRepository(db).freeze(lock.id, SignedSnapshot::take(table, lock.unitKey));
}

} // namespace

Status lock(Database &db, const Campaign &campaign, int form, const QString &unitKey, const YearMonth &period)
{
    Transaction tx(db);
    PeriodLockRepository locks(db);
    Status s = locks.lock(campaign.id, form, unitKey, period);
    if (!s)
        return s;
    // A unit of a month signed as a whole is already frozen with it: nothing new to keep.
    const qint64 id = locks.activeId(campaign.id, form, unitKey, period);
    for (const PeriodLock &l : locks.forPeriod(campaign.id, period))
        if (l.id == id && !l.frozenAt.isValid()) {
            s = freeze(db, campaign, l);
            if (!s)
                return s;
        }
    return tx.commit();
}

Status freezePending(Database &db)
{
    const QList<PeriodLock> pending = PeriodLockRepository(db).unfrozen();
    if (pending.isEmpty())
        return Status::success();
    Transaction tx(db);
    CampaignRepository campaigns(db);
    // Oldest first: a form signed after a unit was accepted keeps that unit as accepted.
    for (const PeriodLock &l : pending) {
        const std::optional<Campaign> campaign = campaigns.load(l.campaignId);
        if (!campaign)
            continue;
        const Status s = freeze(db, *campaign, l);
        if (!s)
            return s;
    }
    return tx.commit();
}

} // namespace qf::SignMonth

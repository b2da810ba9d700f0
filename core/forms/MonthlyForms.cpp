// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyForms.h"

#include "CampaignForms.h"
#include "ledgers/LedgerFigures.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"

namespace qf::MonthlyForms {

QString reportingBody(const Campaign &campaign)
{
    return campaign.issuingBody;
}

FormTable build(Database &db, const Campaign &campaign, int form, const YearMonth &period, const QDate &fillDate,
                Status *status)
{
    const CampaignForms forms = CampaignForms::forMonth(db, campaign, period, form);
    if (!forms.readStatus()) {
        if (status)
            status->add(forms.readStatus());
        return FormTable();
    }
    return forms.build(form, period, fillDate);
}

QList<Report> derivedReports(Database &db, const Campaign &campaign, int form, const YearMonth &period,
                             const QList<Institution> &registry)
{
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaign.id), registry, campaign.id);
    return figures.derive(form, CampaignForms::ledgerMonths(campaign, period));
}

QList<Finding> check(Database &db, const Campaign &campaign, const YearMonth &period)
{
    return CampaignForms::forMonth(db, campaign, period).check(period);
}

} // namespace qf::MonthlyForms

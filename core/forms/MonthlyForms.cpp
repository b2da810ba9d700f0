// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyForms.h"

#include "FormTableBuilder.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

namespace qf::MonthlyForms {

QString reportingBody(const Campaign &campaign)
{
    return campaign.issuingBody;
}

FormTable build(Database &db, const Campaign &campaign, int form, const YearMonth &period, const QDate &fillDate)
{
    FormInputs in;
    in.form = &FormCatalog::form(form);
    in.period = period;
    in.year = campaign.year;
    in.registry = InstitutionRepository(db).all();
    in.reports = ReportRepository(db).upTo(campaign.id, form, period);
    in.reportingBody = reportingBody(campaign);
    in.fillDate = fillDate;
    return FormTableBuilder::build(in);
}

QList<Finding> check(Database &db, const Campaign &campaign, const YearMonth &period)
{
    QList<Finding> findings;
    for (int form : FormCatalog::numbers())
        findings << build(db, campaign, form, period).findings;
    return findings;
}

} // namespace qf::MonthlyForms

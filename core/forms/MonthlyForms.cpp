// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyForms.h"

#include "FormTableBuilder.h"
#include "ledgers/LedgerFigures.h"
#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
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
    in.derived = derivedReports(db, campaign, form, period, in.registry);
    in.overrides = FigureOverrideRepository(db).list(campaign.id, form);
    return FormTableBuilder::build(in);
}

QList<Report> derivedReports(Database &db, const Campaign &campaign, int form, const YearMonth &period,
                             const QList<Institution> &registry)
{
    QList<YearMonth> periods;
    for (const YearMonth &m : campaign.reportingPeriods())
        if (m <= period)
            periods << m;
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaign.id), registry, campaign.id);
    return figures.derive(form, periods);
}

QList<Finding> check(Database &db, const Campaign &campaign, const YearMonth &period)
{
    QList<Finding> findings;
    for (int form : FormCatalog::numbers())
        findings << build(db, campaign, form, period).findings;
    return findings;
}

} // namespace qf::MonthlyForms

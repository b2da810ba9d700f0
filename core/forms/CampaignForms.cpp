// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignForms.h"

#include "ledgers/LedgerFigures.h"
#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SignedFigureRepository.h"

namespace qf {

CampaignForms::CampaignForms(Database &db, const Campaign &campaign, const YearMonth &last, int form)
    : CampaignForms(db, campaign, last, form, Scope::UpToLast)
{
}

CampaignForms CampaignForms::forMonth(Database &db, const Campaign &campaign, const YearMonth &month, int form)
{
    return CampaignForms(db, campaign, month, form, Scope::LastOnly);
}

CampaignForms::CampaignForms(Database &db, const Campaign &campaign, const YearMonth &last, int form, Scope scope)
    : m_campaign(campaign), m_last(last), m_scope(scope)
{
    const QList<YearMonth> periods = campaign.reportingPeriods();
    if (!m_last.isValid())
        m_last = periods.isEmpty() ? YearMonth() : periods.last();
    m_forms = form ? QList<int>{form} : FormCatalog::numbers();
    m_registry = InstitutionRepository(db).all(&m_read);
    if (!m_last.isValid())
        return;
    const ReportRepository reports(db);
    const QList<Report> loaded = m_scope == Scope::LastOnly ? reports.latestTwoUpTo(campaign.id, form, m_last, &m_read)
                                                            : reports.upTo(campaign.id, form, m_last, &m_read);
    for (const Report &r : loaded)
        m_reports[r.form] << r;

    // The ledgers' figures of each month built, and of the month before it (the previous
    // figures a month is checked against).
    QList<YearMonth> months;
    for (const YearMonth &m : ledgerMonths(campaign, m_last))
        if (m_scope == Scope::UpToLast || m >= m_last.previous())
            months << m;
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaign.id, &m_read), m_registry, campaign.id);
    for (int f : std::as_const(m_forms))
        m_derived.insert(f, figures.derive(f, months));
    m_overrides = FigureOverrideRepository(db).list(campaign.id, form);
    // What the standing locks of these months keep: one query, empty while nothing is signed.
    const YearMonth from = m_scope == Scope::LastOnly || periods.isEmpty() ? m_last.previous() : periods.first();
    m_signed = SignedFigureRepository(db).standing(campaign.id, from, m_last, form);
}

QList<YearMonth> CampaignForms::ledgerMonths(const Campaign &campaign, const YearMonth &last)
{
    // A month after the last reporting month has no report of its own, but its forms are
    // still the cumulative figures at its end: without the ledgers' figures of that month
    // a unit would fall back on its last typed report, older than the ledger's count the
    // month before, and a cumulative figure would go down.
    QList<YearMonth> months;
    const YearMonth first = campaign.firstPeriod();
    if (!first.isValid() || !last.isValid())
        return months;
    for (YearMonth m = first; m <= last; m = m.next())
        months << m;
    return months;
}

FormInputs CampaignForms::inputs(int form, const YearMonth &period, const QDate &fillDate) const
{
    FormInputs in;
    in.form = &FormCatalog::form(form);
    in.period = period;
    in.year = m_campaign.year;
    in.countingFrom = m_campaign.firstPeriod();
    in.registry = m_registry;
    in.reportingBody = m_campaign.issuingBody;
    in.fillDate = fillDate;
    // A month past the ones loaded would silently lose its reports: load more instead.
    Q_ASSERT(!period.isValid() || !m_last.isValid() || period <= m_last);
    // Loaded for one month, an earlier month would lack its own previous figures.
    Q_ASSERT(m_scope == Scope::UpToLast || period == m_last);
    Q_ASSERT(m_forms.contains(form));
    in.reports = m_reports.value(form);
    in.derived = m_derived.value(form);
    in.overrides = m_overrides;
    in.signedFigures = m_signed;
    return in;
}

FormTable CampaignForms::build(int form, const YearMonth &period, const QDate &fillDate) const
{
    return FormTableBuilder::build(inputs(form, period, fillDate));
}

QList<FormTable> CampaignForms::month(const YearMonth &period, const QDate &fillDate) const
{
    QList<FormTable> tables;
    for (int form : m_forms)
        tables << build(form, period, fillDate);
    return tables;
}

QList<Finding> CampaignForms::check(const YearMonth &period) const
{
    QList<Finding> findings;
    for (const FormTable &t : month(period))
        findings << t.findings;
    return findings;
}

} // namespace qf

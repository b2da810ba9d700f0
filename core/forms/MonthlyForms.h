// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormTable.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QDate>

namespace qf {

class Database;

/// Builds a campaign's forms for a month from what the database holds: the bridge
/// between storage and the form tables that every face of the program shows.
namespace MonthlyForms {

/// The reporting body of the county's forms (填报单位): the campaign's issuing body.
QString reportingBody(const Campaign &campaign);
/// One form of one month. Building several forms or months, load them once through
/// CampaignForms instead: each call here reads the registry and the ledgers again. When
/// the database does not hand over what the form needs, there is no form (no `form`):
/// never one of zeros; *status then says what could not be read.
FormTable build(Database &db, const Campaign &campaign, int form, const YearMonth &period,
                const QDate &fillDate = QDate(), Status *status = nullptr);
/// The figures the campaign's ledgers give for a form, every month up to `period`.
QList<Report> derivedReports(Database &db, const Campaign &campaign, int form, const YearMonth &period,
                             const QList<Institution> &registry);
/// All findings of the three forms for a month.
QList<Finding> check(Database &db, const Campaign &campaign, const YearMonth &period);

} // namespace MonthlyForms

} // namespace qf

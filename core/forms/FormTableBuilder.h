// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormTable.h"
#include "model/Institution.h"
#include "model/Report.h"

#include <QDate>
#include <QList>

namespace qf {

/// Everything a month's form is computed from.
struct FormInputs
{
    const FormDescription *form = nullptr;
    YearMonth period;
    int year = 0;                 ///< the campaign's year, for titles and notes
    QList<Institution> registry;
    QList<Report> reports;        ///< this form's reports up to the month (earlier ones are carried)
    QString reportingBody;        ///< 填报单位
    QDate fillDate;               ///< 填报时间; invalid leaves the day blank
};

/// Aggregates unit reports into the month's FormTable: carries each unit's last figures
/// forward, computes subtotals and totals (never stored), derives registry counts, and
/// runs the validation rules.
namespace FormTableBuilder {
FormTable build(const FormInputs &inputs);
/// Fills the columns a form derives (附件2 column 1 from the registry) into a report.
void fillDerived(const FormDescription &form, const ReportingUnit &unit, const QList<Institution> &registry, Report &report);
}

} // namespace qf

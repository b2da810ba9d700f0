// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormTable.h"
#include "model/FigureOverride.h"
#include "model/Institution.h"
#include "model/Report.h"
#include "model/SignedFigure.h"

#include <QDate>
#include <QList>

namespace qf {

/// Everything a month's form is computed from.
struct FormInputs
{
    const FormDescription *form = nullptr;
    YearMonth period;
    int year = 0;                 ///< the campaign's year, for titles and notes
    YearMonth countingFrom;       ///< the campaign's first reporting month, where cumulative figures start
    QList<Institution> registry;
    /// This form's reports up to the month: at least each unit's latest report up to the
    /// month and its latest before the month (the figures carried and the previous month's).
    QList<Report> reports;
    QString reportingBody;        ///< 填报单位
    QDate fillDate;               ///< 填报时间; invalid leaves the day blank
    /// Figures the ledgers give (source Derived), per unit and month, holding exactly the
    /// columns a ledger makes for the unit. They replace typed figures of the same cell
    /// unless an override gives a reason for the typed one.
    QList<Report> derived;
    QList<FigureOverride> overrides;
    /// What the standing locks of the month and of the month before keep (SignedFigure):
    /// a signed month shows them instead of what the registry and ledgers give now.
    QList<SignedFigure> signedFigures;
};

/// Aggregates unit reports into the month's FormTable: carries each unit's last figures
/// forward, lays the ledgers' figures over the typed ones, computes subtotals and totals
/// (never stored), derives registry counts, and runs the validation rules. A unit counts
/// as reported when it filed the month or when the ledgers make all its columns.
namespace FormTableBuilder {
FormTable build(const FormInputs &inputs);
/// A unit's values as its row shows them.
QVector<FormValue> unitValues(const FormDescription &form, const UnitFigures &unit);
/// Fills the columns a form derives (附件2 column 1 from the registry) into a report.
void fillDerived(const FormDescription &form, const ReportingUnit &unit, const QList<Institution> &registry, Report &report);
}

} // namespace qf

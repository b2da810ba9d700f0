// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "FormDescription.h"
#include "FormTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace qf {

/// Checks one month's unit figures against the form's rules and the general ones:
/// counts are non-negative whole numbers, cumulative figures never go down, and a
/// month's increase far above the unit's own average pace is worth a second look.
/// `countingFrom` is the month the cumulative figures count from (the campaign's first
/// reporting month); invalid leaves the pace unjudged. When `previous` holds the ledgers'
/// figures of the month before over an older typed report, `ledgerColumns` names the
/// ledgers' columns and `typedPrevious` the month of the typed figures in the others.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)
public:
    static QList<Finding> validate(const FormDescription &form, const QList<UnitFigures> &units,
                                   const YearMonth &countingFrom);

    /// The same checks for one report on its own (entry and import check a single
    /// report before it is stored).
    static QList<Finding> validateReport(const FormDescription &form, const ReportingUnit &unit, const Report &report,
                                         const Report *previous, const YearMonth &countingFrom,
                                         const QSet<int> &ledgerColumns = {}, const YearMonth &typedPrevious = {});

    /// Cumulative figures never go down, looking forward: a month changed or sent late
    /// must not exceed what is already stored for the unit's next month (`later`, its
    /// derived columns filled). Without this a change to the month before a signed month
    /// would contradict the signed month without touching its rows.
    static QList<Finding> validateAgainstLater(const FormDescription &form, const ReportingUnit &unit, const Report &report,
                                               const Report &later);
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormDescription.h"
#include "model/Institution.h"
#include "model/YearMonth.h"

#include <QList>
#include <QString>

namespace qf {

/// Somebody who files a form for a month: an institution (附件1, 附件3) or one of
/// 附件2's category rows, with the attributes the form groups by.
struct ReportingUnit
{
    QString key;                 ///< UnitKey
    QString name;
    qint64 institutionId = 0;
    InstitutionKind kind = InstitutionKind::Medical;
    Ownership ownership = Ownership::Public;
    Level level = Level::PrimaryOrBelow;
    UnitFilter categorySelect;   ///< for category units: which institutions the category stands for
    /// The month an institution opened in (its cumulative figures count from then);
    /// invalid when it was open before any campaign, and for category units.
    YearMonth openedIn;

    bool matches(const UnitFilter &filter) const;
};

namespace ReportingUnits {
/// The units expected to file the form for the month: institutions that report in it,
/// or the form's category units. The registry order is kept.
QList<ReportingUnit> forForm(const FormDescription &form, const QList<Institution> &registry, const YearMonth &period);
/// An institution as a unit, whether or not it reports in a month (a signed month keeps
/// the units it was signed with).
ReportingUnit fromInstitution(const Institution &institution);
/// Contracted institutions open in the month that a filter selects (附件2 column 1).
int contractedCount(const QList<Institution> &registry, const UnitFilter &filter, const YearMonth &period);
}

} // namespace qf

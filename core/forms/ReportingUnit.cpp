// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportingUnit.h"

#include "model/Report.h"

namespace qf {

bool ReportingUnit::matches(const UnitFilter &filter) const
{
    if (institutionId != 0)
        return filter.matches(kind, ownership, level);
    // A category unit matches a row when every attribute the row fixes is fixed the same
    // way by the category (the pharmacy unit has no ownership, so only 总计 takes it).
    const UnitFilter &c = categorySelect;
    if (filter.kind && (!c.kind || *c.kind != *filter.kind))
        return false;
    if (filter.ownership && (!c.ownership || *c.ownership != *filter.ownership))
        return false;
    if (filter.level && (!c.level || *c.level != *filter.level))
        return false;
    return true;
}

namespace ReportingUnits {

QList<ReportingUnit> forForm(const FormDescription &form, const QList<Institution> &registry, const YearMonth &period)
{
    QList<ReportingUnit> units;
    if (form.unitSource == FormDescription::UnitSource::Categories) {
        for (const CategoryRow &row : form.categoryUnits()) {
            ReportingUnit u;
            u.key = UnitKey::category(row.unit);
            u.name = row.unitName;
            u.categorySelect = row.select;
            if (row.select.kind)
                u.kind = *row.select.kind;
            if (row.select.ownership)
                u.ownership = *row.select.ownership;
            if (row.select.level)
                u.level = *row.select.level;
            units << u;
        }
        return units;
    }
    for (const Institution &i : registry)
        if (i.reportsIn(period))
            units << fromInstitution(i);
    return units;
}

ReportingUnit fromInstitution(const Institution &i)
{
    ReportingUnit u;
    u.key = UnitKey::institution(i.id);
    u.name = i.name;
    u.institutionId = i.id;
    u.kind = i.kind;
    u.ownership = i.ownership;
    u.level = i.level;
    if (i.activeFrom.isValid())
        u.openedIn = YearMonth::fromDate(i.activeFrom);
    return u;
}

int contractedCount(const QList<Institution> &registry, const UnitFilter &filter, const YearMonth &period)
{
    int n = 0;
    for (const Institution &i : registry)
        if (i.contracted && i.isActiveIn(period) && filter.matches(i.kind, i.ownership, i.level))
            ++n;
    return n;
}

} // namespace ReportingUnits

} // namespace qf

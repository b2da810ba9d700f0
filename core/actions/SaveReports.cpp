// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveReports.h"

#include "forms/FormDescription.h"
#include "forms/FormTableBuilder.h"
#include "forms/FormValidator.h"
#include "forms/ReportingUnit.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QMap>

namespace qf::SaveReports {

Status laterConflicts(Database &db, qint64 campaignId, const QList<Report> &reports, QList<Finding> *out)
{
    out->clear();
    if (reports.isEmpty())
        return Status::success();
    const QList<Institution> registry = InstitutionRepository(db).all();
    const ReportRepository repo(db);
    // One read per month saved: each unit's earliest report after it, every form.
    QMap<YearMonth, QList<Report>> after;
    for (const Report &r : reports) {
        auto stored = after.find(r.period);
        if (stored == after.end())
            stored = after.insert(r.period, repo.firstAfter(campaignId, r.period));
        // A pointer into the map's own list, never into a copy of it.
        const Report *later = nullptr;
        for (const Report &a : std::as_const(*stored))
            if (a.form == r.form && a.unitKey == r.unitKey) {
                later = &a;
                break;
            }
        if (!later)
            continue;
        const FormDescription &form = FormCatalog::form(r.form);
        for (const ReportingUnit &unit : ReportingUnits::forForm(form, registry, r.period)) {
            if (unit.key != r.unitKey)
                continue;
            // Both with their derived columns, as the forms compare them.
            Report checked = r;
            FormTableBuilder::fillDerived(form, unit, registry, checked);
            Report next = *later;
            FormTableBuilder::fillDerived(form, unit, registry, next);
            *out += FormValidator::validateAgainstLater(form, unit, checked, next);
            break;
        }
    }
    return Status::success();
}

Status save(Database &db, QList<Report> &reports)
{
    return ReportRepository(db).saveAll(reports);
}

} // namespace qf::SaveReports

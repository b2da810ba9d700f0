// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureOverrideActions.h"

#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"

namespace qf {

namespace {

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(FigureOverrideActions::tr("以填报数覆盖台账数，必须写明理由（如：台账记录不全）。"));
    return {};
}

} // namespace

LedgerCell FigureOverrideActions::explain(Database &db, qint64 campaignId, int form, int column, const YearMonth &period,
                                          const QStringList &unitKeys)
{
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaignId), InstitutionRepository(db).all(), campaignId);
    return figures.explain(form, column, period, unitKeys);
}

LedgerFigureMonth FigureOverrideActions::month(Database &db, qint64 campaignId, int form, const YearMonth &period)
{
    LedgerFigureMonth m;
    m.registry = InstitutionRepository(db).all(&m.read);
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaignId, &m.read), m.registry, campaignId);
    for (const Report &r : figures.derive(form, {period}))
        m.derived.insert(r.unitKey, r);
    for (const Report &r : ReportRepository(db).upTo(campaignId, form, period, &m.read))
        if (r.period == period)
            m.typed.insert(r.unitKey, r);
    for (const FigureOverride &o : FigureOverrideRepository(db).list(campaignId, form))
        if (o.period == period)
            m.reasons.insert(LedgerFigureMonth::reasonKey(o.unitKey, o.column), o.reason);
    return m;
}

Status FigureOverrideActions::keepTyped(Database &db, Report typed, int column, double figure, const QString &reason)
{
    if (const Status s = requireReason(reason); !s)
        return s;
    FigureOverride o;
    o.campaignId = typed.campaignId;
    o.form = typed.form;
    o.unitKey = typed.unitKey;
    o.period = typed.period;
    o.column = column;
    o.reason = reason;
    o.createdBy = db.actor();
    typed.numbers.insert(column, figure);
    Transaction tx(db);
    if (const Status s = FigureOverrideRepository(db).set(o); !s)
        return s;
    if (const Status s = ReportRepository(db).save(typed); !s)
        return s;
    return tx.commit();
}

Status FigureOverrideActions::keepStored(Database &db, FigureOverride o)
{
    if (const Status s = requireReason(o.reason); !s)
        return s;
    if (o.createdBy.isEmpty())
        o.createdBy = db.actor();
    return FigureOverrideRepository(db).set(o);
}

Status FigureOverrideActions::restoreLedger(Database &db, Report typed, int column)
{
    Transaction tx(db);
    if (const Status s = FigureOverrideRepository(db).remove(typed.campaignId, typed.form, typed.unitKey, typed.period, column); !s)
        return s;
    // Without its typed figure the cell shows the ledger's, and no disagreement is left.
    if (typed.id != 0 && typed.numbers.remove(column) > 0)
        if (const Status s = ReportRepository(db).save(typed); !s)
            return s;
    return tx.commit();
}

Status FigureOverrideActions::dropReason(Database &db, const FigureOverride &o)
{
    return FigureOverrideRepository(db).remove(o.campaignId, o.form, o.unitKey, o.period, o.column);
}

} // namespace qf

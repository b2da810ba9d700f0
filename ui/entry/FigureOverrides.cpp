// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureOverrides.h"

#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"

namespace qf::ui {

LedgerCell FigureOverrides::explain(Database &db, qint64 campaignId, int form, int column, const YearMonth &period,
                                    const QStringList &unitKeys)
{
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaignId), InstitutionRepository(db).all(), campaignId);
    return figures.explain(form, column, period, unitKeys);
}

Status FigureOverrides::keepTyped(Database &db, Report typed, int column, double figure, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("以填报数覆盖台账数，必须写明理由（如：台账记录不全）。"));
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

Status FigureOverrides::restoreLedger(Database &db, Report typed, int column)
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

} // namespace qf::ui

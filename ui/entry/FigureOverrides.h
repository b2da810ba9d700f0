// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerFigures.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {
class Database;
}

namespace qf::ui {

/// The entry grid's dealings with the ledgers: the records behind a cell, and a typed
/// figure kept against the ledger's (with its reason) or dropped again.
class FigureOverrides
{
    Q_DECLARE_TR_FUNCTIONS(FigureOverrides)
public:
    /// The records that make a cell of the month, for one unit or all units of a row.
    static LedgerCell explain(Database &db, qint64 campaignId, int form, int column, const YearMonth &period,
                              const QStringList &unitKeys);
    /// Stores `figure` in the unit's typed report and the reason it stands against the
    /// ledger's, both or neither. The reason is required.
    static Status keepTyped(Database &db, Report typed, int column, double figure, const QString &reason);
    /// Drops the reason and the typed figure, so the ledger's figure is shown again.
    static Status restoreLedger(Database &db, Report typed, int column);
};

} // namespace qf::ui

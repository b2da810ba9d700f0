// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerFigures.h"
#include "model/FigureOverride.h"
#include "model/Institution.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>

namespace qf {

class Database;

/// A form's month as the ledgers make it and as it was typed, side by side: what the
/// 台账数 tab compares. Keys are unit keys; a reason is keyed "unitKey|column".
struct LedgerFigureMonth
{
    QList<Institution> registry;
    QHash<QString, Report> derived;    ///< the ledgers' figures of the month
    QHash<QString, Report> typed;      ///< the reports typed or imported for the month itself
    QHash<QString, QString> reasons;   ///< why a typed figure stands against the ledger's
    /// What could not be read: a comparison over records not read would show mismatches
    /// (or agreement) that are not there.
    Status read;

    QString reason(const QString &unitKey, int column) const { return reasons.value(reasonKey(unitKey, column)); }
    static QString reasonKey(const QString &unitKey, int column) { return QStringLiteral("%1|%2").arg(unitKey).arg(column); }
};

/// 以填报数为准 / 恢复台账数: a typed figure kept against the one a ledger gives (with the
/// reason, which is required), or dropped again so that the ledger's shows. The entry
/// grid and the 台账数 tab call these, so the rule and the transaction live here once.
class FigureOverrideActions
{
    Q_DECLARE_TR_FUNCTIONS(FigureOverrideActions)
public:
    /// The records that make a cell of the month, for one unit or all units of a row.
    static LedgerCell explain(Database &db, qint64 campaignId, int form, int column, const YearMonth &period,
                              const QStringList &unitKeys);
    /// The month of one form, ledger against typed, for the comparison tab.
    static LedgerFigureMonth month(Database &db, qint64 campaignId, int form, const YearMonth &period);

    /// Stores `figure` in the unit's typed report and the reason it stands against the
    /// ledger's, both or neither. An empty reason is refused before anything is written.
    static Status keepTyped(Database &db, Report typed, int column, double figure, const QString &reason);
    /// Records (or replaces) only the reason: the typed figure already stored stands.
    static Status keepStored(Database &db, FigureOverride o);
    /// Drops the reason and the typed figure, so the ledger's figure is shown again.
    static Status restoreLedger(Database &db, Report typed, int column);
    /// Drops only the reason: the typed figure stays and shows as a disagreement again.
    static Status dropReason(Database &db, const FigureOverride &o);
};

} // namespace qf

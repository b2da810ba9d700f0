// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/SpotCheckDraw.h"
#include "ledgers/Inspection.h"
#include "model/SpotCheck.h"

#include <QDate>

namespace qf {

class Database;

/// What the user asks of a 抽查 draw.
struct SpotCheckRequest
{
    qint64 campaignId = 0;
    int count = 0;
    quint64 seed = 0;
    bool weighted = false;      ///< weight each institution by 1 + its 走过场 signal score
    bool byTownship = false;
    QDate day;                  ///< the institutions open in this day's month may be drawn
};

/// The writes of the 抽查 (双随机) feature, shared by the window and the CLI.
class SpotCheckActions
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckActions)
public:
    /// The pool as it stands, for the pages (which read no repository themselves).
    static QList<Inspector> pool(Database &db, Status *status = nullptr);
    /// A campaign's stored draws, newest first, with their picks (and the results recorded).
    static QList<SpotCheckRecord> draws(Database &db, qint64 campaignId, Status *status = nullptr);
    static Status addInspector(Database &db, Inspector &inspector);
    static Status removeInspector(Database &db, qint64 inspectorId);
    /// The inputs a draw would be computed from today: the candidates (with their weights),
    /// the pool and who may not go where (inspected it in the previous draw, or is named in
    /// its latest inspection-ledger entry). Reads only.
    static Status prepare(Database &db, const SpotCheckRequest &request, SpotCheckInputs *inputs);
    /// Draws and stores the draw (seed, inputs, result: all in the audit trail) in one
    /// transaction. Nothing is stored when the draw cannot be made.
    static Status draw(Database &db, const SpotCheckRequest &request, const QString &by, SpotCheckRecord *record,
                       QList<SpotCheckPick> *picks = nullptr);
    /// Records a pick's evaluation as an inspection-ledger entry (so it counts in 附件2) and
    /// links the pick to it, in one transaction.
    static Status recordResult(Database &db, qint64 pickId, Inspection &inspection);
};

} // namespace qf

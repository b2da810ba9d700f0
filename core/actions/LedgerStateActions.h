// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"
#include "ledgers/Tipoff.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// One state change a record can make now (开始整改, 整改完成, 销号, 办结 …) and what
/// has to be asked for it.
struct LedgerStep
{
    int target = 0;               ///< ProblemState or TipoffState
    QString action;               ///< "开始整改"
    QString subject;              ///< what the record is: the problem's description, the tip-off's summary
    bool reviewer = false;        ///< 销号 is signed by a 审核人, every other step by a 经办人
    bool reasonRequired = false;  ///< going back (已整改 → 整改中, 办结 → 核查中) needs a reason
    bool askConclusion = false;   ///< 办结 records the tip-off's conclusion and result
    TipoffConclusion conclusion = TipoffConclusion::None;   ///< as stored, to start from
    QString result;
};

/// What the user gave for a step.
struct LedgerStepInput
{
    QDate on;
    QString by;
    QString note;
    TipoffConclusion conclusion = TipoffConclusion::None;   ///< for askConclusion only
    QString result;                                         ///< for askConclusion only
};

/// 整改 and 销号 steps of the problems and tip-offs: the workflow decides which steps a
/// record can take, and a step with what it records (for 办结 the conclusion too) is
/// written whole or not at all.
class LedgerStateActions
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStateActions)
public:
    static bool hasStates(LedgerKind kind) { return kind == LedgerKind::Problems || kind == LedgerKind::Tipoffs; }
    /// The steps the stored record can take now; none for a ledger without states.
    static QList<LedgerStep> steps(Database &db, LedgerKind kind, qint64 id);
    /// One of steps(), or none when the record cannot take it (any more).
    static std::optional<LedgerStep> step(Database &db, LedgerKind kind, qint64 id, int target);
    /// Takes the step; `today` bounds its date.
    static Status apply(Database &db, LedgerKind kind, qint64 id, int target, const LedgerStepInput &input,
                        const QDate &today = QDate::currentDate());
};

} // namespace qf

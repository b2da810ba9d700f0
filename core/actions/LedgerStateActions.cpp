// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerStateActions.h"

#include "storage/Database.h"
#include "storage/ProblemRepository.h"
#include "storage/TipoffRepository.h"

namespace qf {

namespace {

// Both workflows sign 销号 by a reviewer and need a reason to step back from done to doing.
template<typename Workflow, typename State>
QList<LedgerStep> stepsFrom(State from, const QString &subject, State done, State doing)
{
    QList<LedgerStep> list;
    for (State to : Workflow::targets(from)) {
        LedgerStep s;
        s.target = int(to);
        s.action = Workflow::actionName(from, to);
        s.subject = subject;
        s.reviewer = to == State::Closed;
        s.reasonRequired = from == done && to == doing;
        list << s;
    }
    return list;
}

} // namespace

QList<LedgerStep> LedgerStateActions::steps(Database &db, LedgerKind kind, qint64 id)
{
    if (kind == LedgerKind::Problems) {
        if (const auto p = ProblemRepository(db).find(id))
            return stepsFrom<ProblemWorkflow>(p->state, p->description, ProblemState::Rectified, ProblemState::Rectifying);
    } else if (kind == LedgerKind::Tipoffs) {
        if (const auto t = TipoffRepository(db).find(id)) {
            QList<LedgerStep> list = stepsFrom<TipoffWorkflow>(t->state, t->summary, TipoffState::Concluded, TipoffState::Verifying);
            for (LedgerStep &s : list) {
                s.askConclusion = TipoffState(s.target) == TipoffState::Concluded;
                s.conclusion = t->conclusion;
                s.result = t->result;
            }
            return list;
        }
    }
    return {};
}

std::optional<LedgerStep> LedgerStateActions::step(Database &db, LedgerKind kind, qint64 id, int target)
{
    for (const LedgerStep &s : steps(db, kind, id))
        if (s.target == target)
            return s;
    return std::nullopt;
}

Status LedgerStateActions::apply(Database &db, LedgerKind kind, qint64 id, int target, const LedgerStepInput &input,
                                 const QDate &today)
{
    if (kind == LedgerKind::Problems)
        return ProblemRepository(db).transition(id, ProblemState(target), input.on, input.by, input.note, today);
    if (kind != LedgerKind::Tipoffs)
        return Status::failure(tr("%1没有状态可改。").arg(ledgerKinds().name(kind)));
    TipoffRepository repo(db);
    const auto to = TipoffState(target);
    // 办结 records the conclusion with the step: a step refused (a date before the last
    // step's, a signed month) must not leave the conclusion changed.
    Transaction tx(db);
    if (to == TipoffState::Concluded) {
        auto t = repo.find(id);
        if (!t)
            return Status::failure(tr("找不到该线索（可能已被删除）。"));
        t->conclusion = input.conclusion;
        t->result = input.result;
        if (const Status s = repo.save(*t); !s)
            return s;
    }
    if (const Status s = repo.transition(id, to, input.on, input.by, input.note, today); !s)
        return s;
    return tx.commit();
}

} // namespace qf

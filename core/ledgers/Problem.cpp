// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

namespace qf {

const Terms<ProblemSource> &problemSources()
{
    static const Terms<ProblemSource> terms{
        {ProblemSource::SelfCheck, "self", QT_TRANSLATE_NOOP("qf::Ledgers", "自查")},
        {ProblemSource::Inspection, "inspection", QT_TRANSLATE_NOOP("qf::Ledgers", "上级检查")},
    };
    return terms;
}

const Terms<ProblemState> &problemStates()
{
    static const Terms<ProblemState> terms{
        {ProblemState::Found, "found", QT_TRANSLATE_NOOP("qf::Ledgers", "发现")},
        {ProblemState::Rectifying, "rectifying", QT_TRANSLATE_NOOP("qf::Ledgers", "整改中")},
        {ProblemState::Rectified, "rectified", QT_TRANSLATE_NOOP("qf::Ledgers", "已整改")},
        {ProblemState::Closed, "closed", QT_TRANSLATE_NOOP("qf::Ledgers", "已销号")},
    };
    return terms;
}

Status Problem::validate() const
{
    Status s;
    if (institutionId == 0)
        s.add(tr("请选择问题所在的机构。"));
    if (!foundOn.isValid())
        s.add(tr("请填写发现日期。"));
    if (description.trimmed().isEmpty())
        s.add(tr("问题描述不能为空。"));
    else if (description.size() > 2000)
        s.add(tr("问题描述过长（最多2000字）。"));
    if (deadline.isValid() && foundOn.isValid() && deadline < foundOn)
        s.add(tr("整改期限（%1）早于发现日期（%2）。")
                  .arg(deadline.toString(Qt::ISODate), foundOn.toString(Qt::ISODate)));
    if (state != ProblemState::Found && responsible.trimmed().isEmpty())
        s.add(tr("开始整改后须写明责任人。"));
    if ((steps.isEmpty() ? ProblemState::Found : steps.last().to) != state)
        s.add(tr("问题的状态与其整改步骤不一致。"));
    for (const Step &step : steps)
        if (foundOn.isValid() && step.on < foundOn) {
            s.add(tr("“%1”的日期（%2）早于发现日期（%3）。")
                      .arg(problemStates().name(step.to), step.on.toString(Qt::ISODate), foundOn.toString(Qt::ISODate)));
            break;
        }
    return s;
}

bool Problem::rectifiedOn(const QDate &day) const
{
    const ProblemState s = stateOn(day);
    return existsOn(day) && (s == ProblemState::Rectified || s == ProblemState::Closed);
}

DeadlineFlag Problem::flag(const QDate &today, int nearDays) const
{
    if (!isOpen() || !deadline.isValid())
        return DeadlineFlag::None;
    if (deadline < today)
        return DeadlineFlag::Red;
    if (today.daysTo(deadline) <= nearDays)
        return DeadlineFlag::Amber;
    return DeadlineFlag::Green;
}

QString Problem::reviewer() const
{
    QString who;
    for (const Step &step : steps)
        if (step.to == ProblemState::Closed)
            who = step.by;
    return state == ProblemState::Closed ? who : QString();
}

QList<ProblemState> ProblemWorkflow::targets(ProblemState from)
{
    switch (from) {
    case ProblemState::Found: return {ProblemState::Rectifying, ProblemState::Rectified};
    case ProblemState::Rectifying: return {ProblemState::Rectified};
    case ProblemState::Rectified: return {ProblemState::Closed, ProblemState::Rectifying};
    case ProblemState::Closed: break;
    }
    return {};
}

QString ProblemWorkflow::actionName(ProblemState from, ProblemState to)
{
    if (to == ProblemState::Rectifying)
        return from == ProblemState::Rectified ? tr("退回整改") : tr("开始整改");
    if (to == ProblemState::Rectified)
        return from == ProblemState::Found ? tr("立行立改") : tr("完成整改");
    if (to == ProblemState::Closed)
        return tr("销号");
    return problemStates().name(to);
}

Status ProblemWorkflow::check(const Problem &p, ProblemState to, const QDate &on, const QString &by,
                              const QString &note, const QDate &today)
{
    const QString fromName = problemStates().name(p.state);
    const QString toName = problemStates().name(to);
    if (!targets(p.state).contains(to)) {
        if (p.state == ProblemState::Closed)
            return Status::failure(tr("问题已销号，不能再改为“%1”。").arg(toName));
        if (to == ProblemState::Closed)
            return Status::failure(tr("问题处于“%1”，须先完成整改（已整改）才能销号。").arg(fromName));
        return Status::failure(tr("不能从“%1”改为“%2”。").arg(fromName, toName));
    }
    Status s;
    if (!on.isValid())
        s.add(tr("请填写“%1”的日期。").arg(actionName(p.state, to)));
    else {
        if (p.foundOn.isValid() && on < p.foundOn)
            s.add(tr("日期 %1 早于发现日期 %2。").arg(on.toString(Qt::ISODate), p.foundOn.toString(Qt::ISODate)));
        if (!p.steps.isEmpty() && on < p.steps.last().on)
            s.add(tr("日期 %1 早于上一步（%2，%3）。")
                      .arg(on.toString(Qt::ISODate), problemStates().name(p.steps.last().to),
                           p.steps.last().on.toString(Qt::ISODate)));
        if (today.isValid() && on > today)
            s.add(tr("日期 %1 晚于今天。").arg(on.toString(Qt::ISODate)));
    }
    if (by.trimmed().isEmpty())
        s.add(to == ProblemState::Closed ? tr("销号须写明审核人。") : tr("请写明经办人。"));
    if (to == ProblemState::Closed && !by.trimmed().isEmpty() && by.trimmed() == p.responsible.trimmed())
        s.add(tr("销号审核人不能是整改责任人本人（%1）。").arg(p.responsible.trimmed()));
    if (p.state == ProblemState::Rectified && to == ProblemState::Rectifying && note.trimmed().isEmpty())
        s.add(tr("退回整改须写明原因。"));
    if (to != ProblemState::Found && p.responsible.trimmed().isEmpty())
        s.add(tr("请先填写整改责任人。"));
    return s;
}

Status ProblemWorkflow::apply(Problem &p, ProblemState to, const QDate &on, const QString &by, const QString &note,
                              const QDate &today)
{
    Status s = check(p, to, on, by, note, today);
    if (!s)
        return s;
    p.steps << Problem::Step{p.state, to, on, by.trimmed(), note.trimmed(), QDateTime::currentDateTimeUtc()};
    p.state = to;
    return s;
}

} // namespace qf

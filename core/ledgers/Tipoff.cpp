// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tipoff.h"

namespace qf {

const Terms<TipoffChannel> &tipoffChannels()
{
    static const Terms<TipoffChannel> terms{
        {TipoffChannel::Letter, "letter", QT_TRANSLATE_NOOP("qf::Ledgers", "来信")},
        {TipoffChannel::Visit, "visit", QT_TRANSLATE_NOOP("qf::Ledgers", "来访")},
        {TipoffChannel::Online, "online", QT_TRANSLATE_NOOP("qf::Ledgers", "网络")},
        {TipoffChannel::Phone, "phone", QT_TRANSLATE_NOOP("qf::Ledgers", "电话")},
        {TipoffChannel::Assigned, "assigned", QT_TRANSLATE_NOOP("qf::Ledgers", "上级交办")},
        {TipoffChannel::Transferred, "transferred", QT_TRANSLATE_NOOP("qf::Ledgers", "部门移送")},
        {TipoffChannel::Subordinate, "subordinate", QT_TRANSLATE_NOOP("qf::Ledgers", "下级报送")},
        {TipoffChannel::Tour, "tour", QT_TRANSLATE_NOOP("qf::Ledgers", "巡视巡察移交")},
        {TipoffChannel::Discipline, "discipline", QT_TRANSLATE_NOOP("qf::Ledgers", "纪律审查")},
        {TipoffChannel::Special, "special", QT_TRANSLATE_NOOP("qf::Ledgers", "专项检查")},
        {TipoffChannel::Other, "other", QT_TRANSLATE_NOOP("qf::Ledgers", "其他")},
    };
    return terms;
}

const Terms<TipoffState> &tipoffStates()
{
    static const Terms<TipoffState> terms{
        {TipoffState::Registered, "registered", QT_TRANSLATE_NOOP("qf::Ledgers", "登记")},
        {TipoffState::Verifying, "verifying", QT_TRANSLATE_NOOP("qf::Ledgers", "核查中")},
        {TipoffState::Concluded, "concluded", QT_TRANSLATE_NOOP("qf::Ledgers", "办结")},
        {TipoffState::Closed, "closed", QT_TRANSLATE_NOOP("qf::Ledgers", "已销号")},
    };
    return terms;
}

const Terms<TipoffConclusion> &tipoffConclusions()
{
    static const Terms<TipoffConclusion> terms{
        {TipoffConclusion::None, "", QT_TRANSLATE_NOOP("qf::Ledgers", "未核实")},
        {TipoffConclusion::Substantiated, "substantiated", QT_TRANSLATE_NOOP("qf::Ledgers", "属实")},
        {TipoffConclusion::Partly, "partly", QT_TRANSLATE_NOOP("qf::Ledgers", "部分属实")},
        {TipoffConclusion::Unsubstantiated, "unsubstantiated", QT_TRANSLATE_NOOP("qf::Ledgers", "不属实")},
    };
    return terms;
}

Status Tipoff::validate() const
{
    Status s;
    if (!receivedOn.isValid())
        s.add(tr("请填写受理日期。"));
    if (summary.trimmed().isEmpty())
        s.add(tr("反映问题摘要不能为空。"));
    else if (summary.size() > 2000)
        s.add(tr("反映问题摘要过长（最多2000字）。"));
    const bool concluded = state == TipoffState::Concluded || state == TipoffState::Closed;
    if (concluded && conclusion == TipoffConclusion::None)
        s.add(tr("已办结的线索须写明核查结论（属实、部分属实或不属实）。"));
    if (concluded && result.trimmed().isEmpty())
        s.add(tr("已办结的线索须写明处理结果。"));
    if ((steps.isEmpty() ? TipoffState::Registered : steps.last().to) != state)
        s.add(tr("线索的状态与其办理步骤不一致。"));
    for (const Step &step : steps)
        if (receivedOn.isValid() && step.on < receivedOn) {
            s.add(tr("“%1”的日期（%2）早于受理日期（%3）。")
                      .arg(tipoffStates().name(step.to), step.on.toString(Qt::ISODate), receivedOn.toString(Qt::ISODate)));
            break;
        }
    return s;
}

bool Tipoff::concludedOn(const QDate &day) const
{
    const TipoffState s = stateOn(day);
    return existsOn(day) && (s == TipoffState::Concluded || s == TipoffState::Closed);
}

Status TipoffReporter::validate() const
{
    Status s;
    if (anonymous && (!name.trimmed().isEmpty() || !contact.trimmed().isEmpty()))
        s.add(tr("匿名举报不应填写举报人姓名或联系方式。"));
    if (name.size() > 100)
        s.add(tr("举报人姓名过长（最多100字）。"));
    if (contact.size() > 200)
        s.add(tr("联系方式过长（最多200字）。"));
    return s;
}

QList<TipoffState> TipoffWorkflow::targets(TipoffState from)
{
    switch (from) {
    case TipoffState::Registered: return {TipoffState::Verifying, TipoffState::Concluded};
    case TipoffState::Verifying: return {TipoffState::Concluded};
    case TipoffState::Concluded: return {TipoffState::Closed, TipoffState::Verifying};
    case TipoffState::Closed: break;
    }
    return {};
}

QString TipoffWorkflow::actionName(TipoffState from, TipoffState to)
{
    switch (to) {
    case TipoffState::Verifying: return from == TipoffState::Concluded ? tr("重新核查") : tr("开始核查");
    case TipoffState::Concluded: return tr("办结");
    case TipoffState::Closed: return tr("销号");
    case TipoffState::Registered: break;
    }
    return tipoffStates().name(to);
}

Status TipoffWorkflow::check(const Tipoff &t, TipoffState to, const QDate &on, const QString &by, const QString &note,
                             const QDate &today)
{
    const QString toName = tipoffStates().name(to);
    if (!targets(t.state).contains(to)) {
        if (t.state == TipoffState::Closed)
            return Status::failure(tr("线索已销号，不能再改为“%1”。").arg(toName));
        if (to == TipoffState::Closed)
            return Status::failure(tr("线索处于“%1”，须先办结才能销号。").arg(tipoffStates().name(t.state)));
        return Status::failure(tr("不能从“%1”改为“%2”。").arg(tipoffStates().name(t.state), toName));
    }
    Status s;
    if (!on.isValid())
        s.add(tr("请填写“%1”的日期。").arg(actionName(t.state, to)));
    else {
        if (t.receivedOn.isValid() && on < t.receivedOn)
            s.add(tr("日期 %1 早于受理日期 %2。").arg(on.toString(Qt::ISODate), t.receivedOn.toString(Qt::ISODate)));
        if (!t.steps.isEmpty() && on < t.steps.last().on)
            s.add(tr("日期 %1 早于上一步（%2，%3）。")
                      .arg(on.toString(Qt::ISODate), tipoffStates().name(t.steps.last().to),
                           t.steps.last().on.toString(Qt::ISODate)));
        if (today.isValid() && on > today)
            s.add(tr("日期 %1 晚于今天。").arg(on.toString(Qt::ISODate)));
    }
    if (by.trimmed().isEmpty())
        s.add(to == TipoffState::Closed ? tr("销号须写明审核人。") : tr("请写明经办人。"));
    if (to == TipoffState::Concluded) {
        if (t.conclusion == TipoffConclusion::None)
            s.add(tr("办结前须填写核查结论（属实、部分属实或不属实）。"));
        if (t.result.trimmed().isEmpty())
            s.add(tr("办结前须填写处理结果。"));
    }
    if (t.state == TipoffState::Concluded && to == TipoffState::Verifying && note.trimmed().isEmpty())
        s.add(tr("重新核查须写明原因。"));
    return s;
}

Status TipoffWorkflow::apply(Tipoff &t, TipoffState to, const QDate &on, const QString &by, const QString &note,
                             const QDate &today)
{
    Status s = check(t, to, on, by, note, today);
    if (!s)
        return s;
    t.steps << Tipoff::Step{t.state, to, on, by.trimmed(), note.trimmed(), QDateTime::currentDateTimeUtc()};
    t.state = to;
    return s;
}

} // namespace qf

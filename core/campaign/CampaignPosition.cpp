// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignPosition.h"

#include "SubmissionTracker.h"

#include <QSet>

namespace qf {

CampaignPosition CampaignPosition::on(const SubmissionTracker &tracker, const QDate &today)
{
    CampaignPosition p;
    const Campaign &c = tracker.campaign();
    p.today = today;
    if (c.id == 0 && c.title.isEmpty())
        return p;
    p.start = c.start;
    p.end = c.end;
    p.stage = today < c.start ? Stage::NotStarted : today > c.end ? Stage::Finished : Stage::Running;
    if (const Phase *phase = c.phaseOn(today)) {
        p.phase = phase->name;
        p.phaseEnd = phase->end;
    }
    QSet<QString> overdueUnits;
    for (const TrackedObligation &t : tracker.track(today)) {
        const Obligation &o = t.obligation;
        if (o.due >= today && (!p.nextDue.isValid() || o.due < p.nextDue)) {
            p.nextDue = o.due;
            p.nextTitle = o.deadlineTitle;
            p.nextDueNote = o.dueNote;
        }
        if (o.due >= today)
            continue;
        ++p.dueSoFar;
        if (t.state == SubmissionState::OnTime)
            ++p.onTime;
        else if (t.state == SubmissionState::Late)
            ++p.late;
        else if (t.state == SubmissionState::Overdue) {
            ++p.overdue;
            overdueUnits.insert(o.unitKey);
        }
    }
    p.overdueUnits = int(overdueUnits.size());
    return p;
}

QString CampaignPosition::describe() const
{
    const auto iso = [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM-dd")); };
    QString text;
    switch (stage) {
    case Stage::NoCampaign:
        return tr("还没有专项整治。");
    case Stage::NotStarted:
        text = tr("专项整治将于 %1 开始（还有 %2 天）。").arg(iso(start)).arg(today.daysTo(start));
        break;
    case Stage::Finished:
        text = tr("专项整治已于 %1 结束。").arg(iso(end));
        break;
    case Stage::Running:
        text = phase.isEmpty() ? tr("今天（%1）不在任何阶段内。").arg(iso(today))
                               : tr("今天（%1）处于“%2”阶段（至 %3）。").arg(iso(today), phase, iso(phaseEnd));
        break;
    }
    if (nextDue.isValid()) {
        const QString when = nextDue == today ? tr("今天截止") : tr("还有 %1 天").arg(today.daysTo(nextDue));
        text += tr("下一个截止日：%1%2，%3（%4）。")
                    .arg(iso(nextDue), nextDueNote.isEmpty() ? QString() : tr("（%1）").arg(nextDueNote), nextTitle, when);
    }
    if (dueSoFar > 0) {
        text += tr("截止日已过的 %1 项中：按时报送 %2 项，逾期补报 %3 项，").arg(dueSoFar).arg(onTime).arg(late);
        text += overdue > 0 ? tr("逾期未报 %1 项（涉及 %2 个单位）。").arg(overdue).arg(overdueUnits)
                            : tr("没有逾期未报。");
    }
    return text;
}

} // namespace qf

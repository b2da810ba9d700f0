// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionTracker.h"

#include "HolidayCalendar.h"
#include "ObligationPlanner.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "model/Report.h"
#include "model/Submission.h"
#include "storage/SubmissionRepository.h"

#include <algorithm>
#include <climits>

namespace qf {

SubmissionTracker::SubmissionTracker(const Campaign &campaign, const QList<Institution> &institutions,
                                     const QList<Receipt> &receipts)
    : SubmissionTracker(campaign, institutions, receipts, HolidayCalendar::china())
{
}

SubmissionTracker::SubmissionTracker(const Campaign &campaign, const QList<Institution> &institutions,
                                     const QList<Receipt> &receipts, const HolidayCalendar &calendar)
    : m_campaign(campaign),
      m_obligations(ObligationPlanner::plan(campaign, institutions, calendar)),
      m_periods(ObligationPlanner::periods(campaign))
{
    // Rows of the matrix follow the registry, then the campaign's list of offices.
    for (const Institution &i : institutions)
        m_unitOrder.insert(UnitKey::institution(i.id), int(m_unitOrder.size()));
    for (const Office &o : campaign.offices)
        m_unitOrder.insert(UnitKey::office(o.name), int(m_unitOrder.size()));
    for (const Receipt &r : receipts) {
        const QString key = receiptKey(r.deliverable, r.unitKey, r.period);
        const auto it = m_receipts.constFind(key);
        // Two records of one filing: the earlier date is when it arrived.
        if (it == m_receipts.constEnd() || (r.submittedOn.isValid() && r.submittedOn < it->submittedOn))
            m_receipts.insert(key, r);
    }
}

Status SubmissionTracker::load(Database &db, qint64 campaignId, SubmissionTracker *out)
{
    CampaignRepository campaigns(db);
    Status read;
    const qint64 id = campaignId ? campaignId : campaigns.latestId(&read);
    if (!read)
        return read;
    if (id == 0)
        return Status::failure(tr("数据库中还没有专项整治。"));
    const auto campaign = campaigns.load(id, &read);
    if (!read)
        return read;
    if (!campaign)
        return Status::failure(tr("找不到编号为 %1 的专项整治。").arg(id));
    // Tracking over a registry or receipts not read would call every unit 未报送.
    const QList<Institution> registry = InstitutionRepository(db).all(&read);
    const QList<Receipt> receipts = SubmissionRepository(db).receipts(id, &read);
    if (!read)
        return read;
    *out = SubmissionTracker(*campaign, registry, receipts);
    return Status::success();
}

QString SubmissionTracker::receiptKey(Deliverable d, const QString &unitKey, const YearMonth &period)
{
    return QStringLiteral("%1|%2|%3").arg(int(d)).arg(unitKey, period.toString());
}

YearMonth SubmissionTracker::defaultPeriod(const QDate &today) const
{
    if (m_periods.isEmpty())
        return YearMonth();
    YearMonth recent;
    QDate recentDue;
    YearMonth upcoming;
    QDate upcomingDue;
    for (const Deadline &d : m_campaign.deadlines)
        for (const YearMonth &p : d.periods()) {
            const QDate due = d.dueFor(p);
            if (due <= today && (!recentDue.isValid() || due > recentDue)) {
                recentDue = due;
                recent = p;
            }
            if (due > today && (!upcomingDue.isValid() || due < upcomingDue)) {
                upcomingDue = due;
                upcoming = p;
            }
        }
    if (upcoming.isValid() && today.daysTo(upcomingDue) <= 7)
        return upcoming;
    return recent.isValid() ? recent : m_periods.first();
}

TrackedObligation SubmissionTracker::trackOne(const Obligation &o, const QDate &today) const
{
    TrackedObligation t;
    t.obligation = o;
    const auto it = m_receipts.constFind(receiptKey(o.deliverable, o.unitKey, o.period));
    if (it != m_receipts.constEnd() && it->submittedOn.isValid()) {
        t.filedOn = it->submittedOn;
        t.dateAssumed = it->dateAssumed;
        t.submissionId = it->submissionId;
        t.hasFile = it->hasFile;
    }
    t.state = submissionState(o.due, t.filedOn, today);
    if (t.state == SubmissionState::Late)
        t.daysLate = int(o.due.daysTo(t.filedOn));
    else if (t.state == SubmissionState::Overdue)
        t.daysLate = int(o.due.daysTo(today));
    return t;
}

QList<TrackedObligation> SubmissionTracker::track(const QDate &today) const
{
    QList<TrackedObligation> result;
    for (const Obligation &o : m_obligations)
        result << trackOne(o, today);
    return result;
}

QList<TrackedObligation> SubmissionTracker::track(const YearMonth &period, const QDate &today) const
{
    QList<TrackedObligation> result;
    for (const Obligation &o : m_obligations)
        if (o.period == period)
            result << trackOne(o, today);
    return result;
}

TrackingCounts SubmissionTracker::count(const QList<TrackedObligation> &tracked)
{
    TrackingCounts counts;
    for (const TrackedObligation &t : tracked)
        counts.add(t.state);
    return counts;
}

TrackingMatrix SubmissionTracker::matrix(const QDate &today) const
{
    TrackingMatrix m;
    for (int i = 0; i < m_campaign.deadlines.size(); ++i) {
        const Deadline &d = m_campaign.deadlines.at(i);
        if (d.recurrence == Deadline::Recurrence::Once) {
            m.onceColumns << TrackingMatrix::OnceColumn{i, d.title, d.dueDate};
            continue;
        }
        for (const YearMonth &p : d.periods())
            if (p.isValid() && !m.periods.contains(p))
                m.periods << p;
    }
    std::sort(m.periods.begin(), m.periods.end());
    std::stable_sort(m.onceColumns.begin(), m.onceColumns.end(),
                     [](const TrackingMatrix::OnceColumn &a, const TrackingMatrix::OnceColumn &b) { return a.due < b.due; });
    m.columnTotals.resize(m.periods.size());
    m.onceTotals.resize(m.onceColumns.size());
    auto onceColumnOf = [&m](int deadlineIndex) {
        for (int c = 0; c < m.onceColumns.size(); ++c)
            if (m.onceColumns.at(c).deadlineIndex == deadlineIndex)
                return c;
        return -1;
    };
    QHash<QString, int> rowOf;
    for (const TrackedObligation &t : track(today)) {
        const Obligation &o = t.obligation;
        const int column = o.monthly ? int(m.periods.indexOf(o.period)) : onceColumnOf(o.deadlineIndex);
        if (column < 0)
            continue;
        auto row = rowOf.constFind(o.unitKey);
        if (row == rowOf.constEnd()) {
            TrackingMatrix::Row r;
            r.unitKey = o.unitKey;
            r.unitName = o.unitName;
            r.office = !o.isInstitution();
            r.cells.resize(m.periods.size());
            r.onceCells.resize(m.onceColumns.size());
            m.rows << r;
            row = rowOf.insert(o.unitKey, int(m.rows.size()) - 1);
        }
        TrackingMatrix::Row &r = m.rows[*row];
        (o.monthly ? r.cells : r.onceCells)[column].add(t.state);
        // Rates over the campaign count what has fallen due (or came in early): months
        // still ahead would otherwise drag every unit's rate down.
        if (t.state == SubmissionState::Pending)
            continue;
        r.total.add(t.state);
        (o.monthly ? m.columnTotals : m.onceTotals)[column].add(t.state);
        m.total.add(t.state);
    }
    const auto order = [this](const TrackingMatrix::Row &r) { return m_unitOrder.value(r.unitKey, INT_MAX); };
    std::stable_sort(m.rows.begin(), m.rows.end(), [&order](const TrackingMatrix::Row &a, const TrackingMatrix::Row &b) {
        return order(a) < order(b);
    });
    return m;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisSnapshot.h"

#include "campaign/SubmissionTracker.h"
#include "forms/CampaignForms.h"

#include <algorithm>

namespace qf {

const FormTable *AnalysisSnapshot::form(int number, const YearMonth &month) const
{
    for (const FormTable &t : forms)
        if (t.form && t.form->number == number && t.period == month)
            return &t;
    return nullptr;
}

Status AnalysisSnapshot::load(Database &db, qint64 campaignId, const YearMonth &upTo, const QDate &asOf, AnalysisSnapshot *out)
{
    const QDate today = asOf.isValid() ? asOf : QDate::currentDate();
    AnalysisSnapshot s;
    if (Status st = AnalysisData::load(db, campaignId, upTo, &s.data); !st)
        return st;
    const YearMonth first = s.data.campaign.firstPeriod(), lastPeriod = s.data.campaign.lastPeriod();
    if (!s.data.upTo.isValid())
        s.data.upTo = std::clamp(YearMonth::fromDate(today), first, lastPeriod);
    if (s.data.upTo < first || s.data.upTo > lastPeriod)
        return Status::failure(AnalysisSeries::tr("%1不在专项整治的报表月份（%2至%3）之内。")
                                   .arg(s.data.upTo.toChinese(), first.toChinese(), lastPeriod.toChinese()));
    SubmissionTracker tracker;
    if (Status st = SubmissionTracker::load(db, s.data.campaign.id, &tracker); !st)
        return st;
    s.tracking = tracker.matrix(today);
    const CampaignForms campaignForms(db, s.data.campaign, s.data.upTo);
    if (!campaignForms.readStatus())
        return campaignForms.readStatus();
    for (const YearMonth &m : s.data.campaign.reportingPeriods())
        if (m <= s.data.upTo)
            s.forms << campaignForms.month(m);
    s.series = AnalysisSeries::compute(s.data, s.tracking, s.forms, today);
    *out = std::move(s);
    return Status::success();
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisData.h"

#include "SummaryText.h"

#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceIndex.h"
#include "storage/InspectionRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/TipoffRepository.h"

namespace qf {

Status AnalysisData::load(Database &db, qint64 campaignId, const YearMonth &upTo, AnalysisData *out)
{
    AnalysisData d;
    // Signals computed over records that were not read would clear every institution.
    Status read;
    const auto campaign = CampaignRepository(db).load(campaignId, &read);
    if (!read)
        return read;
    if (!campaign)
        return Status::failure(tr("找不到专项整治“%1”。").arg(campaignId));
    d.campaign = *campaign;
    for (const Institution &i : InstitutionRepository(db).all(&read))
        d.institutions.insert(i.id, i);
    YearMonth last;
    const QList<Report> reports = ReportRepository(db).all(campaignId, &read);
    for (const Report &r : reports) {
        if ((r.form != 1 && r.form != 3) || !UnitKey::isInstitution(r.unitKey))
            continue;
        if (!upTo.isValid() || r.period <= upTo) {
            d.figures[r.form][UnitKey::institutionId(r.unitKey)].insert(r.period, r.numbers);
            if (!last.isValid() || last < r.period)
                last = r.period;
        }
    }
    d.upTo = upTo.isValid() ? upTo : last;
    const QDate end = d.upTo.isValid() ? d.upTo.lastDay() : QDate::currentDate();
    for (const Problem &p : ProblemRepository(db).list(campaignId, &read))
        if (p.existsOn(end))
            d.problems << p;
    for (const Inspection &i : InspectionRepository(db).list(campaignId, &read))
        if (i.inspectedOn <= end)
            d.inspections << i;
    for (const Tipoff &t : TipoffRepository(db).list(campaignId, &read))
        if (t.existsOn(end))
            d.tipoffs << t;
    const SubmissionRepository filings(db);
    for (const Submission &s : filings.list(campaignId, &read))
        if (!d.upTo.isValid() || s.period <= d.upTo) {
            d.submissions << s;
            if (s.deliverable == Deliverable::Summary && s.hasFile()) {
                const QString text = SummaryText::of(filings.fileContent(s.id), s.fileName);
                if (!text.isEmpty())
                    d.summaryTexts.insert(s.id, text);
            }
        }
    if (!read)
        return read;
    d.evidence = EvidenceIndex::forCampaign(db, campaignId);
    *out = std::move(d);
    return Status::success();
}

QString AnalysisData::nameOf(qint64 institutionId) const
{
    const auto it = institutions.constFind(institutionId);
    return it == institutions.constEnd() ? QString::number(institutionId) : it->displayName();
}

QString AnalysisData::categoryOf(const Institution &i)
{
    return ownershipLabel(i.ownership) + QStringLiteral(u"·") + levelLabel(i.level);
}

QMap<int, double> AnalysisData::increase(const FigureSeries &series, const YearMonth &month)
{
    const auto it = series.constFind(month);
    if (it == series.constEnd())
        return {};
    QMap<int, double> inc = *it;
    if (it != series.constBegin()) {
        const QMap<int, double> &before = std::prev(it).value();
        for (auto c = inc.begin(); c != inc.end(); ++c)
            c.value() -= before.value(c.key());
    }
    return inc;
}

} // namespace qf

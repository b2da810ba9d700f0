// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalEngine.h"

#include "SignalCheck.h"

#include <algorithm>
#include <functional>

namespace qf {

namespace {

using Check = std::function<QList<SignalFinding>(const SignalRule &, const AnalysisData &)>;

const QHash<QString, Check> &checks()
{
    static const QHash<QString, Check> map{
        {QStringLiteral("all-zero"), FigureSignals::allZero},
        {QStringLiteral("unchanged"), FigureSignals::unchanged},
        {QStringLiteral("identical-rows"), FigureSignals::identicalRows},
        {QStringLiteral("repeated-increase"), FigureSignals::repeatedIncrease},
        {QStringLiteral("self-check-zero"), FigureSignals::selfCheckZero},
        {QStringLiteral("increase-outlier"), FigureSignals::increaseOutlier},
        {QStringLiteral("closed-without-evidence"), LedgerSignals::closedWithoutEvidence},
        {QStringLiteral("rectified-before-found"), LedgerSignals::rectifiedBeforeFound},
        {QStringLiteral("bulk-closure"), LedgerSignals::bulkClosure},
        {QStringLiteral("identical-summary"), LedgerSignals::identicalSummary},
        {QStringLiteral("near-duplicate-summary"), LedgerSignals::nearDuplicateSummary},
        {QStringLiteral("shared-evidence"), LedgerSignals::sharedEvidence},
    };
    return map;
}

} // namespace

QList<SignalFinding> SignalEngine::run(const AnalysisData &data, const QList<SignalRule> &rules)
{
    QList<SignalFinding> all;
    for (const SignalRule &rule : rules) {
        const auto it = checks().constFind(rule.kind);
        if (it != checks().constEnd())
            all << (*it)(rule, data);
    }
    return all;
}

Status SignalEngine::run(Database &db, qint64 campaignId, const YearMonth &upTo, QList<SignalFinding> *out)
{
    AnalysisData data;
    const Status s = AnalysisData::load(db, campaignId, upTo, &data);
    if (!s)
        return s;
    *out = run(data);
    return Status::success();
}

QHash<qint64, int> SignalEngine::scores(const QList<SignalFinding> &findings)
{
    QHash<qint64, int> map;
    for (const SignalFinding &f : findings)
        map[f.institutionId] += f.weight;
    return map;
}

QList<SignalScore> SignalEngine::rank(const QList<SignalFinding> &findings)
{
    QHash<qint64, SignalScore> byId;
    for (const SignalFinding &f : findings) {
        SignalScore &s = byId[f.institutionId];
        s.institutionId = f.institutionId;
        s.institution = f.institution;
        s.score += f.weight;
        s.findings << f;
    }
    QList<SignalScore> list = byId.values();
    std::sort(list.begin(), list.end(), [](const SignalScore &a, const SignalScore &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.institution != b.institution ? a.institution < b.institution : a.institutionId < b.institutionId;
    });
    return list;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
// The signals read off the problem ledger, its evidence and the filed work summaries.
#include "SignalCheck.h"

#include "SummaryText.h"
#include "model/Report.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace qf::LedgerSignals {

using namespace SignalCheck;

namespace {

QString problemRef(const Problem &p)
{
    return QCoreApplication::translate("qf::AnalysisSignals", "问题%1（%2）").arg(p.id).arg(p.description.left(20));
}

/// Groups problems by institution, in id order.
QMap<qint64, QList<const Problem *>> byInstitution(const AnalysisData &data)
{
    QMap<qint64, QList<const Problem *>> map;
    for (const Problem &p : data.problems)
        map[p.institutionId] << &p;
    return map;
}

QList<YearMonth> monthOf(const QDate &d)
{
    return d.isValid() ? QList<YearMonth>{YearMonth::fromDate(d)} : QList<YearMonth>{};
}

QHash<qint64, const Problem *> problemIndex(const AnalysisData &data)
{
    QHash<qint64, const Problem *> index;
    for (const Problem &p : data.problems)
        index.insert(p.id, &p);
    return index;
}

} // namespace

QList<SignalFinding> closedWithoutEvidence(const SignalRule &rule, const AnalysisData &data)
{
    const int minCount = int(rule.number(QStringLiteral("minCount"), 1));
    const double countyShare = rule.number(QStringLiteral("countyShare"), 0.5);
    const QDate end = data.upTo.isValid() ? data.upTo.lastDay() : QDate::currentDate();
    QSet<qint64> withAfter;
    for (const EvidenceFile &e : data.evidence)
        if (e.stage == EvidenceFile::Stage::After)
            withAfter.insert(e.problemId);
    // Where a county keeps its evidence on paper, none of its problems has a file here and
    // the absence says nothing about one institution: the signal needs the county's habit.
    int closed = 0, documented = 0;
    for (const Problem &p : data.problems) {
        const QDate c = p.closedOn();
        if (c.isValid() && c <= end) {
            ++closed;
            documented += withAfter.contains(p.id) ? 1 : 0;
        }
    }
    if (closed == 0 || double(documented) < countyShare * closed)
        return {};
    const QString share = QStringLiteral("%1%").arg(100.0 * documented / closed, 0, 'f', 0);
    QList<SignalFinding> out;
    const auto groups = byInstitution(data);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStringList refs;
        QList<SignalEvidence> records;
        QList<YearMonth> months;
        for (const Problem *p : it.value()) {
            const QDate c = p->closedOn();
            if (!c.isValid() || c > end || withAfter.contains(p->id))
                continue;
            refs << problemRef(*p);
            records << SignalEvidence{SignalEvidence::Kind::Problem, p->id, {}};
            if (!months.contains(YearMonth::fromDate(c)))
                months << YearMonth::fromDate(c);
        }
        if (refs.size() < minCount)
            continue;
        std::sort(months.begin(), months.end());
        SignalFinding f = finding(rule, data, it.key(), months,
                                  {{QStringLiteral("count"), QString::number(refs.size())},
                                   {QStringLiteral("share"), share},
                                   {QStringLiteral("records"), refs.join(QStringLiteral(u"、"))}});
        f.records = records;
        out << f;
    }
    return out;
}

QList<SignalFinding> rectifiedBeforeFound(const SignalRule &rule, const AnalysisData &data)
{
    QList<SignalFinding> out;
    const auto groups = byInstitution(data);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStringList refs;
        QList<SignalEvidence> records;
        QList<YearMonth> months;
        for (const Problem *p : it.value()) {
            QDate early;
            for (const Problem::Step &s : p->steps)
                if ((s.to == ProblemState::Rectified || s.to == ProblemState::Closed) && s.on.isValid() && s.on < p->foundOn)
                    early = early.isValid() ? qMin(early, s.on) : s.on;
            if (!early.isValid())
                continue;
            refs << QCoreApplication::translate("qf::AnalysisSignals", "%1：%2发现、%3整改").arg(problemRef(*p), p->foundOn.toString(Qt::ISODate), early.toString(Qt::ISODate));
            records << SignalEvidence{SignalEvidence::Kind::Problem, p->id, {}};
            months << YearMonth::fromDate(p->foundOn);
        }
        if (refs.isEmpty())
            continue;
        std::sort(months.begin(), months.end());
        months.erase(std::unique(months.begin(), months.end()), months.end());
        SignalFinding f = finding(rule, data, it.key(), months,
                                  {{QStringLiteral("count"), QString::number(refs.size())},
                                   {QStringLiteral("records"), refs.join(QStringLiteral(u"；"))}});
        f.records = records;
        out << f;
    }
    return out;
}

QList<SignalFinding> bulkClosure(const SignalRule &rule, const AnalysisData &data)
{
    const int minCount = int(rule.number(QStringLiteral("minCount"), 5));
    const QDate end = data.upTo.isValid() ? data.upTo.lastDay() : QDate::currentDate();
    QList<SignalFinding> out;
    const auto groups = byInstitution(data);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QMap<QDate, QList<const Problem *>> byDay;
        for (const Problem *p : it.value()) {
            const QDate c = p->closedOn();
            if (c.isValid() && c <= end)
                byDay[c] << p;
        }
        for (auto day = byDay.begin(); day != byDay.end(); ++day) {
            if (day.value().size() < minCount)
                continue;
            QStringList refs;
            QList<SignalEvidence> records;
            for (const Problem *p : day.value()) {
                refs << problemRef(*p);
                records << SignalEvidence{SignalEvidence::Kind::Problem, p->id, {}};
            }
            SignalFinding f = finding(rule, data, it.key(), monthOf(day.key()),
                                      {{QStringLiteral("day"), day.key().toString(Qt::ISODate)},
                                       {QStringLiteral("count"), QString::number(refs.size())},
                                       {QStringLiteral("records"), refs.join(QStringLiteral(u"、"))}});
            f.records = records;
            out << f;
        }
    }
    return out;
}

QList<SignalFinding> identicalSummary(const SignalRule &rule, const AnalysisData &data)
{
    QMap<QString, QList<const Submission *>> byHash;
    for (const Submission &s : data.submissions)
        if (s.deliverable == Deliverable::Summary && UnitKey::isInstitution(s.unitKey) && !s.fileSha256.isEmpty())
            byHash[s.fileSha256] << &s;
    QList<SignalFinding> out;
    for (auto it = byHash.begin(); it != byHash.end(); ++it) {
        QSet<qint64> units;
        for (const Submission *s : it.value())
            units.insert(UnitKey::institutionId(s->unitKey));
        if (units.size() < 2)
            continue;
        for (const Submission *s : it.value()) {
            const qint64 id = UnitKey::institutionId(s->unitKey);
            QStringList others;
            for (const Submission *o : it.value())
                if (UnitKey::institutionId(o->unitKey) != id && !others.contains(data.nameOf(UnitKey::institutionId(o->unitKey))))
                    others << data.nameOf(UnitKey::institutionId(o->unitKey));
            SignalFinding f = finding(rule, data, id, {s->period},
                                      {{QStringLiteral("file"), s->fileName},
                                       {QStringLiteral("other"), others.join(QStringLiteral(u"、"))},
                                       {QStringLiteral("hash"), s->fileSha256.left(12)}});
            f.records << SignalEvidence{SignalEvidence::Kind::Submission, s->id, s->period};
            out << f;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SignalFinding &a, const SignalFinding &b) { return a.institutionId < b.institutionId; });
    return out;
}

QList<SignalFinding> nearDuplicateSummary(const SignalRule &rule, const AnalysisData &data)
{
    const double threshold = rule.number(QStringLiteral("threshold"), 0.85);
    const qsizetype minChars = qsizetype(rule.number(QStringLiteral("minChars"), 200));
    // Each institution's latest summary with words enough to compare: a short note
    // (已按要求开展) reads alike everywhere and says nothing of copying.
    QMap<qint64, const Submission *> latest;
    for (const Submission &s : data.submissions) {
        if (s.deliverable != Deliverable::Summary || !UnitKey::isInstitution(s.unitKey) || !data.summaryTexts.contains(s.id))
            continue;
        if (SummaryText::significantLength(data.summaryTexts.value(s.id)) < minChars)
            continue;
        const qint64 id = UnitKey::institutionId(s.unitKey);
        const Submission *&kept = latest[id];
        if (!kept || kept->period < s.period || (kept->period == s.period && kept->id < s.id))
            kept = &s;
    }
    struct Match
    {
        const Submission *other;
        double similarity;
    };
    QMap<qint64, QList<Match>> matches;
    const QList<const Submission *> list = latest.values();
    for (int i = 0; i < list.size(); ++i)
        for (int j = i + 1; j < list.size(); ++j) {
            const Submission *a = list.at(i), *b = list.at(j);
            // The same file is the identical-summary signal's; this one is for the edited copy.
            if (!a->fileSha256.isEmpty() && a->fileSha256 == b->fileSha256)
                continue;
            const double similar = SummaryText::similarity(data.summaryTexts.value(a->id), data.summaryTexts.value(b->id));
            if (similar < threshold)
                continue;
            matches[UnitKey::institutionId(a->unitKey)] << Match{b, similar};
            matches[UnitKey::institutionId(b->unitKey)] << Match{a, similar};
        }
    QList<SignalFinding> out;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        const Submission *own = latest.value(it.key());
        QStringList others;
        double most = 0;
        for (const Match &m : it.value()) {
            others << data.nameOf(UnitKey::institutionId(m.other->unitKey));
            most = qMax(most, m.similarity);
        }
        SignalFinding f = finding(rule, data, it.key(), {own->period},
                                  {{QStringLiteral("file"), own->fileName},
                                   {QStringLiteral("other"), others.join(QStringLiteral(u"、"))},
                                   {QStringLiteral("similarity"), QString::number(std::floor(most * 100), 'f', 0) + QLatin1Char('%')}});
        f.records << SignalEvidence{SignalEvidence::Kind::Submission, own->id, own->period};
        for (const Match &m : it.value())
            f.records << SignalEvidence{SignalEvidence::Kind::Submission, m.other->id, m.other->period};
        out << f;
    }
    return out;
}

QList<SignalFinding> sharedEvidence(const SignalRule &rule, const AnalysisData &data)
{
    const QHash<qint64, const Problem *> problems = problemIndex(data);
    // hash → institution → its problems with that file
    QMap<QString, QMap<qint64, QList<const Problem *>>> byHash;
    QHash<QString, QString> fileNames;
    for (const EvidenceFile &e : data.evidence) {
        const Problem *p = problems.value(e.problemId);
        if (!p || e.sha256.isEmpty())
            continue;
        auto &list = byHash[e.sha256][p->institutionId];
        if (!list.contains(p))
            list << p;
        if (!fileNames.contains(e.sha256))
            fileNames.insert(e.sha256, e.fileName);
    }
    QList<SignalFinding> out;
    for (auto it = byHash.begin(); it != byHash.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (auto inst = it.value().begin(); inst != it.value().end(); ++inst) {
            QStringList others, refs;
            for (auto o = it.value().begin(); o != it.value().end(); ++o)
                if (o.key() != inst.key())
                    others << data.nameOf(o.key());
            SignalFinding f = finding(rule, data, inst.key(), {}, {});
            for (const Problem *p : inst.value()) {
                refs << problemRef(*p);
                f.records << SignalEvidence{SignalEvidence::Kind::Problem, p->id, {}};
                if (!f.months.contains(YearMonth::fromDate(p->foundOn)))
                    f.months << YearMonth::fromDate(p->foundOn);
            }
            std::sort(f.months.begin(), f.months.end());
            f.evidence = rule.explain({{QStringLiteral("file"), fileNames.value(it.key())},
                                       {QStringLiteral("other"), others.join(QStringLiteral(u"、"))},
                                       {QStringLiteral("hash"), it.key().left(12)},
                                       {QStringLiteral("records"), refs.join(QStringLiteral(u"、"))}});
            out << f;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SignalFinding &a, const SignalFinding &b) { return a.institutionId < b.institutionId; });
    return out;
}

} // namespace qf::LedgerSignals

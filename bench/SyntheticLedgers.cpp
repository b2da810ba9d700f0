// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticLedgers.h"

#include "storage/CaseRecordRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace qf::bench {

namespace {

// Every step lies in the campaign's year or the month after it, never after "today".
const QDate kFirstDay(2021, 1, 1);
const QDate kToday(2022, 1, 31);
constexpr int kProblemsPerInstitution = 5;
constexpr int kTipoffsPerCounty = 200;
constexpr int kCasesPerCounty = 80;
constexpr int kInterviewsPerCounty = 300;
constexpr int kListedPerCounty = 3;

QString pick(const QStringList &list, quint32 n)
{
    return list.at(int(n % quint32(list.size())));
}

/// A day of the year, evenly over the twelve months.
QDate dayOfYear(QRandomGenerator &rng)
{
    return kFirstDay.addDays(rng.bounded(365));
}

/// Some days after `from`, or an invalid date when that would be after today.
QDate later(const QDate &from, QRandomGenerator &rng, int most)
{
    const QDate d = from.addDays(1 + rng.bounded(most));
    return d <= kToday ? d : QDate();
}

bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}

/// Busy units (the hospitals) keep longer ledgers than village clinics.
int weightOf(const Institution &i)
{
    return i.level == Level::Tertiary ? 12 : i.level == Level::Secondary ? 6 : i.kind == InstitutionKind::Pharmacy ? 1 : 2;
}

/// Picks institutions with their weights, the way records gather at the larger units.
class WeightedPick
{
public:
    explicit WeightedPick(const QList<Institution> &units)
        : m_units(units)
    {
        for (const Institution &i : units) {
            m_total += weightOf(i);
            m_upTo << m_total;
        }
    }
    const Institution &next(QRandomGenerator &rng) const
    {
        const int n = int(rng.bounded(m_total));
        const auto it = std::upper_bound(m_upTo.cbegin(), m_upTo.cend(), n);
        return m_units.at(int(it - m_upTo.cbegin()));
    }

private:
    const QList<Institution> &m_units;
    QList<int> m_upTo;
    int m_total = 0;
};

const QStringList &problemTexts()
{
    static const QStringList t{QStringLiteral(u"部分检查项目串换收费"), QStringLiteral(u"住院病历书写不规范"),
                               QStringLiteral(u"医用耗材进销存账实不符"), QStringLiteral(u"收费项目公示不全"),
                               QStringLiteral(u"重复开具同类检验"), QStringLiteral(u"目录外用药未履行告知签字"),
                               QStringLiteral(u"处方点评未按月开展"), QStringLiteral(u"药品库存盘点记录缺失")};
    return t;
}

const QStringList &supplierNames()
{
    static const QStringList t{QStringLiteral(u"恒康医药有限公司"), QStringLiteral(u"瑞和医疗器械有限公司"),
                               QStringLiteral(u"桂中药业有限公司"), QStringLiteral(u"安泰医用耗材有限公司"),
                               QStringLiteral(u"仁济医药贸易有限公司"), QStringLiteral(u"众康生物科技有限公司"),
                               QStringLiteral(u"华信医疗设备有限公司"), QStringLiteral(u"百草中药饮片有限公司")};
    return t;
}

QList<Problem> problems(qint64 campaign, const QList<Institution> &units, QRandomGenerator &rng, int *steps)
{
    const QString responsible = QStringLiteral(u"医务科 梁文");
    const QString reviewer = QStringLiteral(u"县卫健局医政股");
    QList<Problem> out;
    for (const Institution &i : units) {
        const int n = kProblemsPerInstitution - 2 + int(rng.bounded(5));
        for (int k = 0; k < n; ++k) {
            Problem p;
            p.campaignId = campaign;
            p.institutionId = i.id;
            p.source = rng.bounded(3) == 0 ? ProblemSource::Inspection : ProblemSource::SelfCheck;
            p.foundOn = dayOfYear(rng);
            p.foundBy = p.source == ProblemSource::Inspection ? reviewer : QStringLiteral(u"院纪委");
            p.description = pick(problemTexts(), rng.generate());
            p.responsible = responsible;
            p.deadline = p.foundOn.addDays(30);
            p.measures = QStringLiteral(u"限期整改，建立台账");
            // Most problems are put right, many closed; a few are sent back once.
            const int fate = int(rng.bounded(10));
            QDate on = p.foundOn;
            auto step = [&](ProblemState to, const QString &by, const QString &note) {
                const QDate next = later(on, rng, 40);
                if (!next.isValid() || !ProblemWorkflow::apply(p, to, next, by, note, kToday))
                    return false;
                on = next;
                return true;
            };
            if (fate >= 2) {
                bool ok = fate == 9 ? step(ProblemState::Rectified, responsible, QString())
                                    : step(ProblemState::Rectifying, responsible, QString()) &&
                                          step(ProblemState::Rectified, responsible, QString());
                if (ok && fate == 8)
                    ok = step(ProblemState::Rectifying, reviewer, QStringLiteral(u"整改不到位")) &&
                         step(ProblemState::Rectified, responsible, QString());
                if (ok && fate >= 5)
                    step(ProblemState::Closed, reviewer, QString());
            }
            *steps += int(p.steps.size());
            out << p;
        }
    }
    return out;
}

QList<Inspection> inspections(qint64 campaign, const QList<Institution> &units, QRandomGenerator &rng)
{
    QList<Inspection> out;
    for (const Institution &i : units) {
        // About one a unit: some are not visited, some twice.
        const int visits = int(rng.bounded(10)) < 2 ? 0 : int(rng.bounded(10)) < 2 ? 2 : 1;
        for (int k = 0; k < visits; ++k) {
            Inspection x;
            x.campaignId = campaign;
            x.institutionId = i.id;
            x.inspectedOn = dayOfYear(rng);
            x.method = pick(inspectionMethods(), rng.generate());
            x.inspectors = QStringLiteral(u"医政股、卫生监督所");
            const bool found = rng.bounded(3) != 0;
            x.findings = found ? QStringLiteral(u"收费不规范，病历书写缺项") : QStringLiteral(u"未发现问题");
            if (found) {
                x.interview = chance(rng, 50);
                x.criticism = chance(rng, 20);
                x.rectifyOrder = chance(rng, 50);
                x.cluesTransferred = chance(rng, 15) ? 1 + int(rng.bounded(3)) : 0;
                x.fundsRecovered = chance(rng, 40);
                x.fined = chance(rng, 20);
                if (chance(rng, 10))
                    x.otherMeasure = QStringLiteral(u"暂停医保结算");
                if (chance(rng, 30))
                    x.refundYuan = 500 + rng.bounded(20000);
                if (x.fundsRecovered)
                    x.recoveredYuan = 1000 + rng.bounded(50000);
                if (x.fined)
                    x.fineYuan = 2000 + rng.bounded(30000);
                x.suspendedPersons = chance(rng, 8) ? 1 : 0;
                x.revokedPersons = chance(rng, 3) ? 1 : 0;
                x.prosecutedPersons = chance(rng, 2) ? 1 : 0;
            }
            out << x;
        }
    }
    return out;
}

QList<Tipoff> tipoffs(qint64 campaign, const WeightedPick &units, QRandomGenerator &rng, int *steps)
{
    const QString handler = QStringLiteral(u"局机关纪委");
    const QString reviewer = QStringLiteral(u"县卫健局纪委书记");
    QList<Tipoff> out;
    for (int k = 0; k < kTipoffsPerCounty; ++k) {
        Tipoff t;
        t.campaignId = campaign;
        t.receivedOn = dayOfYear(rng);
        t.channel = TipoffChannel(rng.bounded(int(TipoffChannel::Other) + 1));
        // A tenth name no institution of the registry.
        t.institutionId = rng.bounded(10) == 0 ? 0 : units.next(rng).id;
        t.summary = QStringLiteral(u"反映收受红包、回扣或违规收费问题（第%1条）").arg(k + 1);
        t.handler = handler;
        QDate on = t.receivedOn;
        auto step = [&](TipoffState to, const QString &by) {
            const QDate next = later(on, rng, 30);
            if (!next.isValid() || !TipoffWorkflow::apply(t, to, next, by, QString(), kToday))
                return false;
            on = next;
            return true;
        };
        const int fate = int(rng.bounded(10));
        if (fate >= 1 && step(TipoffState::Verifying, handler) && fate >= 3) {
            t.conclusion = TipoffConclusion(1 + rng.bounded(3));
            t.result = QStringLiteral(u"已核查，按规定处理");
            if (step(TipoffState::Concluded, handler) && fate >= 6)
                step(TipoffState::Closed, reviewer);
        }
        // An unfinished conclusion stays unfilled, as the validation wants.
        if (t.state != TipoffState::Concluded && t.state != TipoffState::Closed) {
            t.conclusion = TipoffConclusion::None;
            t.result.clear();
        }
        *steps += int(t.steps.size());
        out << t;
    }
    return out;
}

QList<CaseRecord> cases(qint64 campaign, const WeightedPick &units, QRandomGenerator &rng)
{
    QList<CaseRecord> out;
    constexpr int kinds = int(CaseKind::Gift) + 1;
    for (int k = 0; k < kCasesPerCounty; ++k) {
        CaseRecord r;
        r.campaignId = campaign;
        r.institutionId = units.next(rng).id;
        r.kind = CaseKind(k % kinds);          // every kind, each column of 附件1 and 附件3
        r.heldOn = dayOfYear(rng);
        r.title = caseKinds().name(r.kind) + QStringLiteral(u"（第%1项）").arg(k + 1);
        // Persons concerned or attending, wherever the kind has them (cases: one to three).
        if (CaseRecord::hasAmount(r.kind))
            r.persons = 1 + int(rng.bounded(3));
        else if (!CaseRecord::personsLabel(r.kind).isEmpty())
            r.persons = 1 + int(rng.bounded(30));
        if (CaseRecord::hasAmount(r.kind))
            r.amountYuan = 1000 + rng.bounded(80000);
        if (r.kind == CaseKind::Recommendation && rng.bounded(3) != 0)
            r.answeredOn = later(r.heldOn, rng, 45);
        out << r;
    }
    return out;
}

QList<SupplierInterview> interviews(qint64 campaign, const WeightedPick &units, QRandomGenerator &rng)
{
    QList<SupplierInterview> out;
    for (int k = 0; k < kInterviewsPerCounty; ++k) {
        SupplierInterview i;
        i.campaignId = campaign;
        i.institutionId = units.next(rng).id;
        i.supplier = pick(supplierNames(), rng.generate());
        i.heldOn = dayOfYear(rng);
        i.pledgeSigned = rng.bounded(4) != 0;
        i.interviewer = QStringLiteral(u"院纪委");
        out << i;
    }
    return out;
}

QList<NegativeListEntry> listed(qint64 campaign, int county, QRandomGenerator &rng)
{
    QList<NegativeListEntry> out;
    for (int k = 0; k < kListedPerCounty; ++k) {
        NegativeListEntry e;
        e.campaignId = campaign;
        // A supplier is listed once per campaign: each county lists its own.
        e.supplier = QStringLiteral(u"第%1县%2").arg(county + 1).arg(supplierNames().at(k));
        e.listedOn = dayOfYear(rng);
        e.reason = QStringLiteral(u"给予医务人员回扣，取消供货资格");
        out << e;
    }
    return out;
}

} // namespace

Status generateLedgers(Database &db, const SyntheticData &data, LedgerCounts *counts)
{
    const qint64 campaign = data.campaign.id;
    const int counties = int(data.institutions.size()) / kInstitutionsPerCounty;
    for (int c = 0; c < counties; ++c) {
        const QList<Institution> units = data.institutions.mid(c * kInstitutionsPerCounty, kInstitutionsPerCounty);
        const WeightedPick weighted(units);
        QRandomGenerator rng(quint32(7001 + c));
        QList<Problem> p = problems(campaign, units, rng, &counts->problemSteps);
        QList<Inspection> x = inspections(campaign, units, rng);
        QList<Tipoff> t = tipoffs(campaign, weighted, rng, &counts->tipoffSteps);
        QList<CaseRecord> r = cases(campaign, weighted, rng);
        QList<SupplierInterview> i = interviews(campaign, weighted, rng);
        QList<NegativeListEntry> n = listed(campaign, c, rng);

        Transaction tx(db);
        Status s = ProblemRepository(db).saveAll(p);
        if (s)
            s = InspectionRepository(db).saveAll(x);
        if (s)
            s = TipoffRepository(db).saveAll(t);
        if (s)
            s = CaseRecordRepository(db).saveAll(r);
        if (s)
            s = SupplierRepository(db).saveAll(i);
        if (s)
            s = SupplierRepository(db).saveAll(n);
        if (s)
            s = tx.commit();
        if (!s)
            return s;
        counts->problems += int(p.size());
        counts->inspections += int(x.size());
        counts->tipoffs += int(t.size());
        counts->cases += int(r.size());
        counts->interviews += int(i.size());
        counts->listed += int(n.size());
    }
    return Status::success();
}

} // namespace qf::bench

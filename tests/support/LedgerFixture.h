// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "ledgers/LedgerSnapshot.h"
#include "model/Institution.h"
#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/CaseRecordRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

namespace qf::test {

/// A small county with hand-made ledgers whose figures are worked out by hand in the
/// tests: A public 三级, B public 一级, C private 一级, D public 一级 not contracted,
/// E a contracted pharmacy; campaign of 2021 (July–November).
class LedgerFixture : public TempDatabase
{
public:
    static constexpr char16_t kReporterName[] = u"林秀珍";
    static constexpr char16_t kReporterPhone[] = u"13900001111";

    LedgerFixture()
    {
        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl);
        CampaignParameters p;
        p.county = QStringLiteral(u"测试县");
        p.city = QStringLiteral(u"测试市");
        p.year = 2021;
        REQUIRE(tmpl->instantiate(p, &campaign).isOk());
        REQUIRE(CampaignRepository(db()).save(campaign).isOk());

        auto inst = [](const char16_t *name, Ownership o, Level l, bool contracted, InstitutionKind k) {
            Institution i;
            i.name = QString::fromUtf16(name);
            i.ownership = o;
            i.level = l;
            i.contracted = contracted;
            i.kind = k;
            return i;
        };
        registry = {inst(u"甲县人民医院", Ownership::Public, Level::Tertiary, true, InstitutionKind::Medical),
                    inst(u"乙镇卫生院", Ownership::Public, Level::PrimaryOrBelow, true, InstitutionKind::Medical),
                    inst(u"丙诊所", Ownership::Private, Level::PrimaryOrBelow, true, InstitutionKind::Medical),
                    inst(u"丁卫生室", Ownership::Public, Level::PrimaryOrBelow, false, InstitutionKind::Medical),
                    inst(u"戊大药房", Ownership::Private, Level::PrimaryOrBelow, true, InstitutionKind::Pharmacy)};
        registry[0].shortName = QStringLiteral(u"甲医院");
        REQUIRE(InstitutionRepository(db()).saveAll(registry).isOk());
        a = registry[0].id;
        b = registry[1].id;
        c = registry[2].id;
        d = registry[3].id;
        e = registry[4].id;
    }

    static QDate day(int m, int d) { return QDate(2021, m, d); }
    /// 甲医院's August accepted (验收) on 附件1 and 附件3, and 附件2 of August signed (签发) by the bureau.
    void lockAugustOfA()
    {
        const YearMonth aug(2021, 8);
        PeriodLockRepository locks(db());
        REQUIRE(locks.lock(campaign.id, 1, UnitKey::institution(a), aug).isOk());
        REQUIRE(locks.lock(campaign.id, 3, UnitKey::institution(a), aug).isOk());
        REQUIRE(locks.lock(campaign.id, 2, PeriodLockRepository::wholeMonth(), aug).isOk());
    }
    /// Refused because the write would change an accepted (验收) or signed (签发) month.
    static bool refusedAsLocked(const Status &s) { return !s.isOk() && s.message().contains(QStringLiteral("已验收或已签发")); }
    const QDate today{2021, 12, 15};

    Problem problem(qint64 institution, const QDate &found, const QString &what)
    {
        Problem p;
        p.campaignId = campaign.id;
        p.institutionId = institution;
        p.foundOn = found;
        p.description = what;
        p.responsible = QStringLiteral(u"责任人");
        p.deadline = found.addDays(30);
        return p;
    }

    /// The ledgers whose figures the derivation tests work out by hand.
    void writeLedgers()
    {
        ProblemRepository problems(db());
        Problem p1 = problem(a, day(7, 5), QStringLiteral(u"串换收费"));
        REQUIRE(ProblemWorkflow::apply(p1, ProblemState::Rectifying, day(7, 10), QStringLiteral(u"科长"), {}, today).isOk());
        REQUIRE(ProblemWorkflow::apply(p1, ProblemState::Rectified, day(8, 20), QStringLiteral(u"科长"), {}, today).isOk());
        REQUIRE(ProblemWorkflow::apply(p1, ProblemState::Closed, day(9, 2), QStringLiteral(u"审核人"), {}, today).isOk());
        Problem p2 = problem(a, day(8, 12), QStringLiteral(u"病历不规范"));
        REQUIRE(ProblemWorkflow::apply(p2, ProblemState::Rectifying, day(8, 15), QStringLiteral(u"科长"), {}, today).isOk());
        Problem p3 = problem(b, day(7, 20), QStringLiteral(u"药品未入账"));
        REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectified, day(7, 25), QStringLiteral(u"院长"), {}, today).isOk());
        REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectifying, day(8, 3), QStringLiteral(u"审核人"),
                                       QStringLiteral(u"账实不符"), today).isOk());
        REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectified, day(9, 10), QStringLiteral(u"院长"), {}, today).isOk());
        Problem p4 = problem(a, day(9, 30), QStringLiteral(u"耗材领用无记录"));
        QList<Problem> list{p1, p2, p3, p4};
        REQUIRE(problems.saveAll(list).isOk());

        auto record = [this](qint64 inst, CaseKind kind, const QDate &on, int persons = 0, qint64 yuan = 0) {
            CaseRecord r;
            r.campaignId = campaign.id;
            r.institutionId = inst;
            r.kind = kind;
            r.heldOn = on;
            r.title = caseKinds().label(kind);
            r.persons = persons;
            r.amountYuan = yuan;
            return r;
        };
        CaseRecord recommendation = record(a, CaseKind::Recommendation, day(7, 15));
        recommendation.answeredOn = day(8, 10);
        QList<CaseRecord> cases{record(a, CaseKind::WarningEducation, day(7, 8)),
                                record(a, CaseKind::WarningEducation, day(8, 15)),
                                record(a, CaseKind::Training, day(8, 20), 30),
                                record(a, CaseKind::Training, day(9, 5), 25),
                                record(a, CaseKind::Kickback, day(9, 12), 2, 23500),
                                recommendation,
                                record(b, CaseKind::Admonition, day(8, 1), 1)};
        REQUIRE(CaseRecordRepository(db()).saveAll(cases).isOk());

        auto tipoff = [this](qint64 inst, const QDate &on, const QString &what) {
            Tipoff t;
            t.campaignId = campaign.id;
            t.institutionId = inst;
            t.receivedOn = on;
            t.channel = TipoffChannel::Phone;
            t.summary = what;
            t.handler = QStringLiteral(u"纪委");
            return t;
        };
        Tipoff t1 = tipoff(a, day(7, 1), QStringLiteral(u"收受红包"));
        REQUIRE(TipoffWorkflow::apply(t1, TipoffState::Verifying, day(7, 5), QStringLiteral(u"纪委"), {}, today).isOk());
        t1.conclusion = TipoffConclusion::Substantiated;
        t1.result = QStringLiteral(u"批评教育，退还红包");
        REQUIRE(TipoffWorkflow::apply(t1, TipoffState::Concluded, day(8, 10), QStringLiteral(u"纪委"), {}, today).isOk());
        QList<Tipoff> tipoffs{t1, tipoff(c, day(8, 1), QStringLiteral(u"乱收费")), tipoff(0, day(8, 2), QStringLiteral(u"其他"))};
        TipoffReporter reporter;
        reporter.name = QString::fromUtf16(kReporterName);
        reporter.contact = QString::fromUtf16(kReporterPhone);
        REQUIRE(TipoffRepository(db()).saveAll(tipoffs, {reporter}).isOk());
        tipoffWithReporter = tipoffs.first().id;

        auto interview = [this](qint64 inst, const QDate &on, const QString &supplier) {
            SupplierInterview i;
            i.campaignId = campaign.id;
            i.institutionId = inst;
            i.heldOn = on;
            i.supplier = supplier;
            i.pledgeSigned = true;
            return i;
        };
        QList<SupplierInterview> interviews{interview(a, day(8, 3), QStringLiteral(u"某医药公司")),
                                            interview(a, day(8, 4), QStringLiteral(u"某器械公司")),
                                            interview(c, day(9, 6), QStringLiteral(u"某医药公司"))};
        REQUIRE(SupplierRepository(db()).saveAll(interviews).isOk());

        auto inspection = [this](qint64 inst, const QDate &on) {
            Inspection i;
            i.campaignId = campaign.id;
            i.institutionId = inst;
            i.inspectedOn = on;
            i.method = QStringLiteral(u"飞行检查");
            return i;
        };
        Inspection i1 = inspection(a, day(7, 20));
        i1.interview = i1.rectifyOrder = true;
        i1.cluesTransferred = 2;
        i1.refundYuan = 10000;
        i1.suspendedPersons = 1;
        Inspection i2 = inspection(a, day(8, 5));
        i2.interview = i2.fundsRecovered = i2.fined = true;
        i2.recoveredYuan = 5000;
        i2.fineYuan = 20000;
        Inspection i3 = inspection(b, day(8, 10));
        Inspection i4 = inspection(d, day(8, 11));
        i4.interview = true;
        Inspection i5 = inspection(c, day(9, 1));
        i5.criticism = true;
        i5.otherMeasure = QStringLiteral(u"取消评优");
        Inspection i6 = inspection(e, day(9, 2));
        i6.fined = true;
        i6.fineYuan = 3000;
        QList<Inspection> inspections{i1, i2, i3, i4, i5, i6};
        REQUIRE(InspectionRepository(db()).saveAll(inspections).isOk());
    }

    Campaign campaign;
    QList<Institution> registry;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;
    qint64 tipoffWithReporter = 0;
};

} // namespace qf::test

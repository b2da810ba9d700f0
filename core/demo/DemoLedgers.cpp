// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoLedgers.h"

#include "DemoLedgerSeries.h"
#include "forms/MonthlyForms.h"
#include "storage/CaseRecordRepository.h"
#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

#include <cmath>

namespace qf::DemoLedgers {

namespace {

using DemoLedgerSeries::Source;

// The demo stands in the middle of December 2021.
const QDate kAsOf(2021, 12, 15);

struct TipoffRow
{
    QDate received;
    TipoffChannel channel;
    const char16_t *institution;
    const char16_t *summary;
    TipoffState state;
    TipoffConclusion conclusion;
    const char16_t *result;
    int daysToVerify;
    int daysToConclude;
    const char16_t *reporter;     ///< empty: anonymous
    const char16_t *contact;
};

const TipoffRow kTipoffs[] = {
    {{2021, 7, 6}, TipoffChannel::Phone, u"鹿寨县人民医院", u"反映骨科住院患者被要求自购高价耗材",
     TipoffState::Closed, TipoffConclusion::Partly, u"部分属实，责令退还患者费用2860元，约谈科室主任", 2, 25, u"刘先生", u"139****2051"},
    {{2021, 7, 19}, TipoffChannel::Letter, u"鹿寨县中渡镇卫生院", u"反映门诊收费未出具明细清单",
     TipoffState::Closed, TipoffConclusion::Substantiated, u"属实，已责令整改并公示收费项目", 3, 20, u"", u""},
    {{2021, 8, 2}, TipoffChannel::Online, u"鹿寨康华医院", u"反映医务人员收受患者家属红包",
     TipoffState::Concluded, TipoffConclusion::Substantiated, u"属实，当事医师退还红包2000元，给予通报批评", 1, 40, u"", u""},
    {{2021, 8, 16}, TipoffChannel::Assigned, u"鹿寨县人民医院", u"市纪委监委交办：某科室收受医药代表回扣",
     TipoffState::Closed, TipoffConclusion::Substantiated, u"属实，移送县纪委监委处理，涉案金额2.35万元", 1, 30, u"", u""},
    {{2021, 8, 30}, TipoffChannel::Visit, u"鹿寨县寨沙镇中心卫生院", u"反映住院期间被重复收取检查费",
     TipoffState::Concluded, TipoffConclusion::Unsubstantiated, u"经核查收费清单无重复，已向来访人解释", 2, 14, u"覃女士", u"138****6613"},
    {{2021, 9, 8}, TipoffChannel::Special, u"鹿寨仁爱医院", u"专项检查发现挂床住院线索",
     TipoffState::Verifying, TipoffConclusion::None, u"", 3, 0, u"", u""},
    {{2021, 9, 22}, TipoffChannel::Transferred, u"鹿寨县博爱骨科医院", u"县医保局移送：疑似虚构医疗服务结算",
     TipoffState::Verifying, TipoffConclusion::None, u"", 5, 0, u"", u""},
    {{2021, 10, 11}, TipoffChannel::Phone, u"鹿寨县平山镇卫生院", u"反映村民体检收费高于公示标准",
     TipoffState::Closed, TipoffConclusion::Partly, u"部分属实，退还多收费用共420元", 2, 12, u"韦先生", u"135****0918"},
    {{2021, 10, 27}, TipoffChannel::Tour, u"鹿寨县中医医院", u"县委巡察移交：药品采购议价程序不规范",
     TipoffState::Concluded, TipoffConclusion::Substantiated, u"属实，修订药品采购议价制度，约谈分管副院长", 3, 30, u"", u""},
    {{2021, 11, 9}, TipoffChannel::Online, u"鹿寨县安康眼科医院", u"反映白内障手术诱导患者选用高价晶体",
     TipoffState::Registered, TipoffConclusion::None, u"", 0, 0, u"", u""},
    {{2021, 11, 23}, TipoffChannel::Letter, nullptr, u"反映某药店以药换物套取医保基金（未写明药店名称）",
     TipoffState::Verifying, TipoffConclusion::None, u"", 4, 0, u"", u""},
    {{2021, 12, 6}, TipoffChannel::Phone, u"鹿寨县四排镇卫生院", u"反映夜间急诊值班医生不在岗",
     TipoffState::Registered, TipoffConclusion::None, u"", 0, 0, u"黄女士", u"177****3302"},
};

// Fails when the workflow refuses one of the seed's steps: a broken seed, not data.
Status tipoffs(const Source &s, QList<Tipoff> &out, QList<TipoffReporter> &reporters)
{
    Status steps;
    const QString handler = QStringLiteral(u"局机关纪委");
    for (const TipoffRow &row : kTipoffs) {
        Tipoff t;
        t.campaignId = s.campaign.id;
        t.receivedOn = row.received;
        t.channel = row.channel;
        if (row.institution)
            if (const Institution *i = s.byName(QString::fromUtf16(row.institution)))
                t.institutionId = i->id;
        t.summary = QString::fromUtf16(row.summary);
        t.handler = handler;
        if (row.state != TipoffState::Registered)
            steps.add(TipoffWorkflow::apply(t, TipoffState::Verifying, row.received.addDays(row.daysToVerify), handler, QString(), kAsOf));
        if (row.state == TipoffState::Concluded || row.state == TipoffState::Closed) {
            t.conclusion = row.conclusion;
            t.result = QString::fromUtf16(row.result);
            steps.add(TipoffWorkflow::apply(t, TipoffState::Concluded, row.received.addDays(row.daysToConclude), handler, QString(), kAsOf));
        }
        if (row.state == TipoffState::Closed)
            steps.add(TipoffWorkflow::apply(t, TipoffState::Closed, row.received.addDays(row.daysToConclude + 10),
                                            QStringLiteral(u"县卫健局纪委书记"), QString(), kAsOf));
        TipoffReporter r;
        r.name = QString::fromUtf16(row.reporter);
        r.contact = QString::fromUtf16(row.contact);
        r.anonymous = r.name.isEmpty() && (row.channel == TipoffChannel::Online || row.channel == TipoffChannel::Letter);
        out << t;
        reporters << r;
    }
    return steps;
}

struct CaseRow
{
    const char16_t *institution;
    CaseKind kind;
    QDate on;
    const char16_t *title;
    int persons;
    qint64 yuan;
    QDate answered;
};

// The county hospital's and a few others' 以案促改 records. The kickback case is the one
// the county hospital's typed 附件3 already reports (September: 1 case, 1 person, 2.35万元).
const CaseRow kCases[] = {
    {u"鹿寨县人民医院", CaseKind::FirstFormOther, {2021, 7, 14}, u"对3名科室负责人开展提醒谈话", 3, 0, {}},
    {u"鹿寨县人民医院", CaseKind::Admonition, {2021, 8, 26}, u"对耗材管理失职的科室主任诫勉谈话", 1, 0, {}},
    {u"鹿寨县人民医院", CaseKind::Criticism, {2021, 9, 17}, u"对收受患者红包的2名医师通报批评", 2, 0, {}},
    {u"鹿寨县人民医院", CaseKind::FirstFormOther, {2021, 10, 12}, u"责令2名医师作出书面检查", 2, 0, {}},
    {u"鹿寨县人民医院", CaseKind::Recommendation, {2021, 8, 20}, u"县纪委监委监察建议书（加强耗材采购监管）", 0, 0, {2021, 9, 28}},
    {u"鹿寨县人民医院", CaseKind::LifeMeeting, {2021, 7, 28}, u"以案促改专题民主生活会", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::LifeMeeting, {2021, 10, 26}, u"专项整治专题组织生活会", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::System, {2021, 7, 30}, u"修订《医用耗材采购管理制度》", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::System, {2021, 8, 31}, u"建立医药代表接待登记制度", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::System, {2021, 10, 15}, u"制定《收受“红包”回扣责任追究办法》", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::PublicIssue, {2021, 7, 20}, u"开设便民门诊，缩短候诊时间", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::PublicIssue, {2021, 8, 12}, u"增设自助缴费机6台", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::PublicIssue, {2021, 9, 9}, u"推行住院费用一日清单短信推送", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::PublicIssue, {2021, 11, 3}, u"开通夜间儿科门诊", 0, 0, {}},
    {u"鹿寨县人民医院", CaseKind::Kickback, {2021, 9, 13}, u"某科室1名医师收受医药代表回扣案", 1, 23500, {}},
    {u"鹿寨县人民医院", CaseKind::Confession, {2021, 10, 20}, u"1名采购人员主动交待收受礼品问题", 1, 0, {}},
    {u"鹿寨县中医医院", CaseKind::LifeMeeting, {2021, 8, 24}, u"巡察整改专题民主生活会", 0, 0, {}},
    {u"鹿寨县中医医院", CaseKind::Criticism, {2021, 11, 18}, u"对药品议价程序不规范的1名责任人通报批评", 1, 0, {}},
    {u"鹿寨县中医医院", CaseKind::Recommendation, {2021, 11, 5}, u"县纪委监委纪律检查建议书（药品采购）", 0, 0, {}},
};

void cases(const Source &s, QList<CaseRecord> &out)
{
    for (const CaseRow &row : kCases) {
        const Institution *i = s.byName(QString::fromUtf16(row.institution));
        if (!i)
            continue;
        CaseRecord r;
        r.campaignId = s.campaign.id;
        r.institutionId = i->id;
        r.kind = row.kind;
        r.heldOn = row.on;
        r.title = QString::fromUtf16(row.title);
        r.persons = row.persons;
        r.amountYuan = row.yuan;
        r.answeredOn = row.answered;
        out << r;
    }
}

struct ListedRow
{
    const char16_t *supplier;
    QDate listedOn;
    const char16_t *reason;
    const char16_t *institution;   ///< the institution the supplier dealt with; null when none is named
};

const ListedRow kListed[] = {
    {u"恒康医药有限公司（示例）", {2021, 9, 30}, u"其业务员向县人民医院医师给予回扣，取消供货资格", u"鹿寨县人民医院"},
    {u"安泰医用耗材有限公司（示例）", {2021, 11, 12}, u"以赞助学术会议名义变相给予回扣", nullptr},
};

QList<NegativeListEntry> negativeList(const Source &s)
{
    QList<NegativeListEntry> out;
    for (const ListedRow &row : kListed) {
        NegativeListEntry e;
        e.campaignId = s.campaign.id;
        e.supplier = QString::fromUtf16(row.supplier);
        e.listedOn = row.listedOn;
        e.reason = QString::fromUtf16(row.reason);
        if (row.institution)
            if (const Institution *i = s.byName(QString::fromUtf16(row.institution)))
                e.institutionId = i->id;
        out << e;
    }
    return out;
}

// Brings the typed figures in line with the ledgers, cell by cell.
Status align(Database &db, const Campaign &campaign, const QList<Institution> &registry)
{
    QList<Report> typed = ReportRepository(db).all(campaign.id);
    QHash<QString, Report> derived;
    const YearMonth last = campaign.lastPeriod();
    for (int form : {1, 2, 3})
        for (const Report &r : MonthlyForms::derivedReports(db, campaign, form, last, registry))
            derived.insert(QStringLiteral("%1|%2|%3").arg(form).arg(r.unitKey, r.period.toString()), r);
    QList<Report> changed;
    for (Report &r : typed) {
        const auto d = derived.constFind(QStringLiteral("%1|%2|%3").arg(r.form).arg(r.unitKey, r.period.toString()));
        if (d == derived.constEnd())
            continue;
        bool differs = false;
        for (auto it = d->numbers.constBegin(); it != d->numbers.constEnd(); ++it)
            if (!r.hasNumber(it.key()) || std::fabs(r.number(it.key()) - it.value()) > 1e-9) {
                r.numbers.insert(it.key(), it.value());
                differs = true;
            }
        if (r.form == 2 && differs)
            r.numbers.insert(11, r.number(12) + r.number(13) + r.number(14));
        if (differs)
            changed << r;
    }
    return ReportRepository(db).saveAll(changed);
}

// One typed figure that stands against the ledger, with the reason: the demo's example.
Status overrideExample(Database &db, const Campaign &campaign)
{
    const YearMonth october(2021, 10);
    const QString unit = UnitKey::category(QStringLiteral("public-2"));
    auto report = ReportRepository(db).find(campaign.id, 2, unit, october);
    if (!report)
        return Status::success();
    report->numbers[2] = report->number(2) + 1;
    Status s = ReportRepository(db).save(*report);
    if (!s)
        return s;
    FigureOverride o;
    o.campaignId = campaign.id;
    o.form = 2;
    o.unitKey = unit;
    o.period = october;
    o.column = 2;
    o.reason = QStringLiteral(u"10月市医保局与县卫健局联合检查寨沙镇中心卫生院1家，由市医保局登记，未录入本局台账");
    o.createdBy = QStringLiteral(u"医政股");
    return FigureOverrideRepository(db).set(o);
}

} // namespace

Status write(Database &db, const Campaign &campaign, const QList<Institution> &institutions)
{
    Source source{campaign, institutions, {}, kAsOf, {}};
    for (const Report &r : ReportRepository(db).all(campaign.id))
        source.typed.insert(QStringLiteral("%1|%2|%3").arg(r.form).arg(r.unitKey, r.period.toString()), r);

    const QList<NegativeListEntry> listed = negativeList(source);
    for (const NegativeListEntry &e : listed)
        source.listedSince.insert(e.supplier, e.listedOn);
    QList<CaseRecord> records;
    DemoLedgerSeries::education(source, records);
    cases(source, records);
    QList<SupplierInterview> interviews;
    DemoLedgerSeries::interviews(source, interviews);
    QList<Problem> problems;
    Status made = DemoLedgerSeries::problems(source, problems);
    QList<Inspection> inspections;
    DemoLedgerSeries::inspections(source, inspections);
    QList<Tipoff> tips;
    QList<TipoffReporter> reporters;
    made.add(tipoffs(source, tips, reporters));
    if (!made)
        return made;

    Transaction tx(db);
    Status s = CaseRecordRepository(db).saveAll(records);
    if (s)
        s = SupplierRepository(db).saveAll(interviews);
    QList<NegativeListEntry> entries = listed;
    if (s)
        s = SupplierRepository(db).saveAll(entries);
    if (s)
        s = ProblemRepository(db).saveAll(problems);
    if (s)
        s = InspectionRepository(db).saveAll(inspections);
    if (s)
        s = TipoffRepository(db).saveAll(tips, reporters);
    if (s)
        s = align(db, campaign, institutions);
    if (s)
        s = overrideExample(db, campaign);
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf::DemoLedgers

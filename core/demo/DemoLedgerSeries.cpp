// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoLedgerSeries.h"

#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"

#include <QRandomGenerator>

namespace qf::DemoLedgerSeries {

namespace {

QString pick(const QStringList &list, int i)
{
    return list.at(qAbs(i) % list.size());
}

const QStringList &warningTitles()
{
    static const QStringList t{QStringLiteral(u"观看警示教育片《蜕变》"), QStringLiteral(u"召开警示教育大会"),
                               QStringLiteral(u"医疗领域典型案例通报学习"), QStringLiteral(u"参观县廉政教育基地"),
                               QStringLiteral(u"组织旁听职务犯罪案件庭审"), QStringLiteral(u"学习《医疗机构工作人员廉洁从业九项准则》"),
                               QStringLiteral(u"科室廉政风险点警示谈话会")};
    return t;
}

const QStringList &trainingTitles()
{
    static const QStringList t{QStringLiteral(u"医保基金使用政策培训"), QStringLiteral(u"医德医风专题培训"),
                               QStringLiteral(u"合理用药与处方点评培训"), QStringLiteral(u"物价收费规范培训"),
                               QStringLiteral(u"病历书写与医疗质量培训"), QStringLiteral(u"廉洁从业专题党课")};
    return t;
}

const QStringList &problemTexts()
{
    static const QStringList t{
        QStringLiteral(u"部分检查项目串换收费"), QStringLiteral(u"住院病历书写不规范，病程记录缺项"),
        QStringLiteral(u"医用耗材进销存账实不符"), QStringLiteral(u"收费项目公示不全"),
        QStringLiteral(u"存在不合理检查，重复开具同类检验"), QStringLiteral(u"目录外用药未履行告知签字"),
        QStringLiteral(u"处方点评未按月开展"), QStringLiteral(u"住院费用一日清单未落实"),
        QStringLiteral(u"药品库存盘点记录缺失"), QStringLiteral(u"超标准收取护理费"),
        QStringLiteral(u"个别医务人员诊疗常规落实不到位"), QStringLiteral(u"慢病处方超量开药")};
    return t;
}

const QStringList &measureTexts()
{
    static const QStringList t{QStringLiteral(u"退还多收费用，组织收费人员培训"), QStringLiteral(u"开展病历专项质控，每月抽查"),
                               QStringLiteral(u"重新盘点，建立耗材领用台账"), QStringLiteral(u"在门诊大厅和住院部公示全部收费项目"),
                               QStringLiteral(u"修订检查检验开单规范，纳入绩效考核"), QStringLiteral(u"完善知情同意书，逐例补签")};
    return t;
}

const QStringList &suppliers()
{
    static const QStringList t{QStringLiteral(u"恒康医药有限公司（示例）"), QStringLiteral(u"瑞和医疗器械有限公司（示例）"),
                               QStringLiteral(u"桂中药业有限公司（示例）"), QStringLiteral(u"安泰医用耗材有限公司（示例）"),
                               QStringLiteral(u"仁济医药贸易有限公司（示例）"), QStringLiteral(u"众康生物科技有限公司（示例）"),
                               QStringLiteral(u"华信医疗设备有限公司（示例）"), QStringLiteral(u"百草中药饮片有限公司（示例）"),
                               QStringLiteral(u"康顺医药连锁有限公司（示例）"), QStringLiteral(u"明德检验试剂有限公司（示例）")};
    return t;
}

const QStringList &responsibles()
{
    static const QStringList t{QStringLiteral(u"医务科 梁文"), QStringLiteral(u"财务科 韦红"), QStringLiteral(u"药剂科 覃明"),
                               QStringLiteral(u"护理部 黄英"), QStringLiteral(u"院办 莫伟")};
    return t;
}

CaseRecord caseRecord(const Source &s, qint64 institution, CaseKind kind, const QDate &on, const QString &title, int persons)
{
    CaseRecord r;
    r.campaignId = s.campaign.id;
    r.institutionId = institution;
    r.kind = kind;
    r.heldOn = on;
    r.title = title;
    r.persons = persons;
    return r;
}

} // namespace

const Report *Source::report(int form, const QString &unit, const YearMonth &m) const
{
    const auto it = typed.constFind(QStringLiteral("%1|%2|%3").arg(form).arg(unit, m.toString()));
    return it == typed.constEnd() ? nullptr : &*it;
}

int Source::increase(int form, const QString &unit, const YearMonth &m, int column) const
{
    const Report *now = report(form, unit, m);
    if (!now)
        return 0;
    const Report *before = report(form, unit, m.previous());
    return qRound(now->number(column) - (before ? before->number(column) : 0));
}

const Institution *Source::byName(const QString &name) const
{
    for (const Institution &i : registry)
        if (i.name == name)
            return &i;
    return nullptr;
}

QDate dayIn(const YearMonth &m, int day)
{
    return m.firstDay().addDays(qBound(0, day - 1, m.lastDay().day() - 1));
}

void education(const Source &s, QList<CaseRecord> &out)
{
    const FormDescription &form3 = FormCatalog::form(3);
    for (const YearMonth &m : s.months()) {
        if (m.firstDay() > s.asOf)
            break;
        for (const ReportingUnit &u : ReportingUnits::forForm(form3, s.registry, m)) {
            QRandomGenerator rng(quint32(u.institutionId * 131 + m.month()));
            int warnings = s.increase(3, u.key, m, 1);
            int sessions = s.increase(3, u.key, m, 2);
            int attendance = s.increase(3, u.key, m, 3);
            int materials = s.increase(3, u.key, m, 4);
            if (!s.report(3, u.key, m)) {
                // Not filed yet: the ledger already shows the month's activities.
                warnings = 1;
                sessions = int(rng.bounded(2));
                attendance = sessions * (18 + int(rng.bounded(20)));
                materials = 0;
            }
            for (int k = 0; k < warnings; ++k)
                out << caseRecord(s, u.institutionId, CaseKind::WarningEducation, dayIn(m, 6 + 7 * k + int(rng.bounded(3))),
                                  pick(warningTitles(), int(u.institutionId) + m.month() + k), 0);
            for (int k = 0; k < sessions; ++k) {
                // The month's attendance shared out over its sessions.
                const int persons = k + 1 < sessions ? attendance / sessions : attendance - (attendance / sessions) * k;
                out << caseRecord(s, u.institutionId, CaseKind::Training, dayIn(m, 10 + 5 * k), 
                                  pick(trainingTitles(), int(u.institutionId) * 3 + m.month() + k), qMax(1, persons));
            }
            for (int k = 0; k < materials; ++k)
                out << caseRecord(s, u.institutionId, CaseKind::CaseMaterial, dayIn(m, 25),
                                  QStringLiteral(u"编印%1典型案例警示教育材料").arg(m.toChinese()), 0);
        }
    }
}

void interviews(const Source &s, QList<SupplierInterview> &out)
{
    // Every institution that reported interviews keeps the ledger of them, so 附件3
    // column 7 comes from the ledger throughout.
    for (const Institution &institution : s.registry) {
        const Institution *inst = &institution;
        const QString unit = UnitKey::institution(inst->id);
        int n = 0;
        for (const YearMonth &m : s.months())
            for (int k = 0; k < s.increase(3, unit, m, 7); ++k, ++n) {
                SupplierInterview i;
                i.campaignId = s.campaign.id;
                i.institutionId = inst->id;
                i.heldOn = dayIn(m, 4 + 2 * k);
                // A supplier on the negative list is no longer called in.
                for (int next = 0; i.supplier.isEmpty() || s.listedSince.value(i.supplier, i.heldOn.addDays(1)) < i.heldOn; ++next)
                    i.supplier = pick(suppliers(), n + int(inst->id) + next);
                i.pledgeSigned = n % 7 != 3;
                i.interviewer = QStringLiteral(u"纪检监察室");
                if (!i.pledgeSigned)
                    i.note = QStringLiteral(u"约谈时未带公章，承诺书待补签");
                out << i;
            }
    }
}

Status problems(const Source &s, QList<Problem> &out)
{
    // Every step is the seed's own: one the workflow refuses is a broken seed, not data.
    Status steps;
    const QStringList names{QStringLiteral(u"鹿寨县中医医院"), QStringLiteral(u"鹿寨县鹿寨镇卫生院"),
                            QStringLiteral(u"鹿寨县中渡镇卫生院"), QStringLiteral(u"鹿寨县平山镇卫生院"),
                            QStringLiteral(u"鹿寨仁爱医院"), QStringLiteral(u"鹿寨县城南社区卫生服务中心"),
                            QStringLiteral(u"鹿寨县鹿寨镇大村村卫生室")};
    const QStringList reviewers{QStringLiteral(u"黄志远"), QStringLiteral(u"蒙丽萍")};
    int n = 0;
    for (const QString &name : names) {
        const Institution *inst = s.byName(name);
        if (!inst)
            continue;
        const QString unit = UnitKey::institution(inst->id);
        QList<Problem> open;
        for (const YearMonth &m : s.months()) {
            const int found = s.increase(1, unit, m, 1);
            for (int k = 0; k < found; ++k, ++n) {
                Problem p;
                p.campaignId = s.campaign.id;
                p.institutionId = inst->id;
                p.source = n % 3 == 2 ? ProblemSource::Inspection : ProblemSource::SelfCheck;
                p.foundOn = dayIn(m, 3 + (9 * k + 2 * int(out.size() + open.size())) % 24);
                p.foundBy = p.source == ProblemSource::Inspection ? QStringLiteral(u"县卫健局检查组") : QStringLiteral(u"院自查小组");
                p.description = pick(problemTexts(), n);
                p.responsible = pick(responsibles(), n);
                p.deadline = p.foundOn.addDays(n % 2 ? 30 : 45);
                p.measures = pick(measureTexts(), n);
                open << p;
            }
            // The month's rectified problems: the oldest open ones, put right by the 28th.
            for (int k = 0; k < s.increase(1, unit, m, 2) && !open.isEmpty(); ++k) {
                Problem p = open.takeFirst();
                const QDate done = qMax(p.foundOn.addDays(1), dayIn(m, 20 + k));
                const QDate started = p.foundOn.addDays(1) < done ? p.foundOn.addDays(1) : QDate();
                if (started.isValid())
                    steps.add(ProblemWorkflow::apply(p, ProblemState::Rectifying, started, p.responsible, QString(), s.asOf));
                steps.add(ProblemWorkflow::apply(p, ProblemState::Rectified, done, p.responsible, QString(), s.asOf));
                // Reviewed about two weeks later; November's still wait for 销号.
                const QDate review = done.addDays(12);
                if (review <= s.asOf.addDays(-15))
                    steps.add(ProblemWorkflow::apply(p, ProblemState::Closed, review, pick(reviewers, n + k), QString(), s.asOf));
                out << p;
            }
        }
        // Still open: some under way, the newest just found.
        for (int k = 0; k < open.size(); ++k) {
            Problem p = open.at(k);
            if (k % 2 == 0 && p.foundOn.addDays(3) <= s.asOf)
                steps.add(ProblemWorkflow::apply(p, ProblemState::Rectifying, p.foundOn.addDays(3), p.responsible, QString(), s.asOf));
            out << p;
        }
    }
    return steps;
}

void inspections(const Source &s, QList<Inspection> &out)
{
    const FormDescription &form2 = FormCatalog::form(2);
    const QList<YearMonth> months = s.months();
    for (const ReportingUnit &u : ReportingUnits::forForm(form2, s.registry, months.last())) {
        QList<const Institution *> members;
        for (const Institution &i : s.registry)
            if (i.contracted && u.categorySelect.matches(i.kind, i.ownership, i.level))
                members << &i;
        const int n = int(members.size());
        int inspected = 0, handled = 0;
        bool recovered = false, criticised = false, fined = false;
        for (int k = 1; k <= months.size(); ++k) {
            const YearMonth m = months.at(k - 1);
            const int target = k == int(months.size()) ? n : qMin(n, (n * k + 2) / 5);
            for (; inspected < target; ++inspected) {
                const Institution *inst = members.at(inspected);
                if (!inst->isActiveIn(m))
                    continue;
                Inspection i;
                i.campaignId = s.campaign.id;
                i.institutionId = inst->id;
                i.inspectedOn = dayIn(m, 8 + 3 * (inspected % 6));
                i.method = pick({QStringLiteral(u"飞行检查"), QStringLiteral(u"明察暗访"), QStringLiteral(u"专项检查")}, inspected + k);
                i.inspectors = QStringLiteral(u"县卫健局医政股、县卫监所");
                i.findings = QStringLiteral(u"抽查病历%1份，核对收费清单").arg(20 + 5 * (inspected % 4));
                // Handled at the pace of the typed figures: a third of those inspected.
                if (handled < target / 3) {
                    ++handled;
                    i.interview = true;
                    i.rectifyOrder = handled % 2 == 0;
                    i.refundYuan = 3500;
                    i.findings += QStringLiteral(u"，发现串换收费、重复收费");
                    if (!recovered && k >= 2) {
                        recovered = true;
                        i.fundsRecovered = true;
                        i.recoveredYuan = 12000;
                    }
                }
                if (u.key.endsWith(QLatin1String("public-3")) && k >= 3 && !criticised) {
                    criticised = true;
                    i.criticism = true;
                    i.cluesTransferred = 1;
                    i.findings += QStringLiteral(u"，发现耗材采购回扣线索");
                }
                if (u.key.endsWith(QLatin1String("private-1")) && k >= 4 && !fined) {
                    fined = true;
                    i.fined = true;
                    i.fineYuan = 5000;
                    i.suspendedPersons = 1;
                    i.note = QStringLiteral(u"1名医师超范围执业，暂停执业3个月");
                }
                out << i;
            }
        }
    }
}

} // namespace qf::DemoLedgerSeries

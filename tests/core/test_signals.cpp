// SPDX-License-Identifier: GPL-3.0-or-later
// The 走过场 signals: each pattern planted in the demo county through the repositories is
// found at the institutions it was planted at and nowhere else, and the untouched demo
// county leaves most institutions without any.
#include "TestSupport.h"

#include "analysis/SignalEngine.h"
#include "analysis/RobustStats.h"
#include "analysis/SummaryText.h"
#include "docx/DocxWriter.h"
#include "model/Report.h"
#include "storage/EvidenceRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SubmissionRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>

using namespace qf;
using namespace qf::test;

namespace {

const YearMonth kJul(2021, 7), kAug(2021, 8), kSep(2021, 9), kOct(2021, 10), kNov(2021, 11);

struct County : DemoDatabase
{
    QList<Institution> registry = InstitutionRepository(db()).all();

    QList<SignalFinding> findings(const YearMonth &upTo = {})
    {
        QList<SignalFinding> out;
        REQUIRE(SignalEngine::run(db(), campaignId(), upTo, &out).isOk());
        return out;
    }
    /// Reporting institutions of a category that hold no problems in the demo ledger.
    QList<Institution> quiet(Ownership o, Level l)
    {
        QSet<qint64> withProblems;
        for (const Problem &p : ProblemRepository(db()).list(campaignId()))
            withProblems.insert(p.institutionId);
        QList<Institution> list;
        for (const Institution &i : registry)
            if (i.reportsIn(kNov) && i.ownership == o && i.level == l && !withProblems.contains(i.id)
                && report(1, i.id, kNov))
                list << i;
        return list;
    }
    std::optional<Report> report(int form, qint64 id, const YearMonth &m)
    {
        return ReportRepository(db()).find(campaignId(), form, UnitKey::institution(id), m);
    }
    void setFigures(int form, qint64 id, const YearMonth &m, const QMap<int, double> &numbers)
    {
        auto r = report(form, id, m);
        REQUIRE(r.has_value());
        r->numbers = numbers;
        REQUIRE(ReportRepository(db()).save(*r).isOk());
    }
};

QSet<qint64> flagged(const QList<SignalFinding> &findings, const QString &signal = {})
{
    QSet<qint64> ids;
    for (const SignalFinding &f : findings)
        if (signal.isEmpty() || f.signalId == signal)
            ids.insert(f.institutionId);
    return ids;
}

QMap<int, double> zeros(int form)
{
    QMap<int, double> m;
    for (int c = 1; c <= (form == 1 ? 11 : 13); ++c)
        m[c] = 0;
    return m;
}

} // namespace

TEST_CASE("on the demo county most institutions carry no signal", "[signals]")
{
    County county;
    int reporting = 0;
    for (const Institution &i : county.registry)
        reporting += i.reportsIn(kNov) ? 1 : 0;
    REQUIRE(reporting > 10);
    const double share = double(flagged(county.findings()).size()) / reporting;
    CHECK(share < 0.2);
}

TEST_CASE("an institution reporting all zeros while its peers move is flagged, with the months", "[signals]")
{
    County county;
    const QList<Institution> peers = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    REQUIRE(peers.size() >= 3);
    const qint64 idle = peers.first().id;
    for (const YearMonth &m : {kJul, kAug, kSep, kOct, kNov})
        for (int form : {1, 3})
            county.setFigures(form, idle, m, zeros(form));
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("all-zero")) == QSet<qint64>{idle});
    CHECK(flagged(findings) == QSet<qint64>{idle});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("all-zero")) {
            CHECK(f.months.size() == 5);
            CHECK(f.evidence.contains(QStringLiteral(u"2021年7月")));
            CHECK(f.weight == SignalCatalog::find(QStringLiteral("all-zero"))->weight);
        }
    // Two zero months are needed: up to July there is only one.
    CHECK(flagged(county.findings(kJul), QStringLiteral("all-zero")).isEmpty());
}

TEST_CASE("cumulative figures standing still for two months of 集中整治 are flagged", "[signals]")
{
    County county;
    const qint64 unit = county.quiet(Ownership::Public, Level::PrimaryOrBelow).at(1).id;
    const QMap<int, double> september = county.report(1, unit, kSep)->numbers;
    REQUIRE_FALSE(september.isEmpty());
    county.setFigures(1, unit, kOct, september);
    county.setFigures(1, unit, kNov, september);
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("unchanged")) == QSet<qint64>{unit});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("unchanged"))
            CHECK(f.months == QList<YearMonth>{kOct, kNov});
    // One month unchanged is not yet a signal.
    CHECK(flagged(county.findings(kOct), QStringLiteral("unchanged")).isEmpty());
}

TEST_CASE("two institutions filing the identical row in one month are both flagged", "[signals]")
{
    County county;
    const QList<Institution> units = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    const qint64 a = units.at(0).id, b = units.at(2).id;
    QMap<int, double> row = county.report(1, a, kOct)->numbers;
    row[1] += 7;
    row[2] += 4;
    row[9] += 6;
    row[11] += 5;
    county.setFigures(1, a, kOct, row);
    county.setFigures(1, b, kOct, row);
    const QList<SignalFinding> findings = county.findings(kOct);
    CHECK(flagged(findings, QStringLiteral("identical-rows")) == QSet<qint64>{a, b});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("identical-rows") && f.institutionId == a)
            CHECK(f.evidence.contains(units.at(2).displayName()));
}

TEST_CASE("a unit repeating last month's increases exactly is flagged", "[signals]")
{
    County county;
    const qint64 unit = county.quiet(Ownership::Public, Level::PrimaryOrBelow).at(1).id;
    const QMap<int, double> august = county.report(3, unit, kAug)->numbers;
    const QMap<int, double> step{{1, 3}, {2, 2}, {3, 61}, {7, 2}};
    QMap<int, double> sep = august, oct = august;
    for (auto it = step.begin(); it != step.end(); ++it) {
        sep[it.key()] += it.value();
        oct[it.key()] += 2 * it.value();
    }
    county.setFigures(3, unit, kSep, sep);
    county.setFigures(3, unit, kOct, oct);
    const QList<SignalFinding> findings = county.findings(kOct);
    CHECK(flagged(findings, QStringLiteral("repeated-increase")) == QSet<qint64>{unit});
}

TEST_CASE("自查 finding nothing where the bureau's inspection found problems is flagged", "[signals]")
{
    County county;
    const qint64 unit = county.quiet(Ownership::Public, Level::PrimaryOrBelow).at(0).id;
    for (const YearMonth &m : {kJul, kAug, kSep, kOct, kNov}) {
        QMap<int, double> n = county.report(1, unit, m)->numbers;
        n[1] = 0;
        n[2] = 0;
        county.setFigures(1, unit, m, n);
    }
    CHECK(flagged(county.findings(), QStringLiteral("self-check-zero")).isEmpty());

    // The numbers alone say nothing; an inspection that found something makes it a signal.
    Inspection i;
    i.campaignId = county.campaignId();
    i.institutionId = unit;
    i.inspectedOn = QDate(2021, 10, 14);
    i.method = QStringLiteral(u"飞行检查");
    i.interview = true;
    REQUIRE(InspectionRepository(county.db()).save(i).isOk());
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("self-check-zero")) == QSet<qint64>{unit});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("self-check-zero")) {
            CHECK(f.evidence.contains(QStringLiteral("2021-10-14")));
            bool linked = false;
            for (const SignalEvidence &e : f.records)
                linked = linked || (e.kind == SignalEvidence::Kind::Inspection && e.id == i.id);
            CHECK(linked);
        }
}

TEST_CASE("problems closed without after-evidence are flagged once the county keeps evidence", "[signals]")
{
    County county;
    Database &db = county.db();
    // The demo's first 销号 come in August: July's closures are these alone.
    const QList<Institution> units = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    const QDate today(2021, 12, 15);
    auto closeOne = [&](qint64 unit, bool withEvidence) {
        Problem p;
        p.campaignId = county.campaignId();
        p.institutionId = unit;
        p.foundOn = QDate(2021, 7, 2);
        p.foundBy = QStringLiteral(u"院自查小组");
        p.description = QStringLiteral(u"收费公示不全");
        p.responsible = QStringLiteral(u"乙");
        REQUIRE(ProblemWorkflow::apply(p, ProblemState::Rectified, QDate(2021, 7, 10), QStringLiteral(u"乙"), {}, today).isOk());
        REQUIRE(ProblemRepository(db).save(p).isOk());
        if (withEvidence)
            REQUIRE(EvidenceRepository(db).add(p.id, EvidenceFile::Stage::After, QStringLiteral("after-%1.jpg").arg(p.id),
                                               QByteArray("photo of problem ") + QByteArray::number(p.id), QStringLiteral(u"甲"))
                        .isOk());
        REQUIRE(ProblemRepository(db).transition(p.id, ProblemState::Closed, QDate(2021, 7, 20), QStringLiteral(u"丙"), {}).isOk());
    };
    closeOne(units.at(0).id, false);
    // Where nothing carries evidence, its absence is the county's habit, not a signal.
    CHECK(flagged(county.findings(kJul), QStringLiteral("closed-without-evidence")).isEmpty());

    closeOne(units.at(1).id, true);
    closeOne(units.at(2).id, true);
    const QList<SignalFinding> findings = county.findings(kJul);
    CHECK(flagged(findings, QStringLiteral("closed-without-evidence")) == QSet<qint64>{units.at(0).id});
    // Each file differs, so none is shared.
    CHECK(flagged(findings, QStringLiteral("shared-evidence")).isEmpty());
}

TEST_CASE("one evidence file at problems of two institutions flags both", "[signals]")
{
    County county;
    Database &db = county.db();
    QMap<qint64, Problem> oneEach;
    for (const Problem &p : ProblemRepository(db).list(county.campaignId()))
        if (p.isOpen() && !oneEach.contains(p.institutionId))
            oneEach.insert(p.institutionId, p);
    REQUIRE(oneEach.size() >= 3);
    const QList<Problem> list = oneEach.values();
    const QByteArray photo("the same photo");
    for (int k = 0; k < 2; ++k)
        REQUIRE(EvidenceRepository(db).add(list.at(k).id, EvidenceFile::Stage::Before, QStringLiteral("p%1.jpg").arg(k), photo, QStringLiteral(u"甲")).isOk());
    REQUIRE(EvidenceRepository(db).add(list.at(2).id, EvidenceFile::Stage::Before, QStringLiteral("own.jpg"), QByteArray("another"), QStringLiteral(u"甲")).isOk());
    CHECK(flagged(county.findings(), QStringLiteral("shared-evidence")) == QSet<qint64>{list.at(0).institutionId, list.at(1).institutionId});
}

TEST_CASE("many problems of one institution closed on one day are flagged as a bulk closure", "[signals]")
{
    County county;
    Database &db = county.db();
    const qint64 unit = county.quiet(Ownership::Public, Level::PrimaryOrBelow).at(0).id;
    const QDate today(2021, 12, 15);
    QList<Problem> problems;
    for (int k = 0; k < 5; ++k) {
        Problem p;
        p.campaignId = county.campaignId();
        p.institutionId = unit;
        p.foundOn = QDate(2021, 9, 3 + k);
        p.foundBy = QStringLiteral(u"院自查小组");
        p.description = QStringLiteral(u"问题%1").arg(k);
        p.responsible = QStringLiteral(u"乙");
        REQUIRE(ProblemWorkflow::apply(p, ProblemState::Rectified, QDate(2021, 10, 20), QStringLiteral(u"乙"), {}, today).isOk());
        REQUIRE(ProblemWorkflow::apply(p, ProblemState::Closed, QDate(2021, 10, 28), QStringLiteral(u"丙"), {}, today).isOk());
        problems << p;
    }
    problems.removeLast();
    REQUIRE(ProblemRepository(db).saveAll(problems).isOk());
    CHECK(flagged(county.findings(), QStringLiteral("bulk-closure")).isEmpty());   // four are not yet a bulk

    Problem fifth = problems.first();
    fifth.id = 0;
    fifth.description = QStringLiteral(u"问题5");
    REQUIRE(ProblemRepository(db).save(fifth).isOk());
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("bulk-closure")) == QSet<qint64>{unit});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("bulk-closure")) {
            CHECK(f.records.size() == 5);
            CHECK(f.evidence.contains(QStringLiteral("2021-10-28")));
        }
}

TEST_CASE("work summaries with the same file at two institutions flag both", "[signals]")
{
    County county;
    const QList<Institution> units = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    auto file = [&](qint64 id, const QByteArray &content) {
        Submission s;
        s.campaignId = county.campaignId();
        s.deliverable = Deliverable::Summary;
        s.unitKey = UnitKey::institution(id);
        s.period = kNov;
        s.submittedOn = QDate(2021, 11, 28);
        s.fileName = QStringLiteral(u"工作总结.docx");
        REQUIRE(SubmissionRepository(county.db()).record(s, &content).isOk());
    };
    file(units.at(0).id, "summary text, copied");
    file(units.at(1).id, "summary text, copied");
    file(units.at(2).id, "a summary of its own");
    CHECK(flagged(county.findings(), QStringLiteral("identical-summary")) == QSet<qint64>{units.at(0).id, units.at(1).id});
}

TEST_CASE("a monthly increase far outside its category is an outlier by the modified z-score", "[signals]")
{
    County county;
    const QList<Institution> units = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    REQUIRE(units.size() >= 5);
    const qint64 unit = units.at(3).id;
    for (const YearMonth &m : {kOct, kNov}) {
        QMap<int, double> n = county.report(1, unit, m)->numbers;
        n[11] += 40;   // October rises by 40 more than usual; November's increase stays as it was
        county.setFigures(1, unit, m, n);
    }
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("increase-outlier")) == QSet<qint64>{unit});
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("increase-outlier"))
            CHECK(f.months == QList<YearMonth>{kOct});
}

TEST_CASE("a problem rectified before it was found is flagged", "[signals]")
{
    // The ledger refuses such steps today; data from before that check (or typed on a
    // server by hand) may still hold them, so the rule reads values.
    AnalysisData data;
    Institution i;
    i.id = 5;
    i.name = QStringLiteral(u"甲卫生院");
    data.institutions.insert(i.id, i);
    Problem p;
    p.id = 9;
    p.institutionId = 5;
    p.foundOn = QDate(2021, 9, 10);
    p.steps << Problem::Step{ProblemState::Found, ProblemState::Rectified, QDate(2021, 9, 2), {}, {}, {}};
    Problem fine = p;
    fine.id = 10;
    fine.institutionId = 6;
    fine.steps.first().on = QDate(2021, 9, 12);
    data.problems << p << fine;
    const QList<SignalFinding> findings = SignalEngine::run(data);
    CHECK(flagged(findings, QStringLiteral("rectified-before-found")) == QSet<qint64>{5});
}

TEST_CASE("the modified z-score follows Iglewicz and Hoaglin, and the mean deviation when MAD is 0", "[signals]")
{
    const QList<double> z = RobustStats::modifiedZ({1, 2, 3, 4, 100});
    // median 3, MAD 1: M = 0.6745 (x − 3)
    CHECK(z.at(4) == Approx(0.6745 * 97));
    CHECK(z.at(0) == Approx(-0.6745 * 2));
    const QList<double> flat = RobustStats::modifiedZ({0, 0, 0, 0, 5});
    // MAD 0, MeanAD 1: M = 5 / 1.253314
    CHECK(flat.at(4) == Approx(5 / 1.253314));
    CHECK(RobustStats::modifiedZ({2, 2, 2}) == QList<double>{0, 0, 0});
}

TEST_CASE("every signal rule of the catalogue has an id, a known kind, a weight and a sentence", "[signals]")
{
    const QList<SignalRule> &rules = SignalCatalog::rules();
    CHECK(rules.size() == SignalCatalog::kinds().size());
    QSet<QString> kinds;
    for (const SignalRule &r : rules)
        kinds.insert(r.kind);
    CHECK(kinds.size() == SignalCatalog::kinds().size());
    QList<SignalRule> parsed;
    CHECK_FALSE(SignalCatalog::parse(R"({"signals":[{"id":"x","kind":"no-such","sentence":"s"}]})", &parsed).isOk());
}

TEST_CASE("analysis signals prints one tab-separated line per finding", "[signals][cli]")
{
    County county;
    const qint64 idle = county.quiet(Ownership::Public, Level::PrimaryOrBelow).first().id;
    for (const YearMonth &m : {kJul, kAug, kSep, kOct, kNov})
        for (int form : {1, 3})
            county.setFigures(form, idle, m, zeros(form));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("--db"), county.path(), QStringLiteral("analysis"), QStringLiteral("signals")}, &out, &err) == 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QStringLiteral(u"机构\t信号\t月份\t依据"));
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    REQUIRE(cells.size() == 4);
    CHECK(cells.at(1) == SignalCatalog::find(QStringLiteral("all-zero"))->name);
    CHECK(cells.at(2) == QStringLiteral("2021-07,2021-08,2021-09,2021-10,2021-11"));
    // Up to July nothing is flagged yet.
    REQUIRE(runCli({QStringLiteral("--db"), county.path(), QStringLiteral("analysis"), QStringLiteral("signals"),
                    QStringLiteral("--month"), QStringLiteral("2021-07")}, &out, &err) == 0);
    CHECK(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);
    CHECK(runCli({QStringLiteral("--db"), county.path(), QStringLiteral("analysis"), QStringLiteral("signals"),
                  QStringLiteral("--month"), QStringLiteral("July")}, &out, &err) == 2);
}

namespace {

// A work summary as a bureau receives it: a Word file of the unit's own paragraphs.
QByteArray summaryDocx(const DemoDatabase &county, const QString &unit, const QStringList &paragraphs)
{
    DocxDocument doc;
    doc.add(DocxParagraph::Style::Title, unit + QStringLiteral(u"专项整治工作总结"));
    for (const QString &p : paragraphs)
        doc.add(DocxParagraph::Style::Body, p);
    const QString path = county.file(unit + QStringLiteral(".docx"));
    REQUIRE(DocxWriter::write(doc, path).isOk());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QStringList kCopiedSummary = {
    QStringLiteral(u"按照县卫生健康局的统一部署，我院高度重视，成立了以院长为组长的专项整治工作领导小组，制定了实施方案，召开动员大会，层层压实责任。"),
    QStringLiteral(u"通过自查自纠，共发现问题五个，涉及药品采购、医疗服务收费和医德医风等方面，已全部建立台账，明确责任人和整改时限，逐项推进整改。"),
    QStringLiteral(u"组织全院职工开展警示教育三次，观看警示教育片，学习典型案例，进一步增强了廉洁从业意识，营造了风清气正的良好氛围。"),
    QStringLiteral(u"下一步，我们将继续巩固整治成果，建立健全长效机制，确保专项整治工作取得实效。"),
};

} // namespace

TEST_CASE("work summaries nearly identical at two institutions flag both, one of its own and the untouched county do not", "[signals]")
{
    County county;
    // The demo county as it is (no summaries filed with files) raises nothing.
    CHECK(flagged(county.findings(), QStringLiteral("near-duplicate-summary")).isEmpty());

    const QList<Institution> units = county.quiet(Ownership::Public, Level::PrimaryOrBelow);
    REQUIRE(units.size() >= 3);
    auto file = [&](qint64 id, const QByteArray &content) {
        Submission s;
        s.campaignId = county.campaignId();
        s.deliverable = Deliverable::Summary;
        s.unitKey = UnitKey::institution(id);
        s.period = kNov;
        s.submittedOn = QDate(2021, 11, 28);
        s.fileName = QStringLiteral(u"工作总结.docx");
        REQUIRE(SubmissionRepository(county.db()).record(s, &content).isOk());
    };
    // The second copies the first with its own name, one number and one word changed: other
    // bytes, so the identical-file signal is silent, the same text all the same.
    QStringList edited = kCopiedSummary;
    edited[1].replace(QStringLiteral(u"五个"), QStringLiteral(u"六个"));
    edited[0].replace(QStringLiteral(u"我院"), QStringLiteral(u"我单位"));
    file(units.at(0).id, summaryDocx(county, units.at(0).name, kCopiedSummary));
    file(units.at(1).id, summaryDocx(county, units.at(1).name, edited));
    const QStringList own = {QStringLiteral(u"本院针对门诊处方点评中发现的抗菌药物使用不规范问题，组织药剂科和医务科联合督查，每月通报排名靠后的科室。"),
                             QStringLiteral(u"开展了行风建设满意度调查，回收问卷三百余份，患者反映集中的挂号排队时间长问题，已通过增设自助机得到缓解。"),
                             QStringLiteral(u"对两名收受患者红包的医务人员作出诫勉谈话处理，并在全院大会上通报，退还全部财物。"),
                             QStringLiteral(u"今后将把整治要求纳入科室绩效考核，定期复查，防止问题反弹。")};
    file(units.at(2).id, summaryDocx(county, units.at(2).name, own));
    // Sharing the customary opening with one and a paragraph with another is not a copy.
    if (units.size() > 3)
        file(units.at(3).id, summaryDocx(county, units.at(3).name, {kCopiedSummary.at(0), own.at(1),
                                                                     QStringLiteral(u"本季度重点整治了医疗器械耗材采购中的回扣问题，约谈供应商八家次。")}));
    const QList<SignalFinding> findings = county.findings();
    CHECK(flagged(findings, QStringLiteral("near-duplicate-summary")) == QSet<qint64>{units.at(0).id, units.at(1).id});
    CHECK(flagged(findings, QStringLiteral("identical-summary")).isEmpty());
    for (const SignalFinding &f : findings)
        if (f.signalId == QLatin1String("near-duplicate-summary")) {
            const qint64 other = f.institutionId == units.at(0).id ? units.at(1).id : units.at(0).id;
            CHECK(f.evidence.contains(InstitutionRepository(county.db()).find(other)->displayName()));
            CHECK(f.records.size() == 2);
        }
}

TEST_CASE("summary text: a Word file's words are read and compared by what they say, not by their layout", "[signals]")
{
    DemoDatabase demo;
    const QByteArray a = summaryDocx(demo, QStringLiteral(u"甲"), kCopiedSummary);
    const QString text = SummaryText::of(a, QStringLiteral(u"总结.DOCX"));
    CHECK(text.contains(kCopiedSummary.at(2)));
    CHECK(SummaryText::of(a, QStringLiteral(u"总结.pdf")).isEmpty());
    CHECK(SummaryText::of(QByteArrayLiteral("not a zip"), QStringLiteral(u"总结.docx")).isEmpty());
    // Spaces and punctuation do not count; different words do.
    CHECK(SummaryText::similarity(QStringLiteral(u"发现问题五个，已整改。"), QStringLiteral(u"发现 问题 五个 已整改")) == 1.0);
    CHECK(SummaryText::similarity(kCopiedSummary.join(QString()), QStringLiteral(u"本院针对门诊处方点评中发现的问题组织督查")) < 0.2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The ledgers' writes as core actions: records of each kind added, edited and deleted,
// 整改/办结/销号 steps, evidence and the negative list, each refused with the reason and
// leaving nothing half-written.
#include "LedgerFixture.h"

#include "actions/EvidenceActions.h"
#include "actions/ImportLedgerCsv.h"
#include "actions/LedgerRecordActions.h"
#include "actions/LedgerStateActions.h"

#include <QFile>

using namespace qf;
using namespace qf::test;

namespace {

Tipoff tipoffNamed(Database &db, const Campaign &campaign, const QString &summary)
{
    for (const Tipoff &t : TipoffRepository(db).list(campaign.id))
        if (t.summary == summary)
            return t;
    FAIL("no such tip-off: " << summary.toStdString());
    return Tipoff();
}

Problem problemNamed(Database &db, const Campaign &campaign, const QString &description)
{
    for (const Problem &p : ProblemRepository(db).list(campaign.id))
        if (p.description == description)
            return p;
    FAIL("no such problem: " << description.toStdString());
    return Problem();
}

} // namespace

TEST_CASE("a record of any ledger is added, edited and deleted through one action, and a locked month keeps it", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    f.lockAugustOfA();

    // An inspection moved into the accepted August is refused and stays as it was.
    Inspection i;
    i.campaignId = f.campaign.id;
    i.institutionId = f.a;
    i.inspectedOn = LedgerFixture::day(10, 12);
    i.interview = true;
    REQUIRE(LedgerRecordActions::save(db, i).isOk());
    REQUIRE(i.id != 0);
    Inspection moved = *LedgerRecordActions::inspection(db, i.id);
    moved.inspectedOn = LedgerFixture::day(8, 12);
    CHECK(LedgerFixture::refusedAsLocked(LedgerRecordActions::save(db, moved)));
    CHECK(LedgerRecordActions::inspection(db, i.id)->inspectedOn == LedgerFixture::day(10, 12));

    // A new tip-off dated in the locked month: neither it nor its reporter is stored.
    const int tipoffsBefore = int(TipoffRepository(db).list(f.campaign.id).size());
    Tipoff late;
    late.campaignId = f.campaign.id;
    late.institutionId = f.a;
    late.receivedOn = LedgerFixture::day(8, 20);
    late.channel = TipoffChannel::Letter;
    late.summary = QStringLiteral(u"补录的八月线索");
    TipoffReporter reporter;
    reporter.name = QStringLiteral(u"王某");
    CHECK(LedgerFixture::refusedAsLocked(LedgerRecordActions::save(db, late, reporter)));
    CHECK(TipoffRepository(db).list(f.campaign.id).size() == tipoffsBefore);
    // Dated after it, the tip-off and its reporter are stored together.
    late.receivedOn = LedgerFixture::day(10, 20);
    REQUIRE(LedgerRecordActions::save(db, late, reporter).isOk());
    CHECK(LedgerRecordActions::reporter(db, late.id).name == reporter.name);

    // A supplier is listed once: the second listing is refused and not stored.
    NegativeListEntry listed;
    listed.campaignId = f.campaign.id;
    listed.supplier = QStringLiteral(u"某某医疗器械公司");
    listed.listedOn = LedgerFixture::day(10, 1);
    listed.reason = QStringLiteral(u"回扣");
    REQUIRE(LedgerRecordActions::save(db, listed).isOk());
    NegativeListEntry again = listed;
    again.id = 0;
    again.listedOn = LedgerFixture::day(11, 1);
    const Status twice = LedgerRecordActions::save(db, again);
    CHECK_FALSE(twice.isOk());
    CHECK(twice.message().contains(QStringLiteral("2021-10-01")));
    CHECK(SupplierRepository(db).negativeList(f.campaign.id).size() == 1);

    // Deleting: each kind by its own repository; a closed problem and a locked month refuse.
    CHECK(LedgerRecordActions::remove(db, LedgerKind::Inspections, i.id).isOk());
    CHECK_FALSE(LedgerRecordActions::inspection(db, i.id));
    CHECK(LedgerRecordActions::remove(db, LedgerKind::NegativeList, listed.id).isOk());
    CHECK(SupplierRepository(db).negativeList(f.campaign.id).isEmpty());
    CHECK(LedgerRecordActions::remove(db, LedgerKind::Tipoffs, late.id).isOk());
    CHECK_FALSE(LedgerRecordActions::tipoff(db, late.id));
    const Problem august = problemNamed(db, f.campaign, QStringLiteral(u"病历不规范"));
    CHECK(LedgerFixture::refusedAsLocked(LedgerRecordActions::remove(db, LedgerKind::Problems, august.id)));
    CHECK(LedgerRecordActions::problem(db, august.id));
}

TEST_CASE("a 办结 refused by the workflow leaves the tip-off's conclusion as it was", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const Tipoff t = tipoffNamed(db, f.campaign, QStringLiteral(u"乱收费"));
    REQUIRE(t.state == TipoffState::Registered);

    // Only the steps the workflow allows are offered, with what each must ask.
    const QList<LedgerStep> steps = LedgerStateActions::steps(db, LedgerKind::Tipoffs, t.id);
    REQUIRE(steps.size() == 2);
    CHECK(steps.at(0).target == int(TipoffState::Verifying));
    CHECK_FALSE(steps.at(0).askConclusion);
    CHECK(steps.at(1).target == int(TipoffState::Concluded));
    CHECK(steps.at(1).askConclusion);
    CHECK_FALSE(LedgerStateActions::step(db, LedgerKind::Tipoffs, t.id, int(TipoffState::Closed)));
    CHECK(LedgerStateActions::steps(db, LedgerKind::Inspections, t.id).isEmpty());

    LedgerStepInput verify;
    verify.on = LedgerFixture::day(9, 5);
    verify.by = QStringLiteral(u"纪委");
    REQUIRE(LedgerStateActions::apply(db, LedgerKind::Tipoffs, t.id, int(TipoffState::Verifying), verify, f.today).isOk());
    const auto conclude = LedgerStateActions::step(db, LedgerKind::Tipoffs, t.id, int(TipoffState::Concluded));
    REQUIRE(conclude);
    CHECK(conclude->askConclusion);

    // Dated before the step it follows: refused after the conclusion was written, which goes too.
    LedgerStepInput early;
    early.on = LedgerFixture::day(9, 1);
    early.by = QStringLiteral(u"纪委");
    early.conclusion = TipoffConclusion::Substantiated;
    early.result = QStringLiteral(u"责令退还");
    const Status refused = LedgerStateActions::apply(db, LedgerKind::Tipoffs, t.id, int(TipoffState::Concluded), early, f.today);
    CHECK(refused.message().contains(QStringLiteral("早于上一步")));
    const Tipoff after = *LedgerRecordActions::tipoff(db, t.id);
    CHECK(after.state == TipoffState::Verifying);
    CHECK(after.conclusion == TipoffConclusion::None);
    CHECK(after.result.isEmpty());

    early.on = LedgerFixture::day(9, 10);
    REQUIRE(LedgerStateActions::apply(db, LedgerKind::Tipoffs, t.id, int(TipoffState::Concluded), early, f.today).isOk());
    const Tipoff concluded = *LedgerRecordActions::tipoff(db, t.id);
    CHECK(concluded.state == TipoffState::Concluded);
    CHECK(concluded.conclusion == TipoffConclusion::Substantiated);
    CHECK(concluded.result == early.result);
}

TEST_CASE("a problem's steps ask for a reviewer to 销号 and a reason to go back, and evidence follows its state", "[engines]")
{
    LedgerFixture f;
    Database &db = f.db();
    Problem p = f.problem(f.a, LedgerFixture::day(10, 2), QStringLiteral(u"药品账实不符"));
    REQUIRE(LedgerRecordActions::save(db, p).isOk());
    LedgerStepInput step;
    step.by = QStringLiteral(u"院办");
    step.on = LedgerFixture::day(10, 5);
    REQUIRE(LedgerStateActions::apply(db, LedgerKind::Problems, p.id, int(ProblemState::Rectifying), step, f.today).isOk());
    step.on = LedgerFixture::day(10, 20);
    REQUIRE(LedgerStateActions::apply(db, LedgerKind::Problems, p.id, int(ProblemState::Rectified), step, f.today).isOk());

    const auto back = LedgerStateActions::step(db, LedgerKind::Problems, p.id, int(ProblemState::Rectifying));
    REQUIRE(back);
    CHECK(back->reasonRequired);
    CHECK_FALSE(back->reviewer);
    const auto close = LedgerStateActions::step(db, LedgerKind::Problems, p.id, int(ProblemState::Closed));
    REQUIRE(close);
    CHECK(close->reviewer);
    CHECK(close->subject == p.description);
    step.on = LedgerFixture::day(10, 25);
    CHECK_FALSE(LedgerStateActions::apply(db, LedgerKind::Problems, p.id, int(ProblemState::Rectifying), step, f.today).isOk());
    CHECK(LedgerRecordActions::problem(db, p.id)->state == ProblemState::Rectified);

    // Evidence attached while open; once 已销号 nothing more is attached or removed.
    const QString file = f.file(QStringLiteral("整改照片.jpg"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("photo");
    out.close();
    EvidenceFile added;
    REQUIRE(EvidenceActions::attach(db, p.id, EvidenceFile::Stage::After, file, QStringLiteral(u"院办"), &added).isOk());
    QByteArray content;
    REQUIRE(EvidenceActions::content(db, added.id, &content).isOk());
    CHECK(content == QByteArray("photo"));
    step.by = QStringLiteral(u"纪检组长");
    REQUIRE(LedgerStateActions::apply(db, LedgerKind::Problems, p.id, int(ProblemState::Closed), step, f.today).isOk());
    CHECK_FALSE(EvidenceActions::attach(db, p.id, EvidenceFile::Stage::After, file, step.by).isOk());
    CHECK_FALSE(EvidenceActions::remove(db, added.id).isOk());
    CHECK(EvidenceActions::list(db, p.id).size() == 1);
    CHECK(LedgerStateActions::steps(db, LedgerKind::Problems, p.id).isEmpty());
}

TEST_CASE("a ledger file is imported against the ledgers as stored, so importing it twice adds nothing", "[engines]")
{
    LedgerFixture f;
    Database &db = f.db();
    const QString path = f.file(QStringLiteral("negative.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral(u"供应商,列入日期,原因\n某医药公司,2021-09-01,给予回扣\n另一医药公司,2021-09-02,虚开发票\n").toUtf8());
    out.close();
    int imported = 0;
    REQUIRE(ImportLedgerCsv::run(db, f.campaign.id, LedgerKind::NegativeList, path, f.today, &imported).isOk());
    CHECK(imported == 2);
    const Status twice = ImportLedgerCsv::run(db, f.campaign.id, LedgerKind::NegativeList, path, f.today, &imported);
    CHECK(twice.message().contains(QStringLiteral(u"第2行：与已有的记录或文件中前面的行重复")));
    CHECK(imported == 2);
    CHECK(SupplierRepository(db).negativeList(f.campaign.id).size() == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"
#include "SpecialFiles.h"

#include "storage/EvidenceRepository.h"
#include "storage/LedgerRepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace qf;

TEST_CASE("a problem moves 发现 to 整改中 to 已整改 to 已销号 and refuses any other change", "[engines]")
{
    test::LedgerFixture f;
    Problem p = f.problem(f.a, test::LedgerFixture::day(8, 1), QStringLiteral(u"收费公示不全"));
    const QDate today = f.today;
    // 销号 straight from 发现, and a step back to 发现, are refused with a reason.
    Status s = ProblemWorkflow::check(p, ProblemState::Closed, f.day(8, 2), QStringLiteral(u"审核人"), {}, today);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"须先完成整改")));
    CHECK_FALSE(ProblemWorkflow::check(p, ProblemState::Found, f.day(8, 2), QStringLiteral(u"甲"), {}, today).isOk());

    REQUIRE(ProblemWorkflow::apply(p, ProblemState::Rectifying, f.day(8, 3), QStringLiteral(u"科长"), {}, today).isOk());
    // Dates never run backwards, nor into the future, and someone must have done it.
    CHECK(ProblemWorkflow::check(p, ProblemState::Rectified, f.day(8, 2), QStringLiteral(u"科长"), {}, today)
              .message().contains(QStringLiteral(u"早于上一步")));
    CHECK(ProblemWorkflow::check(p, ProblemState::Rectified, QDate(2022, 1, 1), QStringLiteral(u"科长"), {}, today)
              .message().contains(QStringLiteral(u"晚于今天")));
    CHECK_FALSE(ProblemWorkflow::check(p, ProblemState::Rectified, f.day(8, 9), QString(), {}, today).isOk());
    REQUIRE(ProblemWorkflow::apply(p, ProblemState::Rectified, f.day(8, 9), QStringLiteral(u"科长"), {}, today).isOk());

    // Sending back needs a reason; 销号 needs a reviewer who is not the responsible person.
    CHECK(ProblemWorkflow::check(p, ProblemState::Rectifying, f.day(8, 10), QStringLiteral(u"审核人"), {}, today)
              .message().contains(QStringLiteral(u"须写明原因")));
    CHECK(ProblemWorkflow::check(p, ProblemState::Closed, f.day(8, 10), p.responsible, {}, today)
              .message().contains(QStringLiteral(u"不能是整改责任人")));
    REQUIRE(ProblemWorkflow::apply(p, ProblemState::Closed, f.day(8, 10), QStringLiteral(u"审核人"), {}, today).isOk());
    CHECK(p.reviewer() == QStringLiteral(u"审核人"));
    CHECK(ProblemWorkflow::targets(ProblemState::Closed).isEmpty());
    CHECK(ProblemWorkflow::check(p, ProblemState::Rectifying, f.day(8, 11), QStringLiteral(u"甲"), QStringLiteral(u"x"), today)
              .message().contains(QStringLiteral(u"已销号")));
    CHECK(p.steps.size() == 3);
    CHECK(p.stateOn(f.day(8, 5)) == ProblemState::Rectifying);
    CHECK(p.stateOn(f.day(8, 31)) == ProblemState::Closed);
}

TEST_CASE("stored transitions record who and when, and a 销号 problem can no longer be edited or deleted", "[engines]")
{
    test::LedgerFixture f;
    ProblemRepository repo(f.db());
    Problem p = f.problem(f.b, f.day(7, 2), QStringLiteral(u"处方点评未开展"));
    REQUIRE(repo.save(p).isOk());
    const Status refused = repo.transition(p.id, ProblemState::Closed, f.day(7, 3), QStringLiteral(u"审核人"), {}, f.today);
    CHECK_FALSE(refused.isOk());
    REQUIRE(repo.transition(p.id, ProblemState::Rectified, f.day(7, 9), QStringLiteral(u"院长"), {}, f.today).isOk());
    REQUIRE(repo.transition(p.id, ProblemState::Closed, f.day(7, 20), QStringLiteral(u"审核人"), {}, f.today).isOk());
    const auto stored = repo.find(p.id);
    REQUIRE(stored);
    CHECK(stored->state == ProblemState::Closed);
    REQUIRE(stored->steps.size() == 2);
    CHECK(stored->steps.at(1).by == QStringLiteral(u"审核人"));
    CHECK(stored->steps.at(1).on == f.day(7, 20));
    CHECK(stored->closedOn() == f.day(7, 20));

    Problem edited = *stored;
    edited.description = QStringLiteral(u"改过的描述");
    CHECK(repo.save(edited).message().contains(QStringLiteral(u"已销号")));
    CHECK_FALSE(repo.remove(p.id).isOk());
    CHECK(repo.find(p.id)->description == QStringLiteral(u"处方点评未开展"));
}

TEST_CASE("deadline flags: red when overdue, amber within a week, green otherwise, none once rectified", "[engines]")
{
    test::LedgerFixture f;
    Problem p = f.problem(f.a, f.day(7, 1), QStringLiteral(u"x"));
    p.deadline = f.day(8, 31);
    CHECK(p.flag(f.day(9, 1)) == DeadlineFlag::Red);
    CHECK(p.flag(f.day(8, 24)) == DeadlineFlag::Amber);
    CHECK(p.flag(f.day(8, 31)) == DeadlineFlag::Amber);
    CHECK(p.flag(f.day(8, 23)) == DeadlineFlag::Green);
    REQUIRE(ProblemWorkflow::apply(p, ProblemState::Rectified, f.day(8, 20), QStringLiteral(u"甲"), {}, f.today).isOk());
    CHECK(p.flag(f.day(9, 1)) == DeadlineFlag::None);
    p.deadline = QDate();
    p.state = ProblemState::Found;
    CHECK(p.flag(f.day(9, 1)) == DeadlineFlag::None);
}

TEST_CASE("a tip-off is concluded only with a conclusion and a result, and 销号 only after 办结", "[engines]")
{
    test::LedgerFixture f;
    Tipoff t;
    t.campaignId = f.campaign.id;
    t.receivedOn = f.day(8, 1);
    t.summary = QStringLiteral(u"收受红包");
    CHECK(TipoffWorkflow::check(t, TipoffState::Closed, f.day(8, 2), QStringLiteral(u"甲"), {}, f.today)
              .message().contains(QStringLiteral(u"须先办结")));
    const Status early = TipoffWorkflow::check(t, TipoffState::Concluded, f.day(8, 2), QStringLiteral(u"甲"), {}, f.today);
    CHECK(early.message().contains(QStringLiteral(u"核查结论")));
    CHECK(early.message().contains(QStringLiteral(u"处理结果")));
    t.conclusion = TipoffConclusion::Unsubstantiated;
    t.result = QStringLiteral(u"经核查不属实，已向举报人反馈");
    REQUIRE(TipoffWorkflow::apply(t, TipoffState::Concluded, f.day(8, 12), QStringLiteral(u"甲"), {}, f.today).isOk());
    CHECK_FALSE(TipoffWorkflow::check(t, TipoffState::Registered, f.day(8, 13), QStringLiteral(u"甲"), {}, f.today).isOk());
    REQUIRE(TipoffWorkflow::apply(t, TipoffState::Closed, f.day(8, 20), QStringLiteral(u"纪委书记"), {}, f.today).isOk());
    CHECK(TipoffWorkflow::targets(TipoffState::Closed).isEmpty());

    TipoffRepository repo(f.db());
    REQUIRE(repo.save(t).isOk());
    CHECK_FALSE(repo.remove(t.id).isOk());
    CHECK_FALSE(repo.transition(t.id, TipoffState::Verifying, f.day(8, 21), QStringLiteral(u"甲"), QStringLiteral(u"x"), f.today).isOk());
}

TEST_CASE("the reporter is kept apart: lists and finds carry no identity, only reporter() reads it", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    TipoffRepository repo(f.db());
    const TipoffReporter r = repo.reporter(f.tipoffWithReporter);
    CHECK(r.name == QString::fromUtf16(test::LedgerFixture::kReporterName));
    CHECK(r.contact == QString::fromUtf16(test::LedgerFixture::kReporterPhone));

    // The tipoff table itself has no column that could hold it.
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM tipoff")));
    while (q.next())
        for (int c = 0; c < q.record().count(); ++c) {
            CHECK_FALSE(q.value(c).toString().contains(QString::fromUtf16(test::LedgerFixture::kReporterName)));
            CHECK_FALSE(q.value(c).toString().contains(QString::fromUtf16(test::LedgerFixture::kReporterPhone)));
        }

    // Anonymous reports have no name; an empty reporter removes the row.
    TipoffReporter anonymous;
    anonymous.anonymous = true;
    anonymous.name = QStringLiteral(u"某人");
    CHECK_FALSE(repo.setReporter(f.tipoffWithReporter, anonymous).isOk());
    REQUIRE(repo.setReporter(f.tipoffWithReporter, TipoffReporter()).isOk());
    CHECK(repo.reporter(f.tipoffWithReporter).isEmpty());
}

TEST_CASE("evidence files are stored with their SHA-256 and refused once the problem is 销号", "[engines]")
{
    test::LedgerFixture f;
    ProblemRepository problems(f.db());
    Problem p = f.problem(f.a, f.day(7, 1), QStringLiteral(u"x"));
    REQUIRE(problems.save(p).isOk());
    EvidenceRepository evidence(f.db());
    const QByteArray photo("\x89PNG\r\n\x1a\n fake photo bytes", 26);
    EvidenceFile added;
    REQUIRE(evidence.add(p.id, EvidenceFile::Stage::Before, QStringLiteral("/home/u/整改前.png"), photo,
                         QStringLiteral(u"科长"), &added).isOk());
    CHECK(added.fileName == QStringLiteral(u"整改前.png"));
    CHECK(added.sha256 == QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
    const Status empty = evidence.add(p.id, EvidenceFile::Stage::After, QStringLiteral("empty.txt"), QByteArray(), QString());
    INFO(empty.message());
    REQUIRE(empty.isOk());
    const QList<EvidenceFile> files = evidence.list(p.id);
    REQUIRE(files.size() == 2);
    CHECK(files.at(1).stage == EvidenceFile::Stage::After);
    CHECK(files.at(1).size == 0);
    QByteArray back;
    REQUIRE(evidence.content(added.id, &back).isOk());
    CHECK(back == photo);

    // Stored evidence is not rewritten, whoever writes (0017_integrity)…
    QSqlQuery q(f.db().connection());
    const QString swap = QStringLiteral("UPDATE problem_evidence SET content = ?, size = 1 WHERE id = ?");
    q.prepare(swap);
    q.addBindValue(QByteArray(1, '\0'));
    q.addBindValue(added.id);
    CHECK_FALSE(q.exec());
    CHECK(q.lastError().text().contains(QStringLiteral("kept as stored")));
    REQUIRE(evidence.content(added.id, &back).isOk());
    CHECK(back == photo);
    // …and a file damaged behind the database's back (here: its rule dropped first) is noticed.
    if (!f.db().isServer()) {
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER problem_evidence_kept")));
        q.prepare(swap);
        q.addBindValue(QByteArray(1, '\0'));
        q.addBindValue(added.id);
        REQUIRE(q.exec());
        CHECK(evidence.content(added.id, &back).message().contains(QStringLiteral(u"校验值不符")));
    }

    CHECK_FALSE(evidence.add(p.id, EvidenceFile::Stage::After, QStringLiteral("big.bin"),
                             QByteArray(int(EvidenceFile::kMaxSize + 1), 'x'), QString()).isOk());
    REQUIRE(problems.transition(p.id, ProblemState::Rectified, f.day(7, 2), QStringLiteral(u"甲"), {}, f.today).isOk());
    REQUIRE(problems.transition(p.id, ProblemState::Closed, f.day(7, 3), QStringLiteral(u"乙"), {}, f.today).isOk());
    CHECK(evidence.add(p.id, EvidenceFile::Stage::After, QStringLiteral("late.png"), photo, QString())
              .message().contains(QStringLiteral(u"已销号")));
    CHECK_FALSE(evidence.remove(files.at(1).id).isOk());
}

TEST_CASE("an evidence file is read only when it is a regular file within the limit", "[engines]")
{
    // Before, /dev/zero ran until std::bad_alloc and an oversized file was read whole
    // before its size was checked.
    test::LedgerFixture f;
    ProblemRepository problems(f.db());
    Problem p = f.problem(f.a, f.day(7, 1), QStringLiteral(u"x"));
    REQUIRE(problems.save(p).isOk());
    EvidenceRepository evidence(f.db());
    QTemporaryDir dir;

    const Status zero = evidence.addFile(p.id, EvidenceFile::Stage::Before, QStringLiteral("/dev/zero"), QString());
    CHECK(zero.message().contains(QStringLiteral(u"不是普通文件")));
    const QString fifo = dir.filePath(QStringLiteral("photo.jpg"));
    test::makeFifo(fifo);
    const Status pipe = test::readsWithoutBlocking(fifo, [&] {
        return evidence.addFile(p.id, EvidenceFile::Stage::Before, fifo, QString());
    });
    CHECK(pipe.message().contains(QStringLiteral(u"不是普通文件")));
    const QString big = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceFile::kMaxSize + 1));
    }
    CHECK(evidence.addFile(p.id, EvidenceFile::Stage::Before, big, QString()).message().contains(QStringLiteral(u"上限")));
    CHECK(evidence.list(p.id).isEmpty());

    const QString photo = dir.filePath(QStringLiteral(u"整改后.png"));
    test::writeFile(photo, QByteArray("\x89PNG\r\n\x1a\n photo", 14));
    EvidenceFile added;
    REQUIRE(evidence.addFile(p.id, EvidenceFile::Stage::After, photo, QStringLiteral(u"科长"), &added).isOk());
    CHECK(added.fileName == QStringLiteral(u"整改后.png"));
    CHECK(added.size == 14);
    CHECK(evidence.list(p.id).size() == 1);
}

TEST_CASE("records are validated before storage and saving a list is all or nothing", "[engines]")
{
    test::LedgerFixture f;
    Inspection ok;
    ok.campaignId = f.campaign.id;
    ok.institutionId = f.a;
    ok.inspectedOn = f.day(8, 1);
    Inspection bad = ok;
    bad.fineYuan = 5000;   // a fine without the measure 行政罚款
    QList<Inspection> list{ok, bad};
    const Status s = InspectionRepository(f.db()).saveAll(list);
    CHECK(s.message().contains(QStringLiteral(u"行政罚款")));
    CHECK(InspectionRepository(f.db()).list(f.campaign.id).isEmpty());

    CaseRecord training;
    training.campaignId = f.campaign.id;
    training.institutionId = f.a;
    training.kind = CaseKind::Training;
    training.heldOn = f.day(8, 1);
    training.title = QStringLiteral(u"医保基金使用培训");
    CHECK(training.validate().message().contains(QStringLiteral(u"参训人数")));
    training.persons = 40;
    training.answeredOn = f.day(8, 2);
    CHECK(training.validate().message().contains(QStringLiteral(u"回复日期")));

    NegativeListEntry listed;
    listed.campaignId = f.campaign.id;
    listed.supplier = QStringLiteral(u"某医药公司");
    listed.listedOn = f.day(9, 1);
    listed.reason = QStringLiteral(u"给予回扣");
    SupplierRepository suppliers(f.db());
    REQUIRE(suppliers.save(listed).isOk());
    NegativeListEntry again = listed;
    again.id = 0;
    CHECK(suppliers.save(again).message().contains(QStringLiteral(u"已于 2021-09-01 列入")));
}

TEST_CASE("the snapshot reads every ledger of the campaign", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const LedgerSnapshot s = LedgerRepository::snapshot(f.db(), f.campaign.id);
    CHECK(s.problems.size() == 4);
    CHECK(s.tipoffs.size() == 3);
    CHECK(s.inspections.size() == 6);
    CHECK(s.cases.size() == 7);
    CHECK(s.interviews.size() == 3);
    CHECK(LedgerRepository::snapshot(f.db(), f.campaign.id + 1).problems.isEmpty());
}

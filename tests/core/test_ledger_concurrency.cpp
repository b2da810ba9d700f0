// SPDX-License-Identifier: GPL-3.0-or-later
// Two people editing one ledger (two connections: a shared SQLite file or the server).
#include "LedgerFixture.h"

#include <functional>

using namespace qf;

TEST_CASE("a ledger record someone else saved since it was opened is not overwritten", "[engines]")
{
    test::LedgerFixture f;
    Database other;
    REQUIRE(other.open(f.location()).isOk());
    ProblemRepository mine(f.db());
    ProblemRepository theirs(other);

    Problem created = f.problem(f.a, test::LedgerFixture::day(8, 1), QStringLiteral(u"收费公示不全"));
    REQUIRE(mine.save(created).isOk());

    // Both open the record; they save one after the other.
    auto myCopy = mine.find(created.id);
    auto theirCopy = theirs.find(created.id);
    REQUIRE(myCopy);
    REQUIRE(theirCopy);
    myCopy->measures = QStringLiteral(u"重新公示收费标准");
    REQUIRE(mine.save(*myCopy).isOk());
    theirCopy->measures = QStringLiteral(u"暂停收费");
    const Status refused = theirs.save(*theirCopy);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"别人")));
    CHECK(mine.find(created.id)->measures == QStringLiteral(u"重新公示收费标准"));

    // The record saved last can be saved again from the same copy; reopened, theirs can too.
    myCopy->note = QStringLiteral(u"已约谈院长");
    REQUIRE(mine.save(*myCopy).isOk());
    theirCopy = theirs.find(created.id);
    REQUIRE(theirCopy);
    CHECK(theirCopy->note == QStringLiteral(u"已约谈院长"));
    theirCopy->measures = QStringLiteral(u"暂停收费");
    REQUIRE(theirs.save(*theirCopy).isOk());

    // A change of state counts as a save: a copy opened before it is refused.
    auto stale = mine.find(created.id);
    REQUIRE(stale);
    REQUIRE(theirs.transition(created.id, ProblemState::Rectifying, test::LedgerFixture::day(8, 3),
                              QStringLiteral(u"科长"), QString(), f.today).isOk());
    stale->measures = QStringLiteral(u"旧的措施");
    CHECK_FALSE(mine.save(*stale).isOk());
    CHECK(mine.find(created.id)->measures == QStringLiteral(u"暂停收费"));
}

namespace {

// One connection saves a record, the other saves its own copy over it, then the first
// saves its now stale copy: that save must be refused as a conflict, and what the other
// saved must still be what is stored.
template<typename Repository, typename Record>
void staleCopyIsRefused(Database &mine, Database &theirs, Record record, const std::function<void(Record &)> &theirEdit,
                        const std::function<void(Record &)> &myEdit,
                        const std::function<std::optional<Record>(Repository &, qint64)> &find,
                        const std::function<bool(const Record &)> &showsTheirEdit)
{
    REQUIRE(Repository(mine).save(record).isOk());
    Record theirCopy = record;
    theirEdit(theirCopy);
    REQUIRE(Repository(theirs).save(theirCopy).isOk());
    myEdit(record);
    const Status refused = Repository(mine).save(record);
    REQUIRE_FALSE(refused.isOk());
    // The refusal is the conflict, not some other failure that happened to stop the save.
    CHECK(refused.message().contains(QStringLiteral(u"别人")));
    Repository reader(mine);
    const std::optional<Record> stored = find(reader, record.id);
    REQUIRE(stored);
    CHECK(showsTheirEdit(*stored));
}

} // namespace

TEST_CASE("inspections, case records and supplier interviews carry the same protection", "[engines]")
{
    test::LedgerFixture f;
    Database other;
    REQUIRE(other.open(f.location()).isOk());

    Inspection inspection;
    inspection.campaignId = f.campaign.id;
    inspection.institutionId = f.a;
    inspection.inspectedOn = test::LedgerFixture::day(9, 1);
    inspection.method = QStringLiteral(u"现场检查");
    inspection.inspectors = QStringLiteral(u"张三、李四");
    staleCopyIsRefused<InspectionRepository, Inspection>(
        f.db(), other, inspection, [](Inspection &i) { i.findings = QStringLiteral(u"处方点评不全"); },
        [](Inspection &i) { i.findings = QStringLiteral(u"无"); },
        [](InspectionRepository &r, qint64 id) { return r.find(id); },
        [](const Inspection &i) { return i.findings == QStringLiteral(u"处方点评不全"); });

    CaseRecord record;
    record.campaignId = f.campaign.id;
    record.institutionId = f.b;
    record.kind = CaseKind::WarningEducation;
    record.heldOn = test::LedgerFixture::day(9, 5);
    record.title = QStringLiteral(u"警示教育大会");
    staleCopyIsRefused<CaseRecordRepository, CaseRecord>(
        f.db(), other, record, [](CaseRecord &r) { r.note = QStringLiteral(u"全院参加"); },
        [](CaseRecord &r) { r.note = QStringLiteral(u"部分参加"); },
        [](CaseRecordRepository &r, qint64 id) { return r.find(id); },
        [](const CaseRecord &r) { return r.note == QStringLiteral(u"全院参加"); });

    SupplierInterview interview;
    interview.campaignId = f.campaign.id;
    interview.institutionId = f.a;
    interview.supplier = QStringLiteral(u"某医药公司");
    interview.heldOn = test::LedgerFixture::day(9, 8);
    interview.interviewer = QStringLiteral(u"王五");
    staleCopyIsRefused<SupplierRepository, SupplierInterview>(
        f.db(), other, interview, [](SupplierInterview &i) { i.pledgeSigned = true; },
        [](SupplierInterview &i) { i.note = QStringLiteral(u"未签承诺书"); },
        [](SupplierRepository &r, qint64 id) { return r.findInterview(id); },
        [](const SupplierInterview &i) { return i.pledgeSigned && i.note.isEmpty(); });
}

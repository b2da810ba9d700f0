// SPDX-License-Identifier: GPL-3.0-or-later
// The 抽查 (双随机) draw: numbers defined bit for bit, proportional strata, two inspectors
// per institution never from it nor who went there last, the draw stored with its seed and
// inputs in the audit trail and verifiable, results recorded in the inspection ledger.
#include "TestSupport.h"

#include "actions/SpotCheckActions.h"
#include "analysis/DrawRandom.h"
#include "storage/AuditLog.h"
#include "storage/InspectionRepository.h"
#include "storage/InspectorRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/SpotCheckRepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>

using namespace qf;
using namespace qf::test;

namespace {

struct Bureau : DemoDatabase
{
    QList<Inspector> pool;
    explicit Bureau(int staff = 8)
    {
        const QStringList offices{QStringLiteral(u"医政股"), QStringLiteral(u"县卫监所"), QStringLiteral(u"党建办")};
        for (int k = 0; k < staff; ++k) {
            Inspector i;
            i.name = QStringLiteral(u"检查员%1").arg(k + 1);
            i.office = offices.at(k % 3);
            REQUIRE(SpotCheckActions::addInspector(db(), i).isOk());
            pool << i;
        }
    }
    SpotCheckRequest request(int count, quint64 seed) const
    {
        SpotCheckRequest r;
        r.campaignId = campaignId();
        r.count = count;
        r.seed = seed;
        r.day = QDate(2021, 12, 15);
        return r;
    }
};

QList<qint64> institutionsOf(const QList<SpotCheckPick> &picks)
{
    QList<qint64> ids;
    for (const SpotCheckPick &p : picks)
        ids << p.institution.institutionId;
    return ids;
}

} // namespace

TEST_CASE("the draw's numbers are SplitMix64 and its mapping to a range is exact", "[spotcheck]")
{
    // The published first outputs of SplitMix64 from seed 0.
    DrawRandom r(0);
    CHECK(r.next() == 0xE220A8397B1DCDAFULL);
    CHECK(r.next() == 0x6E789E6AA1B965F4ULL);
    DrawRandom a(7), b(7);
    for (int k = 0; k < 100; ++k) {
        const quint64 n = quint64(k % 13) + 1;
        const quint64 v = a.below(n);
        CHECK(v < n);
        CHECK(v == b.below(n));
    }
    DrawRandom one(3);
    CHECK(one.below(1) == 0);
}

TEST_CASE("strata get their proportional share, at least one each when the count allows", "[spotcheck]")
{
    // 1 each, then 7 in proportion to 9 : 29 : 59 → 0.65, 2.09, 4.26 → 0 + 2 + 4 and the
    // largest remainder (the first stratum's) takes the last one.
    CHECK(SpotCheckDraw::allocate({10, 30, 60}, 10) == QList<int>{2, 3, 5});
    // Fewer than the strata: purely proportional, 0.2, 0.6, 1.2.
    CHECK(SpotCheckDraw::allocate({10, 30, 60}, 2) == QList<int>{0, 1, 1});
    CHECK(SpotCheckDraw::allocate({2, 0, 1}, 50) == QList<int>{2, 0, 1});
    CHECK(SpotCheckDraw::allocate({1, 1, 1}, 3) == QList<int>{1, 1, 1});
}

TEST_CASE("a weighted draw favours the institution with the higher signal score", "[spotcheck]")
{
    SpotCheckInputs in;
    in.count = 1;
    for (int k = 1; k <= 3; ++k)
        in.candidates << SpotCheckCandidate{k, QStringLiteral("I%1").arg(k), Ownership::Public, Level::Secondary, {}, k == 3 ? 50 : 1};
    in.pool << Inspector{1, QStringLiteral("a"), {}, 0} << Inspector{2, QStringLiteral("b"), {}, 0};
    int heavyWeighted = 0, heavyPlain = 0;
    for (quint64 seed = 1; seed <= 200; ++seed) {
        in.seed = seed;
        QList<SpotCheckPick> picks;
        in.weighted = true;
        REQUIRE(SpotCheckDraw::run(in, &picks).isOk());
        heavyWeighted += picks.first().institution.institutionId == 3 ? 1 : 0;
        in.weighted = false;
        REQUIRE(SpotCheckDraw::run(in, &picks).isOk());
        heavyPlain += picks.first().institution.institutionId == 3 ? 1 : 0;
    }
    // 50/52 of the draws against 1/3 of them.
    CHECK(heavyWeighted > 180);
    CHECK(heavyPlain > 40);
    CHECK(heavyPlain < 95);
}

TEST_CASE("a draw is stratified, sends two inspectors never from the institution, and is stored with its seed in the audit trail", "[spotcheck][engines]")
{
    Bureau bureau;
    Database &db = bureau.db();
    const QList<Institution> registry = InstitutionRepository(db).all();
    // One inspector works at a hospital: never sent there.
    Inspector own = bureau.pool.first();
    for (const Institution &i : registry)
        if (i.reportsIn(YearMonth(2021, 12)) && i.level == Level::Tertiary)
            own.institutionId = i.id;
    REQUIRE(own.institutionId != 0);
    REQUIRE(SpotCheckActions::addInspector(db, own).isOk());

    SpotCheckInputs inputs;
    REQUIRE(SpotCheckActions::prepare(db, bureau.request(10, 20211215), &inputs).isOk());
    QSet<QString> strata;
    for (const SpotCheckCandidate &c : inputs.candidates)
        strata.insert(ownershipLabel(c.ownership) + levelLabel(c.level));
    REQUIRE(strata.size() <= 10);

    SpotCheckRecord record;
    QList<SpotCheckPick> picks;
    REQUIRE(SpotCheckActions::draw(db, bureau.request(10, 20211215), QStringLiteral(u"张科长"), &record, &picks).isOk());
    REQUIRE(picks.size() == 10);
    QSet<QString> drawnStrata;
    QSet<qint64> distinct;
    for (const SpotCheckPick &p : picks) {
        drawnStrata.insert(ownershipLabel(p.institution.ownership) + levelLabel(p.institution.level));
        distinct.insert(p.institution.institutionId);
        REQUIRE(p.inspectors.size() == 2);
        CHECK(p.inspectors.at(0).id != p.inspectors.at(1).id);
        for (const Inspector &i : p.inspectors)
            CHECK(i.institutionId != p.institution.institutionId);
    }
    CHECK(drawnStrata == strata);
    CHECK(distinct.size() == 10);

    // Stored with seed, inputs and result, which a rerun reproduces; the trail has the seed.
    const auto stored = SpotCheckRepository(db).find(record.id);
    REQUIRE(stored.has_value());
    CHECK(stored->seed == 20211215);
    CHECK(stored->picks.size() == 10);
    CHECK(SpotCheckDraw::verify(stored->inputs, stored->result).isOk());
    QJsonArray tampered = stored->result;
    tampered.removeLast();
    CHECK_FALSE(SpotCheckDraw::verify(stored->inputs, tampered).isOk());
    const QList<AuditEntry> trail = AuditLog(db).history(QStringLiteral("spot_check_draw"), QString::number(record.id));
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().newValues.value(QStringLiteral("seed")).toString() == QStringLiteral("20211215"));
    CHECK(trail.first().newValues.value(QStringLiteral("inputs")).toString().contains(QStringLiteral("\"candidates\"")));

    // The same seed and inputs give the same list.
    QList<SpotCheckPick> again;
    REQUIRE(SpotCheckDraw::run(inputs, &again).isOk());
    CHECK(institutionsOf(again) == institutionsOf(picks));
}

TEST_CASE("whoever inspected an institution last time is not sent there again", "[spotcheck]")
{
    Bureau bureau(6);
    Database &db = bureau.db();
    SpotCheckRecord first;
    QList<SpotCheckPick> firstPicks;
    REQUIRE(SpotCheckActions::draw(db, bureau.request(12, 1), {}, &first, &firstPicks).isOk());
    // The inspection ledger counts too: name an inspector in an institution's latest entry.
    const qint64 inspected = firstPicks.first().institution.institutionId;
    Inspection i;
    i.campaignId = bureau.campaignId();
    i.institutionId = inspected;
    i.inspectedOn = QDate(2021, 12, 10);
    i.inspectors = bureau.pool.last().name + QStringLiteral(u"、") + bureau.pool.at(2).name;
    REQUIRE(InspectionRepository(db).save(i).isOk());

    QList<SpotCheckPick> second;
    SpotCheckRecord record;
    REQUIRE(SpotCheckActions::draw(db, bureau.request(12, 1), {}, &record, &second).isOk());
    CHECK(institutionsOf(second) == institutionsOf(firstPicks));
    for (int k = 0; k < second.size(); ++k)
        for (const Inspector &now : second.at(k).inspectors) {
            for (const Inspector &before : firstPicks.at(k).inspectors)
                CHECK(now.id != before.id);
            if (second.at(k).institution.institutionId == inspected)
                CHECK((now.id != bureau.pool.last().id && now.id != bureau.pool.at(2).id));
        }
}

TEST_CASE("a pool too small for two inspectors per institution refuses the draw and stores nothing", "[spotcheck]")
{
    Bureau bureau(1);
    Database &db = bureau.db();
    SpotCheckRecord record;
    const Status s = SpotCheckActions::draw(db, bureau.request(3, 5), {}, &record);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"不足两人")));
    CHECK(SpotCheckRepository(db).list(bureau.campaignId()).isEmpty());
    CHECK_FALSE(SpotCheckActions::draw(db, bureau.request(0, 5), {}, &record).isOk());
}

TEST_CASE("a pick's evaluation is recorded as an inspection-ledger entry the pick links to", "[spotcheck]")
{
    Bureau bureau;
    Database &db = bureau.db();
    SpotCheckRecord record;
    REQUIRE(SpotCheckActions::draw(db, bureau.request(3, 9), {}, &record).isOk());
    const SpotCheckPickRecord pick = record.picks.first();
    const int before = int(InspectionRepository(db).list(bureau.campaignId()).size());
    Inspection result;
    result.inspectedOn = QDate(2021, 12, 20);
    result.findings = QStringLiteral(u"抽查病历30份，未发现问题");
    REQUIRE(SpotCheckActions::recordResult(db, pick.id, result).isOk());
    CHECK(InspectionRepository(db).list(bureau.campaignId()).size() == before + 1);
    const auto stored = InspectionRepository(db).find(result.id);
    REQUIRE(stored.has_value());
    CHECK(stored->institutionId == pick.institutionId);
    CHECK(stored->inspectors == pick.inspectors);
    CHECK(SpotCheckRepository(db).find(record.id)->picks.first().inspectionId == result.id);
    // Once recorded, a second result for the same pick is refused.
    Inspection twice = result;
    CHECK_FALSE(SpotCheckActions::recordResult(db, pick.id, twice).isOk());
    CHECK(InspectionRepository(db).list(bureau.campaignId()).size() == before + 1);
}

TEST_CASE("analysis inspectors and analysis spotcheck manage the pool and print the list", "[spotcheck][cli]")
{
    DemoDatabase demo;
    const QStringList db{QStringLiteral("--db"), demo.path(), QStringLiteral("analysis")};
    QString out, err;
    for (int k = 1; k <= 5; ++k)
        REQUIRE(runCli(db + QStringList{QStringLiteral("inspectors"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral(u"人员%1").arg(k), QStringLiteral("--office"), QStringLiteral(u"医政股")},
                       &out, &err) == 0);
    CHECK(runCli(db + QStringList{QStringLiteral("inspectors"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral(u"某"),
                                  QStringLiteral("--institution"), QStringLiteral(u"没有这家")}, &out, &err) == 1);
    REQUIRE(runCli(db + QStringList{QStringLiteral("inspectors"), QStringLiteral("list")}, &out, &err) == 0);
    const QStringList listed = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(listed.size() == 6);
    const QString removed = listed.last().section(QLatin1Char('\t'), 0, 0);
    REQUIRE(runCli(db + QStringList{QStringLiteral("inspectors"), QStringLiteral("remove"), QStringLiteral("--id"), removed}, &out, &err) == 0);
    REQUIRE(runCli(db + QStringList{QStringLiteral("inspectors"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 5);

    const QStringList draw = db + QStringList{QStringLiteral("spotcheck"), QStringLiteral("--count"), QStringLiteral("4"),
                                              QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--weighted")};
    REQUIRE(runCli(draw, &out, &err) == 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.first() == QStringLiteral(u"序号\t机构\t所有制\t等级\t乡镇\t检查人员"));
    CHECK(lines.at(1).startsWith(QStringLiteral("1\t")));
    CHECK(lines.at(1).split(QLatin1Char('\t')).size() == 6);
    CHECK(lines.at(1).split(QLatin1Char('\t')).last().contains(QStringLiteral(u"、")));
    const auto draws = SpotCheckRepository(demo.db()).list(demo.campaignId());
    REQUIRE(draws.size() == 1);
    REQUIRE(runCli(db + QStringList{QStringLiteral("verify"), QStringLiteral("--draw"), QString::number(draws.first().id)}, &out, &err) == 0);
    CHECK(runCli(db + QStringList{QStringLiteral("spotcheck"), QStringLiteral("--count"), QStringLiteral("x"),
                                  QStringLiteral("--seed"), QStringLiteral("1")}, &out, &err) == 2);
}

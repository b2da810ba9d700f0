// SPDX-License-Identifier: GPL-3.0-or-later
// Two clients on one database (two connections: a shared SQLite file or the server).
#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

using namespace qf;

namespace {

struct TwoClients
{
    test::TempDatabase t;
    Database other;
    Campaign campaign;
    Institution unit;

    TwoClients()
    {
        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl);
        CampaignParameters p;
        p.county = QStringLiteral(u"测试县");
        p.year = 2021;
        REQUIRE(tmpl->instantiate(p, &campaign).isOk());
        REQUIRE(CampaignRepository(t.db()).save(campaign).isOk());
        unit.name = QStringLiteral(u"中渡镇卫生院");
        unit.ownership = Ownership::Public;
        unit.level = Level::PrimaryOrBelow;
        REQUIRE(InstitutionRepository(t.db()).save(unit).isOk());
        const Status s = other.open(t.location());
        INFO(s.message());
        REQUIRE(s.isOk());
    }

    Report fresh(const YearMonth &month, double column1) const
    {
        Report r;
        r.campaignId = campaign.id;
        r.form = 1;
        r.unitKey = UnitKey::institution(unit.id);
        r.period = month;
        r.numbers.insert(1, column1);
        r.optimistic = true;
        return r;
    }

    std::optional<Report> read(Database &db, const YearMonth &month)
    {
        auto r = ReportRepository(db).find(campaign.id, 1, UnitKey::institution(unit.id), month);
        if (r)
            r->optimistic = true;
        return r;
    }
};

} // namespace

TEST_CASE("two clients editing one month see each other's saves and never overwrite them silently", "[engines]")
{
    TwoClients c;
    const YearMonth august(2021, 8);
    Report first = c.fresh(august, 3);
    REQUIRE(ReportRepository(c.t.db()).save(first).isOk());
    CHECK(first.version == 1);

    // Both open the month; the other client saves first.
    auto mine = c.read(c.t.db(), august);
    auto theirs = c.read(c.other, august);
    REQUIRE(mine);
    REQUIRE(theirs);
    CHECK(mine->version == theirs->version);
    theirs->numbers[1] = 5;
    REQUIRE(ReportRepository(c.other).save(*theirs).isOk());
    CHECK(theirs->version == 2);

    // Mine, started from the older version, is refused with the unit and the month.
    mine->numbers[1] = 7;
    const Status s = ReportRepository(c.t.db()).save(*mine);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"中渡镇卫生院")));
    CHECK(s.message().contains(august.toChinese()));
    CHECK(s.message().contains(QStringLiteral(u"刷新")));

    // Refreshing shows their figure, and saving from there goes through.
    auto refreshed = c.read(c.t.db(), august);
    REQUIRE(refreshed);
    CHECK(refreshed->number(1) == 5);
    refreshed->numbers[1] = 7;
    REQUIRE(ReportRepository(c.t.db()).save(*refreshed).isOk());
    CHECK(c.read(c.other, august)->number(1) == 7);
    CHECK(c.read(c.other, august)->version == 3);
}

TEST_CASE("a month both clients start as new is stored once and the second save is refused", "[engines]")
{
    TwoClients c;
    const YearMonth september(2021, 9);
    Report mine = c.fresh(september, 2);
    Report theirs = c.fresh(september, 4);
    REQUIRE(ReportRepository(c.other).save(theirs).isOk());
    CHECK_FALSE(ReportRepository(c.t.db()).save(mine).isOk());
    CHECK(c.read(c.t.db(), september)->number(1) == 4);

    // An import replaces on purpose: it does not ask for a version.
    Report imported = c.fresh(september, 9);
    imported.optimistic = false;
    REQUIRE(ReportRepository(c.t.db()).save(imported).isOk());
    CHECK(c.read(c.other, september)->number(1) == 9);
}

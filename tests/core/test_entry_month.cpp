// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "forms/EntryMonth.h"
#include "storage/ReportRepository.h"

using namespace qf;

TEST_CASE("the entry grid opens on the month due now, else on the latest month anybody reported for")
{
    test::LedgerFixture t;
    const QList<YearMonth> periods = t.campaign.reportingPeriods();
    REQUIRE(periods.size() >= 3);

    // While the campaign runs: the month before today, whatever was filed.
    const YearMonth second = periods.at(1);
    const QDate inThird = periods.at(2).firstDay().addDays(9);
    CHECK(EntryMonth::opening(t.db(), t.campaign, inThird) == second);

    // Long after it ended, with nothing filed: its first month.
    const QDate later = t.campaign.end.addYears(2);
    CHECK(EntryMonth::opening(t.db(), t.campaign, later) == periods.first());

    // After it ended: the latest month filed, whichever form and unit filed it.
    Report r;
    r.campaignId = t.campaign.id;
    r.form = 3;
    r.unitKey = UnitKey::institution(t.b);
    r.period = periods.at(2);
    r.numbers.insert(1, 4);
    REQUIRE(ReportRepository(t.db()).save(r).isOk());
    Report earlier = r;
    earlier.id = 0;
    earlier.version = 0;
    earlier.form = 1;
    earlier.period = periods.at(1);
    REQUIRE(ReportRepository(t.db()).save(earlier).isOk());
    CHECK(EntryMonth::opening(t.db(), t.campaign, later) == periods.at(2));
    // Still the month due now while the campaign runs, even with a later month filed.
    const QDate inSecond = second.firstDay().addDays(9);
    CHECK(EntryMonth::opening(t.db(), t.campaign, inSecond) == periods.first());
}

TEST_CASE("a campaign without reporting months opens on no month")
{
    test::LedgerFixture t;
    Campaign none = t.campaign;
    none.deadlines.clear();
    none.end = none.start.addMonths(-2);
    REQUIRE(none.reportingPeriods().isEmpty());
    CHECK_FALSE(EntryMonth::opening(t.db(), none, t.today).isValid());
}

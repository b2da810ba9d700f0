// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "storage/ReportRepository.h"

#include <algorithm>

using namespace qf;

namespace {

QStringList periodsOf(const QList<Report> &reports, const QString &unitKey, int form)
{
    QStringList periods;
    for (const Report &r : reports)
        if (r.unitKey == unitKey && r.form == form)
            periods << r.period.toString() + QLatin1Char('=') + QString::number(r.number(1));
    std::sort(periods.begin(), periods.end());
    return periods;
}

} // namespace

TEST_CASE("a month's load holds each unit's two latest reports up to the month, figures included", "[engines]")
{
    // A campaign and a registry: the ledger tests' fixture has both.
    test::LedgerFixture t;
    const Campaign &campaign = t.campaign;
    const QString keyA = UnitKey::institution(t.a);
    const QString keyB = UnitKey::institution(t.b);
    auto file = [&](const QString &unit, int form, const YearMonth &month, double figure) {
        Report r;
        r.campaignId = campaign.id;
        r.form = form;
        r.unitKey = unit;
        r.period = month;
        r.numbers.insert(1, figure);
        REQUIRE(ReportRepository(t.db()).save(r).isOk());
    };
    file(keyA, 1, YearMonth(2021, 7), 1);
    file(keyA, 1, YearMonth(2021, 8), 2);
    file(keyA, 1, YearMonth(2021, 10), 4);
    file(keyA, 3, YearMonth(2021, 9), 30);
    file(keyB, 1, YearMonth(2021, 7), 5);

    const ReportRepository reports(t.db());
    const QList<Report> september = reports.latestTwoUpTo(campaign.id, 0, YearMonth(2021, 9));
    CHECK(periodsOf(september, keyA, 1) == QStringList{QStringLiteral("2021-07=1"), QStringLiteral("2021-08=2")});
    CHECK(periodsOf(september, keyA, 3) == QStringList{QStringLiteral("2021-09=30")});
    CHECK(periodsOf(september, keyB, 1) == QStringList{QStringLiteral("2021-07=5")});
    CHECK(september.size() == 4);

    const QList<Report> october = reports.latestTwoUpTo(campaign.id, 1, YearMonth(2021, 10));
    CHECK(periodsOf(october, keyA, 1) == QStringList{QStringLiteral("2021-08=2"), QStringLiteral("2021-10=4")});
    CHECK(periodsOf(october, keyB, 1) == QStringList{QStringLiteral("2021-07=5")});
    CHECK(periodsOf(october, keyA, 3).isEmpty());
    CHECK(october.size() == 3);
    CHECK(reports.latestTwoUpTo(campaign.id, 0, YearMonth(2021, 6)).isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A figures CSV may not raise a month's cumulative figure above the unit's next stored
// month: for a signed next month that change would contradict what was signed without
// touching its rows.
#include "TestSupport.h"

#include "actions/SignMonth.h"
#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

using namespace qf;

TEST_CASE("figures csv: a month raised above the signed month after it is refused and names that month")
{
    test::DemoDatabase demo;
    const QString unitName = QStringLiteral(u"鹿寨县人民医院");
    const auto institution = InstitutionRepository(demo.db()).findByName(unitName);
    REQUIRE(institution);
    const QString key = UnitKey::institution(institution->id);
    ReportRepository reports(demo.db());
    const auto october = reports.find(demo.campaignId(), 1, key, YearMonth(2021, 10));
    const auto november = reports.find(demo.campaignId(), 1, key, YearMonth(2021, 11));
    REQUIRE(october);
    REQUIRE(november);
    REQUIRE(november->hasNumber(1));
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    REQUIRE(SignMonth::lock(demo.db(), *campaign, 1, QStringLiteral("*"), YearMonth(2021, 11)).isOk());

    const QString csv = demo.file(QStringLiteral("raise.csv"));
    const double raised = november->number(1) + 7;
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1)\n附件1,%1,2021-10,%2\n").arg(unitName).arg(raised).toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) != 0);
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("raise.csv")));
    CHECK(err.contains(YearMonth(2021, 11).toChinese()));
    CHECK(err.contains(QStringLiteral(u"第1栏")));
    CHECK(err.contains(QString::number(november->number(1))));
    const auto kept = reports.find(demo.campaignId(), 1, key, YearMonth(2021, 10));
    REQUIRE(kept);
    CHECK(kept->numbers == october->numbers);

    // Up to the later month's figure is fine.
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1)\n附件1,%1,2021-10,%2\n").arg(unitName).arg(november->number(1)).toUtf8());
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A figures CSV sets only what it has figures for: a column the file does not have and a
// blank cell keep the stored month's value, as a workbook's blank cell does.
#include "TestSupport.h"

#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

using namespace qf;

namespace {

const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");
const YearMonth kMonth(2021, 11);

Report stored(test::DemoDatabase &demo, int form)
{
    const auto institution = InstitutionRepository(demo.db()).findByName(kUnit);
    REQUIRE(institution);
    const auto r = ReportRepository(demo.db()).find(demo.campaignId(), form, UnitKey::institution(institution->id), kMonth);
    REQUIRE(r);
    return *r;
}

int import(test::DemoDatabase &demo, const QString &text, QString *err)
{
    const QString csv = demo.file(QStringLiteral("f.csv"));
    test::writeFile(csv, text.toUtf8());
    QString out;
    const int status = test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, err);
    INFO(err->toStdString());
    return status;
}

} // namespace

TEST_CASE("figures csv: columns the file lacks and blank cells keep the stored figures")
{
    test::DemoDatabase demo;
    const Report before = stored(demo, 1);
    // The demo month must hold more than the two columns the file names, or nothing is tested.
    REQUIRE(before.numbers.size() > 2);
    REQUIRE(before.hasNumber(1));
    REQUIRE(before.hasNumber(2));
    const double first = before.number(1);
    QString err;
    SECTION("a file of two columns changes the one it sets and keeps the rest")
    {
        REQUIRE(import(demo, QStringLiteral(u"表,单位,月份,(1),(2)\n附件1,%1,2021-11,%2,%3\n")
                                 .arg(kUnit)
                                 .arg(first + 1)
                                 .arg(before.number(2)),
                       &err)
                == 0);
        const Report after = stored(demo, 1);
        CHECK(after.number(1) == first + 1);
        for (auto it = before.numbers.constBegin(); it != before.numbers.constEnd(); ++it)
            if (it.key() != 1) {
                INFO("column " << it.key());
                CHECK(after.hasNumber(it.key()));
                CHECK(after.number(it.key()) == it.value());
            }
        CHECK(err.contains(QStringLiteral(u"没有这一栏，保留已存数据")));
    }
    SECTION("a blank cell keeps the stored value and says so")
    {
        REQUIRE(import(demo, QStringLiteral(u"表,单位,月份,(1),(2)\n附件1,%1,2021-11,,%2\n").arg(kUnit).arg(before.number(2)), &err) == 0);
        const Report after = stored(demo, 1);
        CHECK(after.hasNumber(1));
        CHECK(after.number(1) == first);
        CHECK(after.numbers.size() == before.numbers.size());
        CHECK(err.contains(QStringLiteral(u"第2行第4列（(1)） 为空，保留已存数据 %1").arg(first)));
    }
    SECTION("the same holds for 附件3, and a name with an invisible mark is the same unit")
    {
        const Report form3 = stored(demo, 3);
        REQUIRE(form3.numbers.size() > 1);
        REQUIRE(form3.hasNumber(1));
        const QString marked = kUnit.left(6) + QChar(0x200B) + kUnit.mid(6);
        REQUIRE(import(demo, QStringLiteral(u"表,单位,月份,(1)\n附件3,%1,2021-11,%2\n").arg(marked).arg(form3.number(1)), &err) == 0);
        const Report after = stored(demo, 3);
        CHECK(after.numbers == form3.numbers);
        CHECK(after.texts == form3.texts);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/YearMonth.h"

using namespace qf;

TEST_CASE("year-months parse, print and step across years")
{
    CHECK(YearMonth::parse(QStringLiteral("2021-07")) == YearMonth(2021, 7));
    CHECK(YearMonth::parse(QStringLiteral(u"2021年7月")) == YearMonth(2021, 7));
    CHECK_FALSE(YearMonth::parse(QStringLiteral("2021-13")).isValid());
    CHECK_FALSE(YearMonth::parse(QStringLiteral("July")).isValid());
    CHECK(YearMonth(2021, 12).next() == YearMonth(2022, 1));
    CHECK(YearMonth(2022, 1).previous() == YearMonth(2021, 12));
    CHECK(YearMonth(2021, 2).lastDay() == QDate(2021, 2, 28));
    CHECK(YearMonth(2021, 7).toString() == QStringLiteral("2021-07"));
    CHECK(YearMonth(2021, 7).toChinese() == QStringLiteral(u"2021年7月"));
    // Untranslated, the interface label is the Chinese way of writing a month.
    CHECK(YearMonth(2021, 7).label() == QStringLiteral(u"2021年7月"));
    CHECK(YearMonth(2022, 12).label() == QStringLiteral(u"2022年12月"));
    CHECK(YearMonth(2021, 7).monthsUntil(YearMonth(2022, 2)) == 7);
}

TEST_CASE("the official vocabulary parses and prints both ways")
{
    Ownership o;
    REQUIRE(parseOwnership(QStringLiteral(u"民营"), &o));
    CHECK(o == Ownership::Private);
    CHECK(ownershipLabel(o) == QStringLiteral(u"民营"));
    CHECK_FALSE(parseOwnership(QStringLiteral(u"合资"), &o));
    Level l;
    REQUIRE(parseLevel(QStringLiteral(u"一级及以下"), &l));
    CHECK(l == Level::PrimaryOrBelow);
    REQUIRE(parseLevel(QStringLiteral(u"二级甲等"), &l));
    CHECK(l == Level::Secondary);
    CHECK_FALSE(parseLevel(QStringLiteral(u"特级"), &l));
    bool b = false;
    REQUIRE(parseYesNo(QStringLiteral(u"是"), &b));
    CHECK(b);
    CHECK_FALSE(parseYesNo(QStringLiteral(u"也许"), &b));
    InstitutionKind k;
    REQUIRE(parseKind(QStringLiteral(u"定点零售药店"), &k));
    CHECK(k == InstitutionKind::Pharmacy);
}

TEST_CASE("institutions report only while open, and pharmacies never file 附件1/附件3")
{
    Institution i;
    i.name = QStringLiteral(u"某卫生室");
    i.activeFrom = QDate(2021, 8, 15);
    i.activeUntil = QDate(2021, 10, 2);
    CHECK_FALSE(i.reportsIn(YearMonth(2021, 7)));
    CHECK(i.reportsIn(YearMonth(2021, 8)));
    CHECK(i.reportsIn(YearMonth(2021, 10)));
    CHECK_FALSE(i.reportsIn(YearMonth(2021, 11)));
    i.kind = InstitutionKind::Pharmacy;
    CHECK_FALSE(i.reportsIn(YearMonth(2021, 9)));
}

TEST_CASE("a monthly deadline is due in the month after its period, clamped to the month's length")
{
    Deadline d;
    d.dayOfMonth = 31;
    d.firstPeriod = YearMonth(2021, 7);
    d.lastPeriod = YearMonth(2021, 9);
    CHECK(d.dueFor(YearMonth(2021, 7)) == QDate(2021, 8, 31));
    CHECK(d.dueFor(YearMonth(2021, 8)) == QDate(2021, 9, 30));
    CHECK(d.periods().size() == 3);
}

TEST_CASE("campaign validation catches the seed's 2020 typo and reversed phases")
{
    Campaign c;
    c.title = QStringLiteral(u"鹿寨县方案");
    c.county = QStringLiteral(u"鹿寨县");
    c.year = 2021;
    c.start = QDate(2021, 6, 1);
    c.end = QDate(2021, 12, 31);
    c.phases << Phase{0, QStringLiteral(u"自查自纠"), QDate(2021, 6, 1), QDate(2021, 8, 31), QString()};
    REQUIRE(c.validate().isOk());

    SECTION("集中整治阶段（2020年8月-11月） as the seed misprints it")
    {
        c.phases << Phase{0, QStringLiteral(u"集中整治"), QDate(2020, 8, 1), QDate(2020, 11, 30), QString()};
        const Status s = c.validate();
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"集中整治")));
    }
    SECTION("a phase that ends before it starts")
    {
        c.phases << Phase{0, QStringLiteral(u"总结"), QDate(2021, 12, 31), QDate(2021, 11, 1), QString()};
        CHECK(c.validate().message().contains(QStringLiteral(u"早于开始日期")));
    }
    SECTION("a deadline after the campaign's end")
    {
        Deadline d;
        d.title = QStringLiteral(u"报附件1");
        d.dayOfMonth = 12;
        d.firstPeriod = YearMonth(2021, 7);
        d.lastPeriod = YearMonth(2021, 12);   // December's report would be due 2022-01-12
        c.deadlines << d;
        const Status s = c.validate();
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("2022-01-12")));
    }
}

TEST_CASE("campaign texts refuse control characters, and a bidi override anywhere a document prints")
{
    Campaign c;
    c.title = QStringLiteral(u"鹿寨县方案");
    c.county = QStringLiteral(u"鹿寨县");
    c.year = 2021;
    c.start = QDate(2021, 6, 1);
    c.end = QDate(2021, 12, 31);
    c.offices << Office{0, QStringLiteral(u"党建办"), QString(), QString()};
    c.phases << Phase{0, QStringLiteral(u"自查自纠"), QDate(2021, 6, 1), QDate(2021, 8, 31), QStringLiteral(u"第一段\n第二段")};
    c.noticeBody = QStringLiteral(u"各医疗机构：\n现将方案印发给你们。");
    c.addressees = QStringLiteral(u"各乡镇卫生院，\n县直各医疗卫生单位");
    REQUIRE(c.validate().isOk());   // several lines where a text has several lines

    // U+202E turns what follows around: the notice's title would print "案方县寨鹿".
    Campaign reversed = c;
    reversed.title = QStringLiteral(u"\u202E鹿寨县方案");
    Status s = reversed.validate();
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"专项整治名称")));
    CHECK(s.message().contains(QStringLiteral("U+202E")));

    for (auto edit : std::initializer_list<void (*)(Campaign &)>{
             [](Campaign &x) { x.county = QStringLiteral(u"鹿寨\u2067县\u2069"); },
             [](Campaign &x) { x.docNumber = QStringLiteral(u"鹿卫医〔2021〕\u200F22号"); },
             [](Campaign &x) { x.issuingBody = QStringLiteral(u"鹿寨县卫生健康局\n"); },
             [](Campaign &x) { x.noticeBody += QStringLiteral(u"\u202D"); },
             [](Campaign &x) { x.addressees.prepend(QChar(0x202B)); },
             [](Campaign &x) { x.offices[0].name = QStringLiteral(u"党建\u202E办"); },
             [](Campaign &x) { x.phases[0].name = QStringLiteral(u"自查\t自纠"); },
             [](Campaign &x) { x.phases[0].description += QStringLiteral(u"\u2066"); }}) {
        Campaign bad = c;
        edit(bad);
        CHECK_FALSE(bad.validate().isOk());
        CHECK(bad.validate().message().contains(QStringLiteral(u"控制字符")));
    }
}

TEST_CASE("the 鹿寨县 2021 template carries the intended 2021 dates")
{
    const auto t = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(t);
    CampaignParameters p;
    p.county = QStringLiteral(u"象州县");
    p.year = 2023;
    Campaign c;
    const Status s = t->instantiate(p, &c);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(c.title.startsWith(QStringLiteral(u"象州县")));
    REQUIRE(c.phases.size() == 3);
    CHECK(c.phases.at(0).name == QStringLiteral(u"自查自纠"));
    CHECK(c.phases.at(1).start == QDate(2023, 8, 1));
    CHECK(c.phases.at(1).end == QDate(2023, 11, 30));
    CHECK(c.phases.at(2).name == QStringLiteral(u"总结"));
    REQUIRE(c.deadlines.size() == 5);
    CHECK(c.deadlines.at(0).dueFor(YearMonth(2023, 7)) == QDate(2023, 8, 12));
    CHECK(c.deadlines.at(2).dayOfMonth == 14);
    CHECK(c.deadlines.at(4).dueDate == QDate(2023, 12, 1));
    CHECK(c.reportingPeriods().size() == 5);
    CHECK(c.phaseOn(QDate(2023, 8, 15))->name == QStringLiteral(u"集中整治"));

    p.county.clear();
    CHECK_FALSE(t->instantiate(p, &c).isOk());
}

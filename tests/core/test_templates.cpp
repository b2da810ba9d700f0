// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "campaign/HolidayCalendar.h"
#include "io/ReportTemplates.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

using namespace qf;

namespace {

Campaign instantiate(const QString &key, int year, const QString &county = QStringLiteral(u"象州县"))
{
    const auto t = CampaignTemplate::find(key);
    REQUIRE(t.has_value());
    CampaignParameters p;
    p.county = county;
    p.year = year;
    Campaign c;
    const Status s = t->instantiate(p, &c);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    return c;
}

QStringList phaseNames(const Campaign &c)
{
    QStringList names;
    for (const Phase &p : c.phases)
        names << p.name;
    return names;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("a template's description speaks to the clerk: no transcriber's notes on the source text")
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        INFO(t.key().toStdString());
        // Notes on the source document (its typos, its blanks) are kept in the data, apart
        // from what the window shows.
        for (const char16_t *word : {u"原文", u"误写", u"__", u"此处"})
            CHECK_FALSE(t.description().contains(QString::fromUtf16(word)));
    }
}

TEST_CASE("every built-in template opens a valid campaign for another county and year")
{
    const QList<CampaignTemplate> templates = CampaignTemplate::builtIn();
    REQUIRE(templates.size() >= 9);
    QStringList keys;
    for (const CampaignTemplate &t : templates) {
        INFO(t.key().toStdString());
        CHECK_FALSE(keys.contains(t.key()));
        keys << t.key();
        CHECK_FALSE(t.description().isEmpty());
        for (int year : {2022, 2024, 2027}) {
            CampaignParameters p;
            p.county = QStringLiteral(u"象州县");
            p.year = year;
            Campaign c;
            const Status s = t.instantiate(p, &c);
            INFO(year << " " << s.message().toStdString());
            REQUIRE(s.isOk());
            CHECK(c.validate().isOk());
            CHECK(c.county == QStringLiteral(u"象州县"));
            CHECK(c.title.contains(QStringLiteral(u"象州县")));
            CHECK_FALSE(c.title.contains(QLatin1Char('{')));
            CHECK(c.templateName == t.key());
            CHECK_FALSE(c.phases.isEmpty());
            CHECK_FALSE(c.deadlines.isEmpty());
            CHECK(c.start.year() == year);
        }
    }
}

TEST_CASE("the seed plans' phase shapes are all available as templates")
{
    CHECK(phaseNames(instantiate(QStringLiteral("three-stage-consolidate"), 2024))
          == QStringList{QStringLiteral(u"动员部署"), QStringLiteral(u"集中整治"), QStringLiteral(u"巩固提升")});
    CHECK(phaseNames(instantiate(QStringLiteral("three-stage-self-check"), 2024))
          == QStringList{QStringLiteral(u"学习动员"), QStringLiteral(u"自查自纠"), QStringLiteral(u"总结提升")});
    CHECK(phaseNames(instantiate(QStringLiteral("four-stage-review"), 2024))
          == QStringList{QStringLiteral(u"启动部署"), QStringLiteral(u"自查自纠"), QStringLiteral(u"检查评估"),
                         QStringLiteral(u"完善机制")});
    CHECK(phaseNames(instantiate(QStringLiteral("four-stage-numbered"), 2024))
          == QStringList{QStringLiteral(u"第一阶段"), QStringLiteral(u"第二阶段"), QStringLiteral(u"第三阶段"),
                         QStringLiteral(u"第四阶段")});
    CHECK(phaseNames(instantiate(QStringLiteral("joint-inspection"), 2024))
          == QStringList{QStringLiteral(u"自查自纠"), QStringLiteral(u"全面检查"), QStringLiteral(u"总结巩固")});
    CHECK(phaseNames(instantiate(QStringLiteral("monthly-statistics"), 2024)) == QStringList{QStringLiteral(u"整治实施")});
}

TEST_CASE("monthly templates report each month on the plan's day for the month before")
{
    const Campaign c = instantiate(QStringLiteral("three-stage-consolidate"), 2024);
    const Deadline *monthly = nullptr;
    for (const Deadline &dl : c.deadlines)
        if (dl.recurrence == Deadline::Recurrence::Monthly)
            monthly = &dl;
    REQUIRE(monthly);
    CHECK(monthly->reporter == Reporter::Institutions);
    CHECK(monthly->periods().size() == 9);   // March to November
    CHECK(monthly->dueFor(YearMonth(2024, 3)) == d(2024, 4, 5));
    CHECK(monthly->dueFor(YearMonth(2024, 11)) == d(2024, 12, 5));
    CHECK(c.validate().isOk());
}

TEST_CASE("the 普陀 2020 template carries the plan's own dates, the self-check report falling on a Sunday")
{
    const Campaign c = instantiate(QStringLiteral("putuo-2020"), 2020, QStringLiteral(u"普陀区"));
    REQUIRE(c.phases.size() == 3);
    CHECK(c.phases.at(0).name == QStringLiteral(u"动员部署"));
    CHECK(c.phases.at(0).start == d(2020, 7, 1));
    CHECK(c.phases.at(0).end == d(2020, 8, 31));
    CHECK(c.phases.at(1).name == QStringLiteral(u"自查整改"));
    CHECK(c.phases.at(1).start == d(2020, 9, 1));
    CHECK(c.phases.at(1).end == d(2020, 11, 30));
    CHECK(c.phases.at(2).name == QStringLiteral(u"督导评议"));
    CHECK(c.phases.at(2).end == d(2020, 12, 31));
    CHECK(c.title == QStringLiteral(u"2020年普陀区医疗行业作风建设工作专项行动实施方案"));
    REQUIRE(c.deadlines.size() == 1);
    const QDate due = c.deadlines.first().dueDate;
    CHECK(due == d(2020, 11, 15));
    // Kept as written, marked as a day off.
    CHECK(HolidayCalendar::china().isDayOff(due));
    CHECK(HolidayCalendar::china().note(due) == QStringLiteral(u"周日"));
}

TEST_CASE("the 上海 template runs into the next year with quarterly reports and a summary by 2-1")
{
    const Campaign c = instantiate(QStringLiteral("shanghai-quarterly"), 2020, QStringLiteral(u"普陀区"));
    CHECK(c.start == d(2020, 4, 1));
    CHECK(c.end == d(2021, 2, 28));
    REQUIRE(c.phases.size() == 3);
    CHECK(c.phases.at(1).end == d(2021, 1, 31));
    CHECK(c.phases.at(2).start == d(2021, 2, 1));
    QList<QDate> dues;
    for (const Deadline &dl : c.deadlines) {
        CHECK(dl.recurrence == Deadline::Recurrence::Once);
        CHECK(dl.reporter == Reporter::Office);
        dues << dl.dueDate;
    }
    CHECK(dues.contains(d(2020, 6, 30)));
    CHECK(dues.contains(d(2020, 9, 30)));
    CHECK(dues.contains(d(2021, 2, 1)));
    CHECK(c.deadlines.last().deliverable == Deliverable::Summary);
}

TEST_CASE("validation names offices and deadlines that tracking could not follow")
{
    Campaign c = instantiate(QStringLiteral("luzhai-2021"), 2021, QStringLiteral(u"鹿寨县"));
    REQUIRE(c.validate().isOk());

    SECTION("a reporting office missing from the campaign's offices")
    {
        c.deadlines[2].reporterOffice = QStringLiteral(u"办公室");
        const Status s = c.validate();
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"报送股室“办公室”不在责任股室名单中")));
    }
    SECTION("two deadlines asking the same units for the same form in the same month")
    {
        Deadline copy = c.deadlines.first();
        copy.title = QStringLiteral(u"重复的附件1");
        copy.firstPeriod = YearMonth(2021, 11);
        c.deadlines << copy;
        const Status s = c.validate();
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"无法分别跟踪")));
        CHECK(s.message().contains(QStringLiteral(u"2021年11月")));
    }
    SECTION("a duplicate office and an empty deadline title")
    {
        c.offices << Office{0, QStringLiteral(u"党建办"), QString(), QString()};
        c.deadlines[0].title.clear();
        const Status s = c.validate();
        CHECK(s.message().contains(QStringLiteral(u"股室“党建办”重复")));
        CHECK(s.message().contains(QStringLiteral(u"截止事项名称不能为空")));
    }
    SECTION("a notice dated after the campaign ended")
    {
        c.noticeDate = d(2022, 1, 5);
        CHECK(c.validate().message().contains(QStringLiteral(u"发文日期（2022-01-05）晚于结束日期")));
    }
    SECTION("the seed's typo: a 2020 phase in a 2021 campaign")
    {
        c.phases[1].start = d(2020, 8, 1);
        c.phases[1].end = d(2020, 11, 30);
        const Status s = c.validate();
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"超出专项整治期间")));
    }
}

TEST_CASE("a name too long for a file name still gets its workbook, shortened and unique")
{
    test::DemoDatabase demo;
    InstitutionRepository registry(demo.db());
    // 100 characters each (the longest name the registry takes), the same for the first 97.
    const QString stem(97, QChar(u'长'));
    for (const QString &tail : {QStringLiteral(u"甲医院"), QStringLiteral(u"乙医院")}) {
        Institution i;
        i.name = stem + tail;
        REQUIRE(registry.save(i).isOk());
    }
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    QTemporaryDir folder;
    QStringList written;
    const Status s = ReportTemplates::writeAll(demo.db(), *campaign, YearMonth(2021, 11), folder.path(), &written);
    INFO(s.message());
    REQUIRE(s.isOk());
    QStringList longOnes;
    for (const QString &path : written) {
        const QString name = QFileInfo(path).fileName();
        CHECK(name.toUtf8().size() <= 255);
        CHECK(name.endsWith(QLatin1String(".xlsx")));
        CHECK(QFileInfo::exists(path));
        if (name.contains(QString(20, QChar(u'长'))))
            longOnes << name;
    }
    REQUIRE(longOnes.size() == 2);
    CHECK(longOnes.at(0) != longOnes.at(1));
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == written.size());
}

TEST_CASE("template file names hold no separators, control characters or invisible marks")
{
    Institution i;
    i.name = QStringLiteral(u"甲/乙\\丙\u200B丁\u202E戊\u0085己");
    const QString name = ReportTemplates::fileName(i, YearMonth(2021, 11));
    CHECK(name == QStringLiteral(u"2021-11 甲_乙_丙_丁_戊_己.xlsx"));
    CHECK(ReportTemplates::fileName(i, YearMonth(2021, 11), 2) == QStringLiteral(u"2021-11 甲_乙_丙_丁_戊_己（2）.xlsx"));
}

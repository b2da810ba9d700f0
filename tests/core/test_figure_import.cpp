// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/ReportRepository.h"

using namespace qf;

namespace {

int reportCount(Database &db, qint64 campaign)
{
    return int(ReportRepository(db).all(campaign).size());
}

} // namespace

TEST_CASE("cli: figures import stores good rows of every form")
{
    test::DemoDatabase demo;
    const QString db = demo.path();
    const int before = reportCount(demo.db(), demo.campaignId());
    const QString csv = demo.file(QStringLiteral("figures.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,（1）,（2）,（3）,(14),报送日期\n"
                                        u"附件1,鹿寨县拉沟乡卫生院,2021-11,30,20,10,,2021-12-13\n"
                                        u"附件3,县人民医院,2021-11,100,100,9000,已核实,\n"
                                        u"附件2,公立医院 二级,2021-11,,3,0,,\n").toUtf8());
    QString out, err;
    const int status = test::runCli({QStringLiteral("--db"), db, QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err);
    INFO(err.toStdString());
    REQUIRE(status == 0);
    CHECK(out.contains(QStringLiteral(u"已导入 3 份报表")));
    CHECK(reportCount(demo.db(), demo.campaignId()) == before + 2);   // 县人民医院's November report is replaced

    ReportRepository repo(demo.db());
    QList<Report> all = repo.all(demo.campaignId());
    bool seen = false;
    for (const Report &r : all)
        if (r.form == 1 && r.period == YearMonth(2021, 11) && r.sourceFile == QStringLiteral("figures.csv")) {
            seen = true;
            CHECK(r.number(1) == 30);
            CHECK(r.submittedOn == QDate(2021, 12, 13));
            CHECK(r.source == ReportSource::Imported);
        }
    CHECK(seen);
    const auto form2 = repo.find(demo.campaignId(), 2, UnitKey::category(QStringLiteral("public-2")), YearMonth(2021, 11));
    REQUIRE(form2);
    CHECK(form2->number(2) == 3);
    CHECK_FALSE(form2->hasNumber(1));   // derived from the registry, never stored
}

TEST_CASE("cli: a bad figures file names line and column and stores nothing")
{
    test::DemoDatabase demo;
    const int before = reportCount(demo.db(), demo.campaignId());
    const QString csv = demo.file(QStringLiteral("bad.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1),(2)\n"
                                        u"附件1,鹿寨县拉沟乡卫生院,2021-11,30,20\n"
                                        u"附件1,鹿寨县拉沟乡卫生院,2021-11,31,20\n"
                                        u"附件1,不存在的医院,2021-11,1,1\n"
                                        u"附件1,鹿寨县人民医院,2022-05,1,1\n"
                                        u"附件1,鹿寨县中医医院,2021-11,十,1\n"
                                        u"附件4,鹿寨县中医医院,2021-11,1,1\n").toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"bad.csv 第3行第2列（单位）")));
    CHECK(err.contains(QStringLiteral(u"重复出现")));
    CHECK(err.contains(QStringLiteral(u"第4行第2列（单位）：找不到单位“不存在的医院”")));
    CHECK(err.contains(QStringLiteral(u"第5行第3列（月份）")));
    CHECK(err.contains(QStringLiteral(u"第6行第4列（(1)）：“十”不是数字")));
    CHECK(err.contains(QStringLiteral(u"第7行第1列（表）")));
    CHECK(err.contains(QStringLiteral(u"未导入任何数据")));
    CHECK(reportCount(demo.db(), demo.campaignId()) == before);
}

TEST_CASE("cli: figures that break the rules or fall below last month are refused")
{
    test::DemoDatabase demo;
    const auto october = ReportRepository(demo.db()).find(demo.campaignId(), 1, UnitKey::institution(1), YearMonth(2021, 10));
    REQUIRE(october);
    const QString csv = demo.file(QStringLiteral("rules.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1),(2),(3)\n"
                                        u"附件1,鹿寨县人民医院,2021-11,%1,0,-1\n"
                                        u"附件1,鹿寨县中医医院,2021-11,1,5,0\n")
                             .arg(october->number(1) - 1).toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"小于上月累计数")));
    CHECK(err.contains(QStringLiteral(u"不能为负数")));
    CHECK(err.contains(QStringLiteral(u"完成整改问题（2）不能多于发现问题（1）")));
    const auto november = ReportRepository(demo.db()).find(demo.campaignId(), 1, UnitKey::institution(1), YearMonth(2021, 11));
    REQUIRE(november);
    CHECK(november->source == ReportSource::Typed);   // untouched
}

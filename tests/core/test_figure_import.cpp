// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecialFiles.h"
#include "TestSupport.h"

#include "io/FigureCsvImport.h"
#include "storage/ReportRepository.h"

#include <QLocale>

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

TEST_CASE("cli: figures are read by one strict number rule and checked against what the column can hold")
{
    // Before, "5,0" was read as 50, inf and nan were accepted (NaN became NULL) and 1e19
    // was stored to print as −9223372036854775808.
    test::DemoDatabase demo;
    const int before = reportCount(demo.db(), demo.campaignId());
    const QString csv = demo.file(QStringLiteral("numbers.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1),(2)\n"
                                        u"附件1,鹿寨县拉沟乡卫生院,2021-11,\"5,0\",0\n"
                                        u"附件1,鹿寨县人民医院,2021-11,inf,0\n"
                                        u"附件1,鹿寨县中医医院,2021-11,nan,0\n"
                                        u"附件1,鹿寨县妇幼保健院,2021-11,1e3,0\n"
                                        u"附件1,鹿寨县寨沙镇中心卫生院,2021-11,99999999999,0\n"
                                        u"附件1,鹿寨县四排镇卫生院,2021-11,31.5,0\n").toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 1);
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral(u"numbers.csv 第2行第4列（(1)）：“5,0”不是数字")));
    CHECK(err.contains(QStringLiteral(u"第3行第4列（(1)）：“inf”不是数字")));
    CHECK(err.contains(QStringLiteral(u"第4行第4列（(1)）：“nan”不是数字")));
    CHECK(err.contains(QStringLiteral(u"第5行第4列（(1)）：“1e3”不是数字")));   // no exponents in a count
    CHECK(err.contains(QStringLiteral(u"第6行第4列（(1)）：超出可填报的范围")));
    CHECK(err.contains(QStringLiteral(u"第7行第4列（(1)）：应为不小于0的整数（31.5）")));
    CHECK_FALSE(err.contains(QStringLiteral(u"应为整数（填报为31.5）")));   // said once, not again by the rules
    CHECK(reportCount(demo.db(), demo.campaignId()) == before);
}

TEST_CASE("cli: an amount with more than two decimals is refused, then thousands groups and full-width digits are read")
{
    test::DemoDatabase demo;
    const QString csv = demo.file(QStringLiteral("amounts.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(8),(10)\n"
                                        u"附件3,鹿寨县人民医院,2021-11,1,0.125\n").toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"amounts.csv 第2行第5列（(10)）：金额最多保留两位小数")));

    // The unit's latest stored month, so that no later month limits it.
    Report latest;
    for (const Report &r : ReportRepository(demo.db()).all(demo.campaignId()))
        if (r.form == 1 && r.unitKey == UnitKey::institution(1) && (!latest.period.isValid() || latest.period < r.period))
            latest = r;
    REQUIRE(latest.period.isValid());
    const double next = latest.number(1) + 1000;
    QString fullWidth = QString::number(latest.number(2), 'f', 0);   // "13" as "１３"
    for (QChar &c : fullWidth)
        c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,(1),(2)\n附件1,鹿寨县人民医院,%1,\"%2\",%3\n")
                             .arg(latest.period.toString(), QLocale(QLocale::English).toString(next, 'f', 0), fullWidth)
                             .toUtf8());
    err.clear();
    const int imported = test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err);
    INFO(err.toStdString());
    REQUIRE(imported == 0);
    const auto after = ReportRepository(demo.db()).find(demo.campaignId(), 1, UnitKey::institution(1), latest.period);
    REQUIRE(after);
    CHECK(after->number(1) == next);
    CHECK(after->number(2) == latest.number(2));
}

TEST_CASE("cli: a figures file that names a column twice is refused, naming both")
{
    test::DemoDatabase demo;
    const int before = reportCount(demo.db(), demo.campaignId());
    const QString csv = demo.file(QStringLiteral("twice.csv"));
    test::writeFile(csv, QStringLiteral(u"表,单位,月份,（1）,(2),(1),报表月份\n"
                                        u"附件1,鹿寨县拉沟乡卫生院,2021-11,30,20,3,2021-10\n").toUtf8());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"), csv}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"twice.csv 第1行第6列：“(1)”与第4列“（1）”是同一列")));
    CHECK(err.contains(QStringLiteral(u"twice.csv 第1行第7列：“报表月份”与第3列“月份”是同一列")));
    CHECK(reportCount(demo.db(), demo.campaignId()) == before);
}

TEST_CASE("cli: figures import refuses /dev/zero and a FIFO at once")
{
    test::DemoDatabase demo;
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("figures"), QStringLiteral("import"),
                        QStringLiteral("/dev/zero")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"/dev/zero 不是普通文件")));
    const QString fifo = demo.file(QStringLiteral("figures.csv"));
    test::makeFifo(fifo);
    FigureCsvImport::Context context;
    QList<Report> reports;
    const Status s = test::readsWithoutBlocking(fifo, [&] { return FigureCsvImport::parseFile(fifo, context, &reports, nullptr); });
    CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
}

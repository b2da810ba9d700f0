// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecialFiles.h"
#include "TestSupport.h"

#include "forms/TextLimits.h"
#include "io/CsvReader.h"
#include "io/DateText.h"
#include "io/InstitutionCsvImport.h"
#include "io/InstitutionImport.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QStringEncoder>
#include <QTemporaryDir>

using namespace qf;

TEST_CASE("CSV parsing handles quotes, embedded commas and newlines, CRLF and BOM")
{
    const QString text = QStringLiteral(u"a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n\r\n");
    QList<CsvRecord> r;
    REQUIRE(CsvReader::parse(text, QStringLiteral("a.csv"), &r).isOk());
    REQUIRE(r.size() == 3);
    CHECK(r.at(1).fields == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")});
    CHECK(r.at(2).fields.at(0) == QStringLiteral("two\nlines"));
    CHECK(r.at(2).line == 3);

    QString enc, decoded;
    REQUIRE(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral(u"名称").toUtf8(), QStringLiteral("a.csv"), &decoded, &enc).isOk());
    CHECK(decoded == QStringLiteral(u"名称"));
    CHECK(enc == QStringLiteral("UTF-8"));
}

TEST_CASE("GB18030 (GBK) files from Chinese office programs are decoded")
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(QStringLiteral(u"名称,所有制\n县人民医院,公立\n"));
    QString enc, text;
    REQUIRE(CsvReader::decode(bytes, QStringLiteral("a.csv"), &text, &enc).isOk());
    CHECK(enc == QStringLiteral("GB18030"));
    CHECK(text.contains(QStringLiteral(u"县人民医院")));
}

TEST_CASE("registry CSV imports in any column order and updates by name")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("registry.csv"));
    test::writeFile(path, QStringLiteral(u"医保定点,名称,等级,所有制,类别,举报电话\n"
                                         u"是,鹿寨县人民医院,三级,公立,医疗机构,0772-6812120\n"
                                         u"是,鹿寨县康民大药房,一级及以下,民营,定点零售药店,\n").toUtf8());
    InstitutionRepository repo(t.db());
    QList<Institution> parsed;
    REQUIRE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    REQUIRE(repo.saveAll(parsed).isOk());
    REQUIRE(repo.count() == 2);
    auto pharmacy = repo.findByName(QStringLiteral(u"鹿寨县康民大药房"));
    REQUIRE(pharmacy);
    CHECK(pharmacy->kind == InstitutionKind::Pharmacy);
    CHECK(pharmacy->ownership == Ownership::Private);

    // Re-importing a name updates that institution instead of adding a second one.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n鹿寨县人民医院,公立,二级,否\n").toUtf8());
    REQUIRE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    REQUIRE(repo.saveAll(parsed).isOk());
    CHECK(repo.count() == 2);
    auto hospital = repo.findByName(QStringLiteral(u"鹿寨县人民医院"));
    CHECK(hospital->level == Level::Secondary);
    CHECK_FALSE(hospital->contracted);
    CHECK(hospital->reportPhone == QStringLiteral("0772-6812120"));   // not in the file: kept
}

TEST_CASE("a bad registry CSV names line and column and imports nothing")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("bad.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n"
                                         u"甲医院,公立,二级,是\n"
                                         u"乙医院,国营,二级,是\n"
                                         u"丙医院,民营,五级,也许\n").toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.messages().size() == 3);
    CHECK(s.messages().at(0).contains(QStringLiteral(u"bad.csv 第3行第2列（所有制）")));
    CHECK(s.messages().at(0).contains(QStringLiteral(u"国营")));
    CHECK(s.messages().at(1).contains(QStringLiteral(u"第4行第3列（等级）")));
    CHECK(s.messages().at(2).contains(QStringLiteral(u"第4行第4列（医保定点）")));
    CHECK(parsed.isEmpty());
}

TEST_CASE("a registry CSV without a required column is refused")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("short.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制\n甲医院,公立\n").toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"缺少必填列“等级”")));
    CHECK(s.message().contains(QStringLiteral(u"缺少必填列“医保定点”")));
}

TEST_CASE("a registry CSV with a repeated or unknown column is refused, naming both columns")
{
    // Before, the second 名称 column (a synonym) and the unknown 地址 were dropped unread.
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("dup.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,机构名称,地址\n"
                                         u"甲医院,公立,二级,是,乙医院,中渡镇\n").toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"dup.csv 第1行第5列（机构名称）：与第1列（名称）都是“名称”列")));
    CHECK(s.message().contains(QStringLiteral(u"dup.csv 第1行第6列（地址）：无法识别的表头“地址”")));
    CHECK(parsed.isEmpty());

    // 序号 and blank headers over empty columns are what registers often have, and 状态 is
    // what the registry export adds: accepted, and 状态 changes nothing.
    test::writeFile(path, QStringLiteral(u"序号,名称,所有制,等级,医保定点,状态,\n1,甲医院,公立,二级,是,停用,\n").toUtf8());
    REQUIRE(InstitutionCsvImport::parseFile(path, {}, &parsed).isOk());
    REQUIRE(parsed.size() == 1);
    CHECK(parsed.first().active);
}

TEST_CASE("a registry CSV that is a FIFO or a device is refused without blocking")
{
    QTemporaryDir dir;
    QList<Institution> parsed;
    for (const QString &name : {QStringLiteral("registry.csv"), QStringLiteral("registry.xlsx")}) {
        const QString fifo = dir.filePath(name);
        test::makeFifo(fifo);
        const Status s = test::readsWithoutBlocking(fifo, [&] { return InstitutionImport::parseFile(fifo, {}, &parsed); });
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    }
    CHECK_FALSE(InstitutionImport::parseFile(QStringLiteral("/dev/zero"), {}, &parsed).isOk());
    CHECK(parsed.isEmpty());
}

TEST_CASE("an over-long registry entry is refused with its line and column")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("long.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,联系人\n甲医院,公立,二级,是,%1\n")
                              .arg(QString(TextLimits::kMaxChars + 1, QLatin1Char('x'))).toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"long.csv 第2行第5列")));
    CHECK(s.message().contains(QStringLiteral(u"上限")));
}

TEST_CASE("registry imports report look-alike names as duplicates and refuse control characters")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    const QString path = t.file(QStringLiteral("registry.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n鹿寨县人民医院,公立,三级,是\n").toUtf8());
    QList<Institution> parsed;
    REQUIRE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    REQUIRE(repo.saveAll(parsed).isOk());

    // Within the file.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n甲卫生院,公立,一级,是\n甲\u200D卫生院,公立,一级,是\n").toUtf8());
    Status s = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"第3行第1列")));
    CHECK(s.message().contains(QStringLiteral(u"在文件中重复出现")));

    // Against the registry: a look-alike is not a new institution, nor a silent rename.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n鹿寨县人民医院\u200E,公立,三级,是\n").toUtf8());
    s = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"第2行第1列")));
    CHECK(s.message().contains(QStringLiteral(u"视为重名")));

    // A quoted newline inside a name.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n\"乙卫生院\n丙卫生院\",公立,一级,是\n").toUtf8());
    s = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"控制字符")));
    CHECK(repo.count() == 1);
}

TEST_CASE("a registry's 开业日期 decides from which month an institution owes reports, and blank keeps what is stored")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("registry.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n"
                                         u"鹿寨县新开诊所,民营,一级及以下,否,2021年9月15日\n"
                                         u"鹿寨县人民医院,公立,三级,是,\n").toUtf8());
    InstitutionRepository repo(t.db());
    QList<Institution> parsed;
    REQUIRE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    REQUIRE(repo.saveAll(parsed).isOk());
    const auto clinic = repo.findByName(QStringLiteral(u"鹿寨县新开诊所"));
    REQUIRE(clinic);
    CHECK(clinic->activeFrom == QDate(2021, 9, 15));
    CHECK_FALSE(clinic->reportsIn(YearMonth(2021, 8)));
    CHECK(clinic->reportsIn(YearMonth(2021, 9)));
    // The hospital has been open since before any campaign: it owes every month.
    const auto hospital = repo.findByName(QStringLiteral(u"鹿寨县人民医院"));
    REQUIRE(hospital);
    CHECK_FALSE(hospital->activeFrom.isValid());
    CHECK(hospital->reportsIn(YearMonth(2021, 7)));

    // A later file without a date for the clinic leaves its date alone.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n鹿寨县新开诊所,民营,一级及以下,是,\n").toUtf8());
    REQUIRE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    REQUIRE(repo.saveAll(parsed).isOk());
    CHECK(repo.findByName(QStringLiteral(u"鹿寨县新开诊所"))->activeFrom == QDate(2021, 9, 15));

    // A day the calendar does not have is refused, naming the cell; nothing is taken.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n鹿寨县新开诊所,民营,一级及以下,否,2021-02-30\n").toUtf8());
    const Status bad = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral(u"第2行第5列（开业日期）")));
    CHECK(bad.message().contains(QStringLiteral("2021-02-30")));
    // A day count is a date only as a workbook's date cell; in a CSV it is refused.
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n鹿寨县新开诊所,民营,一级及以下,否,44454\n").toUtf8());
    CHECK_FALSE(InstitutionCsvImport::parseFile(path, repo.all(), &parsed).isOk());
    CHECK(DateText::parseCell(QStringLiteral("44454"), true) == QDate(2021, 9, 15));
}

TEST_CASE("a 开业日期 after a month the institution has reported is refused, naming that month — nothing is taken")
{
    test::DemoDatabase demo;
    InstitutionRepository repo(demo.db());
    // The demo institution with the earliest report, and that month.
    std::optional<Report> first;
    for (const Report &r : ReportRepository(demo.db()).all(demo.campaignId()))
        if (UnitKey::institutionId(r.unitKey) != 0 && (!first || r.period < first->period))
            first = r;
    REQUIRE(first);
    const auto inst = repo.find(UnitKey::institutionId(first->unitKey));
    REQUIRE(inst);
    const auto fileWith = [&](const QDate &opened) {
        const QString path = demo.file(QStringLiteral("registry.csv"));
        test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n%1,%2,%3,%4,%5\n")
                                  .arg(inst->name, ownershipLabel(inst->ownership), levelLabel(inst->level),
                                       yesNoLabel(inst->contracted), opened.toString(Qt::ISODate))
                                  .toUtf8());
        return path;
    };
    QList<Institution> parsed;
    REQUIRE(InstitutionCsvImport::parseFile(fileWith(first->period.next().firstDay()), repo.all(), &parsed).isOk());
    const Status s = repo.saveAll(parsed);
    INFO(s.message().toStdString());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(first->period.toChinese()));
    CHECK(repo.find(inst->id)->activeFrom == inst->activeFrom);
    // Opening within that month keeps its report on the forms.
    REQUIRE(InstitutionCsvImport::parseFile(fileWith(first->period.lastDay()), repo.all(), &parsed).isOk());
    CHECK(repo.saveAll(parsed).isOk());
    CHECK(repo.find(inst->id)->activeFrom == first->period.lastDay());
}

TEST_CASE("a date typed with full-width digits reads as the date it shows — days the calendar lacks and odd day counts do not")
{
    CHECK(DateText::parse(QStringLiteral(u"２０２１年７月１日")) == QDate(2021, 7, 1));
    CHECK(DateText::parse(QStringLiteral(u"２０２１－０７－０１")) == QDate(2021, 7, 1));
    CHECK(DateText::parse(QStringLiteral(u"２０２１／７／１")) == QDate(2021, 7, 1));
    CHECK(DateText::parse(QStringLiteral(u"　2021.7.1　")) == QDate(2021, 7, 1));
    for (const char16_t *bad : {u"2021-02-30", u"0000-01-01", u"2021-13-01", u"2021-00-10", u"21-7-1", u"2021年7月",
                                u"２０２１年１３月１日", u"2021-07-01 08:00"})
        CHECK_FALSE(DateText::parse(QString::fromUtf16(bad)).isValid());
    // Day counts only in a workbook, five digits, 1950 to 2100: not 0, 60 (Excel's 1900-02-29),
    // a negative or fractional one.
    for (const char *bad : {"0", "60", "-44454", "44454.5", "999999", "10000"})
        CHECK_FALSE(DateText::parseCell(QString::fromLatin1(bad), true).isValid());

    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("registry.csv"));
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点,开业日期\n鹿寨县新开诊所,民营,一级及以下,否,２０２１年９月１５日\n").toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, {}, &parsed);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    REQUIRE(parsed.size() == 1);
    CHECK(parsed.first().activeFrom == QDate(2021, 9, 15));
}

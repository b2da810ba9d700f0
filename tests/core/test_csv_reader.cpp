// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader follows RFC 4180 strictly and refuses what it would otherwise guess.
#include "SpecialFiles.h"
#include "TestSupport.h"

#include "forms/TextLimits.h"
#include "io/CsvReader.h"
#include "io/InstitutionCsvImport.h"

#include <QStringEncoder>
#include <QTemporaryDir>

using namespace qf;

namespace {

Status parse(const QString &text, QList<CsvRecord> *records)
{
    return CsvReader::parse(text, QStringLiteral("in.csv"), records);
}

} // namespace

TEST_CASE("an unclosed quote is refused with the line and column where it opened")
{
    // Before, the rest of the file became one field and the import reported success.
    QList<CsvRecord> r{CsvRecord{7, {QStringLiteral("kept")}}};
    const Status s = parse(QStringLiteral(u"名称,备注\n甲医院,好\n乙医院,\"没有闭合\n丙医院,x\n丁医院,y\n"), &r);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"in.csv 第3行第2列")));
    CHECK(s.message().contains(QStringLiteral(u"没有闭合")));
    REQUIRE(r.size() == 1);
    CHECK(r.first().line == 7);   // untouched

    // Quoted line ends before the unclosed quote move its line on.
    const Status later = parse(QStringLiteral("a,b\n\"x\ny\",\"z\r\nw\"\r\n1,\"2"), &r);
    REQUIRE_FALSE(later.isOk());
    CHECK(later.message().contains(QStringLiteral(u"第5行第2列")));
}

TEST_CASE("a quote inside an unquoted field or text after a closing quote is refused where it stands")
{
    QList<CsvRecord> r;
    const Status middle = parse(QStringLiteral("a,b,c\n1,ab\"c,3\n"), &r);
    REQUIRE_FALSE(middle.isOk());
    CHECK(middle.message().contains(QStringLiteral(u"in.csv 第2行第2列")));
    CHECK(middle.message().contains(QStringLiteral(u"引号出现在字段中间")));

    const Status after = parse(QStringLiteral("a,b,c\n1,2,\"ab\"c\n"), &r);
    REQUIRE_FALSE(after.isOk());
    CHECK(after.message().contains(QStringLiteral(u"in.csv 第2行第3列")));
    CHECK(after.message().contains(QStringLiteral(u"右引号后面还有“c”")));
    CHECK(r.isEmpty());
}

TEST_CASE("CR, LF and CRLF all end a line, a last line without one is a record, and the BOM is skipped")
{
    QList<CsvRecord> r;
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral(u"名称,备注\r甲,\"一\r二\"\r\n乙,b\n丙,c").toUtf8();
    REQUIRE(CsvReader::parseBytes(bytes, QStringLiteral("in.csv"), &r).isOk());
    REQUIRE(r.size() == 4);
    CHECK(r.at(0).fields == QStringList{QStringLiteral(u"名称"), QStringLiteral(u"备注")});
    CHECK(r.at(1).fields == QStringList{QStringLiteral(u"甲"), QStringLiteral(u"一\n二")});
    CHECK(r.at(1).line == 2);
    CHECK(r.at(2).line == 4);
    CHECK(r.at(3).fields == QStringList{QStringLiteral(u"丙"), QStringLiteral("c")});
    CHECK(r.at(3).line == 5);

    // A final quoted field and a final empty field count too.
    REQUIRE(parse(QStringLiteral("a,b\n\"x\",\"y\""), &r).isOk());
    REQUIRE(r.size() == 2);
    CHECK(r.at(1).fields == QStringList{QStringLiteral("x"), QStringLiteral("y")});
    REQUIRE(parse(QStringLiteral("a,b\nx,"), &r).isOk());
    CHECK(r.at(1).fields == QStringList{QStringLiteral("x"), QString()});
    // Rows of nothing but separators are what spreadsheets write for formatted rows.
    REQUIRE(parse(QStringLiteral("a,b\n,\n \t, \nx,y\n"), &r).isOk());
    REQUIRE(r.size() == 2);
    CHECK(r.at(1).line == 4);
}

TEST_CASE("invalid UTF-8 is refused with its line unless the whole file is GB18030")
{
    QString text, enc;
    QStringEncoder gbk("GB18030");
    const QByteArray gb = gbk.encode(QStringLiteral(u"名称,备注\n县人民医院,好\n"));
    REQUIRE(CsvReader::decode(gb, QStringLiteral("gbk.csv"), &text, &enc).isOk());
    CHECK(enc == QStringLiteral("GB18030"));
    CHECK(text.contains(QStringLiteral(u"县人民医院")));

    // Neither: 0xFF is no lead byte in UTF-8 or GB18030. Before, it was stored as U+FFFD.
    const QByteArray broken = QStringLiteral(u"名称,备注\n甲医院,好\n乙医院,").toUtf8() + QByteArray("\xFF\xFF") + "\n";
    const Status s = CsvReader::decode(broken, QStringLiteral("bad.csv"), &text, &enc);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"bad.csv 第3行")));
    CHECK(s.message().contains(QStringLiteral("0xff")));

    // A file that says it is UTF-8 (its BOM) and is not, is not second-guessed as GBK.
    const Status bom = CsvReader::decode(QByteArray("\xEF\xBB\xBF") + "a,b\r\n" + gb, QStringLiteral("bom.csv"), &text, &enc);
    REQUIRE_FALSE(bom.isOk());
    CHECK(bom.message().contains(QStringLiteral(u"bom.csv 第2行")));

    // A GB18030 sequence cut off at the end of the file is not a character either.
    const QByteArray second = gbk.encode(QStringLiteral(u"乙"));
    const QByteArray cut = gb + second.left(1);
    CHECK_FALSE(CsvReader::decode(cut, QStringLiteral("cut.csv"), &text, &enc).isOk());

    const Status utf16 = CsvReader::decode(QByteArray("\xFF\xFE" "a\0,\0", 6), QStringLiteral("u16.csv"), &text, &enc);
    REQUIRE_FALSE(utf16.isOk());
    CHECK(utf16.message().contains(QStringLiteral("UTF-16")));
}

TEST_CASE("a cell outside the header's columns is refused instead of dropped")
{
    // An unquoted "5,0" splits one figure into two cells: the shifted row ends past the header.
    QList<CsvRecord> r;
    const Status s = parse(QStringLiteral(u"表,单位,月份,(1)\n附件1,甲,2021-11,5,0\n附件1,乙,2021-11,1\n"), &r);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"in.csv 第2行第5列：“0”在表头的最后一列（第4列）之后")));
    CHECK(s.messages().size() == 1);

    const Status blank = parse(QStringLiteral(u"名称,,所有制\n甲医院,多出来的,公立\n乙医院,,公立\n"), &r);
    REQUIRE_FALSE(blank.isOk());
    CHECK(blank.message().contains(QStringLiteral(u"in.csv 第2行第2列：“多出来的”所在的列没有表头")));
    CHECK(blank.messages().size() == 1);
}

TEST_CASE("a field longer than the text limit is refused with its line and column")
{
    QList<CsvRecord> r;
    const QString fits(TextLimits::kMaxChars, QChar(u'字'));
    REQUIRE(parse(QStringLiteral(u"名称,备注\n甲,%1\n").arg(fits), &r).isOk());
    CHECK(r.at(1).fields.at(1).size() == TextLimits::kMaxChars);
    const Status s = parse(QStringLiteral(u"名称,备注\n甲,好\n乙,\"%1\"\n").arg(fits + QStringLiteral(u"多")), &r);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"in.csv 第3行第2列：内容有 %1 个字").arg(TextLimits::kMaxChars + 1)));
}

TEST_CASE("a file of thousands of columns is refused before it fills memory")
{
    QList<CsvRecord> r;
    const Status s = parse(QStringLiteral("a\n") + QString(CsvReader::kMaxFields + 5, QLatin1Char(',')), &r);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"in.csv 第2行")));
    CHECK(r.isEmpty());
}

TEST_CASE("CSV files are read only when they are regular files of a sane size")
{
    QTemporaryDir dir;
    QList<CsvRecord> r;
    const Status zero = CsvReader::readFile(QStringLiteral("/dev/zero"), &r);
    REQUIRE_FALSE(zero.isOk());
    CHECK(zero.message().contains(QStringLiteral(u"不是普通文件")));

    const QString fifo = dir.filePath(QStringLiteral("figures.csv"));
    test::makeFifo(fifo);
    const Status pipe = test::readsWithoutBlocking(fifo, [&] { return CsvReader::readFile(fifo, &r); });
    CHECK_FALSE(pipe.isOk());

    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(CsvReader::kMaxFileSize + 1));
    f.close();
    const Status large = CsvReader::readFile(big, &r);
    REQUIRE_FALSE(large.isOk());
    CHECK(large.message().contains(QStringLiteral(u"上限")));
    CHECK(r.isEmpty());
}

TEST_CASE("the CSV fixtures are read or refused as office programs and careless hands would make them")
{
    // The same files seed the CSV fuzz target.
    auto fixture = [](const char *name) { return test::dataPath(QStringLiteral("import/csv/") + QLatin1String(name)); };
    QList<Institution> registry;
    REQUIRE(InstitutionCsvImport::parseFile(fixture("registry-gbk.csv"), {}, &registry).isOk());
    REQUIRE(registry.size() == 2);
    CHECK(registry.at(1).name == QStringLiteral(u"鹿寨县康民大药房"));
    CHECK(registry.at(1).kind == InstitutionKind::Pharmacy);

    // CR-only line ends and a BOM: the quoted CR inside 联系人 stays in the field (read as a
    // line break), and a registry field may hold no line break, so the import names it.
    QList<CsvRecord> crRecords;
    REQUIRE(CsvReader::readFile(fixture("registry-cr-bom.csv"), &crRecords).isOk());
    REQUIRE(crRecords.size() == 3);
    CHECK(crRecords.at(1).fields.last() == QStringLiteral(u"张三\n李四"));
    CHECK(crRecords.at(2).fields.first() == QStringLiteral(u"鹿寨县康宁口腔诊所"));
    const Status cr = InstitutionCsvImport::parseFile(fixture("registry-cr-bom.csv"), {}, &registry);
    CHECK_FALSE(cr.isOk());
    CHECK(cr.message().contains(QStringLiteral(u"第2行：联系人含有控制字符")));

    struct Refused { const char *name; const char16_t *says; };
    const Refused refused[] = {
        {"registry-invalid-bytes.csv", u"registry-invalid-bytes.csv 第3行：有无法识别的字符（第 87 个字节 0xff）"},
        {"figures-unclosed-quote.csv", u"figures-unclosed-quote.csv 第3行第4列：这里开始的引号直到文件末尾都没有闭合"},
        {"figures-split-number.csv", u"figures-split-number.csv 第2行第6列：“20”在表头的最后一列（第5列）之后"},
        {"ledger-stray-quote.csv", u"ledger-stray-quote.csv 第2行第4列：右引号后面还有“收”"},
    };
    for (const Refused &r : refused) {
        QList<CsvRecord> records;
        const Status s = CsvReader::readFile(fixture(r.name), &records);
        INFO(r.name << ": " << s.message().toStdString());
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QString::fromUtf16(r.says)));
        CHECK(records.isEmpty());
    }
}

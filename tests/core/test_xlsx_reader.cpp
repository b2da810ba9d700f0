// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "xlsx/CellAddress.h"
#include "xlsx/CellRange.h"
#include "xlsx/XlsxWorkbook.h"
#include "xlsx/ZipArchive.h"

#include <QFile>
#include <QRandomGenerator>

#include <xlsxwriter.h>

using namespace qf;

using namespace qf::test;

TEST_CASE("cell addresses convert between A1 text and 0-based row and column")
{
    CHECK(CellAddress::parse(u"A1") == CellAddress(0, 0));
    CHECK(CellAddress::parse(u"B12") == CellAddress(11, 1));
    CHECK(CellAddress::parse(u"$C$3") == CellAddress(2, 2));
    CHECK(CellAddress::parse(u"xfd1048576") == CellAddress(1048575, 16383));
    for (const char16_t *bad : {u"", u"A", u"12", u"A0", u"A01", u"XFE1", u"A1048577", u"AAAA1", u"A1B", u"Ａ1", u"A99999999999"})
        CHECK_FALSE(CellAddress::parse(bad).isValid());
    CHECK(CellAddress::columnName(0) == QStringLiteral("A"));
    CHECK(CellAddress::columnName(25) == QStringLiteral("Z"));
    CHECK(CellAddress::columnName(26) == QStringLiteral("AA"));
    CHECK(CellAddress::columnName(701) == QStringLiteral("ZZ"));
    CHECK(CellAddress::columnName(702) == QStringLiteral("AAA"));
    CHECK(CellAddress::columnName(16383) == QStringLiteral("XFD"));
    CHECK(CellAddress::columnName(16384).isEmpty());
    CHECK(CellAddress::toString(11, 1) == QStringLiteral("B12"));
    for (int col : {0, 25, 26, 51, 52, 701, 702, 16383})
        CHECK(CellAddress::parseColumn(CellAddress::columnName(col)) == col);

    CellRange range;
    REQUIRE(CellRange::parse(u"C4:A2", &range));
    CHECK(range == CellRange{1, 0, 3, 2});
    CHECK(range.toString() == QStringLiteral("A2:C4"));
    CHECK(range.contains(2, 1));
    CHECK_FALSE(range.contains(4, 1));
    REQUIRE(CellRange::parse(u"D7", &range));
    CHECK(range.toString() == QStringLiteral("D7"));
    CHECK_FALSE(CellRange::parse(u"A1:", &range));
    CHECK_FALSE(CellRange::parse(u"A1:B2:C3", &range));
}

TEST_CASE("numbers typed as text are accepted only when unambiguous")
{
    auto number = [](const char16_t *text) {
        double v = -999;
        return XlsxCell::parseNumber(QString::fromUtf16(text), &v) ? v : -999;
    };
    CHECK(number(u"12") == 12);
    CHECK(number(u" 12 ") == 12);
    CHECK(number(u"\u3000１２\u00a0") == 12);         // full-width digits, ideographic and no-break spaces
    CHECK(number(u"－３．５") == -3.5);                // full-width minus and point
    CHECK(number(u"1,234,567") == 1234567);
    CHECK(number(u"１，２３４") == 1234);              // full-width comma as a thousands separator
    CHECK(number(u"-1,234.5") == -1234.5);
    CHECK(number(u"+7") == 7);
    for (const char16_t *refused : {u"1e3", u"1E3", u"2.5e-1", u"", u"  ", u"1,5", u"12,34", u"1,2345", u",123", u"1.234,5", u"12个", u"约10",
                                    u"10%", u"(5)", u"inf", u"nan", u"0x10", u"1 234", u"--1", u"１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０"})
        CHECK(number(refused) == -999);

    XlsxCell cell;
    double v = 0;
    CHECK_FALSE(cell.toNumber(&v));      // blank is not zero: the caller decides
    cell.type = XlsxCell::Boolean;
    cell.number = 1;
    CHECK_FALSE(cell.toNumber(&v));
    CHECK(cell.displayText() == QStringLiteral("TRUE"));
    cell.type = XlsxCell::Number;
    cell.number = 0.1 + 0.2;
    CHECK(cell.displayText() == QStringLiteral("0.3"));
    cell.number = -0.0;
    CHECK(cell.displayText() == QStringLiteral("0"));
    cell.number = 13800138000.0;
    CHECK(cell.displayText() == QStringLiteral("13800138000"));
    cell.type = XlsxCell::Text;
    cell.text = QStringLiteral(u" 3 ");
    REQUIRE(cell.toNumber(&v));
    CHECK(v == 3);
}

TEST_CASE("a workbook written by libxlsxwriter reads back with its values, merges and sheets")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(u"附件1.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(wb);
    lxw_worksheet *hidden = workbook_add_worksheet(wb, "hidden");
    lxw_worksheet *form = workbook_add_worksheet(wb, "附件1");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "说明");
    worksheet_write_string(hidden, 0, 0, "internal", nullptr);
    worksheet_hide(hidden);
    worksheet_activate(form);
    REQUIRE(worksheet_merge_range(form, 0, 0, 0, 3, "医疗机构专项整治工作统计表", nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_string(form, 1, 0, "单位", nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_number(form, 1, 1, 42, nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_number(form, 1, 2, 2.5, nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_formula_num(form, 1, 3, "=B2+C2", nullptr, 44.5) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_boolean(form, 2, 0, 0, nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_string(form, 2, 1, "12", nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_string(form, 99, 27, "far", nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_write_string(notes, 0, 0, "单位", nullptr) == LXW_NO_ERROR);   // shared with 附件1
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    XlsxWorkbook book;
    const Status s = XlsxWorkbook::open(path, &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(book.fileName() == QStringLiteral(u"附件1.xlsx"));
    CHECK(book.sheetNames() == QStringList{QStringLiteral("hidden"), QStringLiteral(u"附件1"), QStringLiteral(u"说明")});
    CHECK(book.sheetAt(0)->isHidden());
    REQUIRE(book.firstVisibleSheet() == book.sheet(QStringLiteral(u"附件1")));
    CHECK(book.sheet(QStringLiteral("HIDDEN")) == book.sheetAt(0));
    CHECK(book.sheet(QStringLiteral("nope")) == nullptr);
    CHECK(book.sheetAt(3) == nullptr);

    const XlsxSheet &sheet = *book.sheet(QStringLiteral(u"附件1"));
    CHECK(sheet.cell(0, 0).text == QStringLiteral(u"医疗机构专项整治工作统计表"));
    CHECK(sheet.cell(1, 0).text == QStringLiteral(u"单位"));
    CHECK(sheet.cell(1, 1).type == XlsxCell::Number);
    CHECK(sheet.cell(1, 1).number == 42);
    CHECK(sheet.cell(1, 2).displayText() == QStringLiteral("2.5"));
    CHECK(sheet.cell(1, 3).isFormula);
    CHECK(sheet.cell(1, 3).number == 44.5);
    CHECK(sheet.cell(2, 0).type == XlsxCell::Boolean);
    CHECK(sheet.cell(2, 0).displayText() == QStringLiteral("FALSE"));
    double v = 0;
    CHECK(sheet.cell(2, 1).type == XlsxCell::Text);
    CHECK((sheet.cell(2, 1).toNumber(&v) && v == 12));
    CHECK(sheet.cell(99, 27).text == QStringLiteral("far"));
    CHECK(sheet.rowCount() == 100);
    CHECK(sheet.columnCount() == 28);
    CHECK(sheet.cell(5, 5).isEmpty());
    CHECK(sheet.cell(-1, 0).isEmpty());
    CHECK(sheet.cell(0, 20000).isEmpty());
    REQUIRE(sheet.merges().size() == 1);
    CHECK(sheet.merges().first().toString() == QStringLiteral("A1:D1"));
    CHECK(sheet.mergeAt(0, 2).toString() == QStringLiteral("A1:D1"));
    CHECK(sheet.shownCell(0, 3).text == QStringLiteral(u"医疗机构专项整治工作统计表"));
    CHECK(sheet.shownCell(1, 1).number == 42);
    CHECK(book.sheet(QStringLiteral(u"说明"))->cell(0, 0).text == QStringLiteral(u"单位"));
}

TEST_CASE("a workbook written the LibreOffice and WPS way reads inline and rich strings and cached results")
{
    XlsxWorkbook book;
    const Status s = openBytes(zipParts(libreOfficeStyleParts()), &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    // Order and names come from workbook.xml, not from the part names.
    REQUIRE(book.sheetNames() == QStringList{QStringLiteral(u"附件1"), QStringLiteral(u"说明")});
    const XlsxSheet &sheet = *book.sheetAt(0);
    CHECK(sheet.cell(0, 0).text == QStringLiteral(u"单位名称"));
    CHECK(sheet.cell(0, 1).text == QStringLiteral(u"本月"));
    // Runs are joined, the whitespace-only run kept, the phonetic guide left out.
    CHECK(sheet.cell(1, 0).text == QStringLiteral(u"鹿寨县 人民医院"));
    CHECK(sheet.cell(1, 1).number == 12);
    CHECK_FALSE(sheet.cell(1, 1).isFormula);
    CHECK(sheet.cell(1, 2).isFormula);
    CHECK(sheet.cell(1, 2).number == 24);
    CHECK(sheet.cell(1, 3).type == XlsxCell::Text);
    CHECK(sheet.cell(1, 3).isFormula);
    CHECK(sheet.cell(1, 3).text == QStringLiteral(u"鹿寨县 人民医院"));
    CHECK(sheet.cell(1, 4).type == XlsxCell::Boolean);
    CHECK(sheet.cell(1, 4).number == 1);
    CHECK(sheet.cell(1, 5).type == XlsxCell::Error);
    CHECK(sheet.cell(1, 5).displayText() == QStringLiteral("#DIV/0!"));
    // The row and cells without r="" follow row 2 and each other; <c/> takes its column.
    CHECK(sheet.cell(2, 0).text == QStringLiteral(u"  两端空格  "));
    CHECK(sheet.cell(2, 1).text == QStringLiteral(u"缩进的文字"));
    CHECK(sheet.cell(2, 2).isEmpty());
    CHECK(sheet.cell(2, 3).number == -0.5);
    // A styled empty cell stores nothing; a formula without a cached result is kept as such.
    CHECK(sheet.cell(4, 0).isEmpty());
    CHECK_FALSE(sheet.cell(4, 0).isFormula);
    CHECK(sheet.cell(4, 1).isEmpty());
    CHECK(sheet.cell(4, 1).isFormula);
    CHECK(sheet.cell(4, 2).text == QStringLiteral(u"合计"));
    CHECK(sheet.rowCount() == 5);
    CHECK(sheet.columnCount() == 6);
    REQUIRE(sheet.merges().size() == 2);
    CHECK(sheet.mergeAt(1, 0).toString() == QStringLiteral("A1:A2"));
    CHECK(sheet.shownCell(1, 0).text == QStringLiteral(u"单位名称"));
    CHECK(sheet.shownCell(5, 3).text == QStringLiteral(u"合计"));
    CHECK(book.sheetAt(1)->cell(2, 1).text == QStringLiteral(u"填报说明"));
    CHECK(book.sheetAt(1)->rowCount() == 3);
}

TEST_CASE("prefixed and Strict OOXML documents read like plain ones")
{
    const QByteArray workbook = utf8(
        u"<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        u"<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        u"xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        u"<x:sheets><x:sheet name=\"报表\" sheetId=\"1\" rel:id=\"R7a\"/></x:sheets></x:workbook>");
    const QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"/xl/worksheets/sheet%201.xml\" Id=\"R7a\"/>"
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
        "Target=\"http://example.com/\" TargetMode=\"External\" Id=\"R8\"/></Relationships>";
    const QByteArray sheet = utf8(
        u"<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        u"xmlns:other=\"urn:example\"><x:sheetData>"
        u"<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>门诊</x:t></x:is></x:c>"
        u"<other:c r=\"C2\"><other:v>99</other:v></other:c><x:c r=\"D2\"><x:v>7</x:v></x:c></x:row>"
        u"</x:sheetData><x:mergeCells><x:mergeCell ref=\"B2:B3\"/></x:mergeCells></x:worksheet>");
    Parts parts{{QStringLiteral("[Content_Types].xml"), kContentTypes},
                {QStringLiteral("_rels/.rels"), kPackageRels},
                {QStringLiteral("xl/workbook.xml"), workbook},
                {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                {QStringLiteral("xl/worksheets/sheet 1.xml"), sheet}};
    XlsxWorkbook book;
    Status s = openBytes(zipParts(parts), &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(book.sheetNames() == QStringList{QStringLiteral(u"报表")});
    const XlsxSheet &x = *book.sheetAt(0);
    CHECK(x.cell(1, 1).text == QStringLiteral(u"门诊"));
    CHECK(x.cell(1, 2).isEmpty());   // an element of another namespace is not a cell
    CHECK(x.cell(1, 3).number == 7);
    CHECK(x.shownCell(2, 1).text == QStringLiteral(u"门诊"));

    // Strict OOXML, stored uncompressed, with the office document found through _rels/.rels only.
    QByteArray strictBook = workbook;
    strictBook.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");
    strictBook.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships");
    QByteArray strictSheet = sheet;
    strictSheet.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");
    QByteArray packageRels = kPackageRels;
    packageRels.replace("Target=\"xl/workbook.xml\"", "Target=\"/book/main.xml\"");
    Parts strict{{QStringLiteral("_rels/.rels"), packageRels},
                 {QStringLiteral("book/main.xml"), strictBook},
                 {QStringLiteral("book/_rels/main.xml.rels"), QByteArray(rels).replace("/xl/worksheets/", "../book/sheets/")},
                 {QStringLiteral("BOOK/Sheets/Sheet 1.xml"), strictSheet}};
    s = openBytes(zipParts(strict, 0), &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(book.sheetAt(0)->cell(1, 3).number == 7);
}

TEST_CASE("files that are not readable workbooks get a clear message naming the file")
{
    auto messageOf = [](const QByteArray &bytes) {
        const Status s = openBytes(bytes);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"上报.xlsx")));
        return s.message();
    };
    CHECK(messageOf(QByteArray()).contains(QStringLiteral(u"空文件")));
    CHECK(messageOf(utf8(u"名称,所有制\n甲医院,公立\n")).contains(QStringLiteral(u"不是 .xlsx 工作簿")));
    // Excel's and WPS's password protection, and old .xls files: OLE compound documents.
    CHECK(messageOf(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'))
              .contains(QStringLiteral(u"加密或旧版 .xls")));
    // Truncated in the middle: the ZIP directory at the end is gone.
    const QByteArray good = zipParts(libreOfficeStyleParts());
    CHECK(messageOf(good.left(good.size() / 2)).contains(QStringLiteral(u"不是 .xlsx 工作簿")));
    CHECK(messageOf(zipParts({{QStringLiteral("word/document.xml"), "<w:document/>"}}))
              .contains(QStringLiteral(u"缺少 xl/workbook.xml")));
    CHECK(messageOf(zipParts({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                              {QStringLiteral("content.xml"), "<office:document-content/>"}}))
              .contains(QStringLiteral(u"OpenDocument")));
    CHECK(messageOf(zipParts({{QStringLiteral("_rels/.rels"), QByteArray(kPackageRels).replace("workbook.xml", "workbook.bin")},
                              {QStringLiteral("xl/workbook.bin"), QByteArray(64, '\x83')}}))
              .contains(QStringLiteral(u"二进制工作簿（.xlsb）")));
}

TEST_CASE("damaged parts of a workbook are reported by part, sheet and cell")
{
    auto messageOf = [](const Parts &parts) {
        const Status s = openBytes(zipParts(parts));
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().startsWith(QStringLiteral(u"上报.xlsx")));
        return s.message();
    };
    const Parts good = libreOfficeStyleParts();
    QString m = messageOf(withPart(good, QStringLiteral("xl/worksheets/sheet2.xml"), "<worksheet><sheetData><row><c><v>1</v></row>"));
    CHECK(m.contains(QStringLiteral(u"工作表“附件1”（xl/worksheets/sheet2.xml） 第 1 行")));
    CHECK(m.contains(QStringLiteral(u"XML 格式错误")));
    m = messageOf(withPart(good, QStringLiteral("xl/workbook.xml"), "<?xml version=\"1.0\"?><workbook><sheets>"));
    CHECK(m.contains(QStringLiteral(u"xl/workbook.xml 第 1 行")));
    m = messageOf(withPart(good, QStringLiteral("xl/sharedStrings.xml"),
                           "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaa\">]><sst><si><t>&a;</t></si></sst>"));
    CHECK(m.contains(QStringLiteral(u"xl/sharedStrings.xml 含有 DTD")));
    m = messageOf(withPart(good, QStringLiteral("xl/workbook.xml"),
                           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"));
    CHECK(m.contains(QStringLiteral(u"没有列出任何工作表")));
    CHECK(messageOf(withoutPart(good, QStringLiteral("xl/_rels/workbook.xml.rels"))).contains(QStringLiteral(u"缺少 xl/_rels/workbook.xml.rels")));
    CHECK(messageOf(withoutPart(good, QStringLiteral("xl/worksheets/sheet1.xml")))
              .contains(QStringLiteral(u"缺少工作表“说明”的内容（xl/worksheets/sheet1.xml）")));
    CHECK(messageOf(singleSheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>17</v></c></row>"))
              .contains(QStringLiteral(u"工作表“附件1” 单元格 B3 引用了不存在的共享字符串 17")));
    CHECK(messageOf(singleSheet("<row r=\"3\"><c r=\"C3\"><v>12abc</v></c></row>"))
              .contains(QStringLiteral(u"工作表“附件1” 单元格 C3 的数值“12abc”无效")));
    CHECK(messageOf(singleSheet("<row><c r=\"D1\"><v>inf</v></c></row>")).contains(QStringLiteral(u"D1 的数值“inf”无效")));
    CHECK(messageOf(singleSheet("<row><c r=\"A1\" t=\"b\"><v>maybe</v></c></row>")).contains(QStringLiteral(u"逻辑值")));
    // Indices beyond Excel's grid are refused instead of allocated.
    CHECK(messageOf(singleSheet("<row r=\"1048577\"><c><v>1</v></c></row>")).contains(QStringLiteral(u"行号“1048577”无效")));
    CHECK(messageOf(singleSheet("<row r=\"99999999999999\"><c><v>1</v></c></row>")).contains(QStringLiteral(u"无效或超出 Excel 的范围")));
    CHECK(messageOf(singleSheet("<row><c r=\"XFE1\"><v>1</v></c></row>")).contains(QStringLiteral(u"单元格地址“XFE1”无效")));
    CHECK(messageOf(singleSheet("<row r=\"1048576\"/><row><c><v>1</v></c></row>")).contains(QStringLiteral(u"行号“1048577”")));
    QByteArray wideRow = "<row>";
    for (int i = 0; i <= CellAddress::MaxColumns; ++i)
        wideRow += "<c/>";
    CHECK(messageOf(singleSheet(wideRow + "</row>")).contains(QStringLiteral(u"超出 Excel 的列范围")));
    m = messageOf(withPart(good, QStringLiteral("xl/worksheets/sheet2.xml"),
                           "<worksheet><sheetData/><mergeCells><mergeCell ref=\"A1:ZZZZ9\"/></mergeCells></worksheet>"));
    CHECK(m.contains(QStringLiteral(u"合并区域“A1:ZZZZ9”无效")));
}

TEST_CASE("oversized parts and cell floods are refused without inflating them")
{
    // 65 MiB of spaces deflate to about 64 KiB: a small zip bomb.
    const QByteArray bomb = zipParts(withPart(libreOfficeStyleParts(), QStringLiteral("xl/worksheets/sheet2.xml"),
                                              QByteArray(int(ZipArchive::MaxPartSize) + (1 << 20), ' ')));
    CHECK(bomb.size() < 1 << 20);
    Status s = openBytes(bomb);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"xl/worksheets/sheet2.xml 解压后过大")));

    // Two million and a few empty shared strings: small on disk, refused by count.
    QByteArray flood = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (int i = 0; i < 2000010; ++i)
        flood += "<si/>";
    flood += "</sst>";
    s = openBytes(zipParts(withPart(libreOfficeStyleParts(), QStringLiteral("xl/sharedStrings.xml"), flood)));
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"过多")));
}

TEST_CASE("damaged copies of a workbook never crash the reader")
{
    // Byte flips and truncations of the package (mostly caught by ZIP and CRC checks) and of
    // the XML inside an intact package (caught by the parsers). Each either reads or explains.
    const Parts parts = libreOfficeStyleParts();
    const QByteArray good = zipParts(parts);
    QRandomGenerator random(20210312);
    int failures = 0, successes = 0;
    auto check = [&](const QByteArray &bytes) {
        XlsxWorkbook book;
        const Status s = openBytes(bytes, &book);
        if (s.isOk()) {
            ++successes;
            REQUIRE(book.sheetCount() > 0);
            for (int i = 0; i < book.sheetCount(); ++i) {
                const XlsxSheet *sheet = book.sheetAt(i);
                CHECK(sheet->rowCount() <= CellAddress::MaxRows);
                for (int r = 0; r < std::min(sheet->rowCount(), 50); ++r)
                    for (int c = 0; c < std::min(sheet->columnCount(), 50); ++c)
                        (void)sheet->shownCell(r, c).displayText();
            }
        } else {
            ++failures;
            REQUIRE(s.messages().size() == 1);
            REQUIRE(s.message().contains(QStringLiteral(u"上报.xlsx")));
        }
    };
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes = good;
        if (i % 4 == 3) {
            bytes.truncate(random.bounded(bytes.size()));
        } else {
            for (int flips = 1 + random.bounded(8); flips > 0; --flips)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
        }
        check(bytes);
    }
    for (int i = 0; i < 200; ++i) {
        Parts mutated = parts;
        QByteArray &xml = mutated[2 + random.bounded(int(mutated.size()) - 2)].second;
        if (i % 3 == 0) {
            xml.truncate(random.bounded(xml.size()));
        } else {
            for (int flips = 1 + random.bounded(4); flips > 0; --flips)
                xml[random.bounded(xml.size())] = "<>/\"=&; x0A9:"[random.bounded(13)];
        }
        check(zipParts(mutated));
    }
    CHECK(failures > 100);
    CHECK(successes > 0);
}

TEST_CASE("a workbook saved by LibreOffice Calc reads back as it was entered")
{
    // tests/data/xlsx/libreoffice.xlsx is libreoffice.fods converted by LibreOffice 7.4:
    // soffice --headless --convert-to xlsx libreoffice.fods
    XlsxWorkbook book;
    const Status s = XlsxWorkbook::open(test::dataPath(QStringLiteral("xlsx/libreoffice.xlsx")), &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(book.sheetNames() == QStringList{QStringLiteral(u"附件1"), QStringLiteral(u"说明")});
    const XlsxSheet &sheet = *book.sheetAt(0);
    CHECK(sheet.shownCell(0, 3).text == QStringLiteral(u"医疗机构专项整治工作统计表"));
    CHECK(sheet.cell(1, 0).text == QStringLiteral(u"鹿寨县人民医院"));
    CHECK(sheet.cell(1, 1).number == 12);
    CHECK((sheet.cell(1, 2).isFormula && sheet.cell(1, 2).number == 24));
    CHECK(sheet.cell(1, 3).number == 1);   // Calc has no boolean type: TRUE is 1 formatted as a boolean
    CHECK(sheet.cell(1, 4).type == XlsxCell::Error);
    CHECK(sheet.cell(1, 4).text == QStringLiteral("#DIV/0!"));
    double v = 0;
    CHECK((sheet.cell(2, 0).toNumber(&v) && v == 12));
    CHECK(sheet.cell(2, 1).text == QStringLiteral(u"  两端空格  "));
    CHECK((sheet.cell(2, 2).isFormula && sheet.cell(2, 2).text == QStringLiteral(u"鹿寨县人民医院")));
    CHECK(sheet.cell(2, 3).number == -0.5);
    CHECK(sheet.shownCell(5, 1).number == 12);
    CHECK(sheet.rowCount() == 5);
    CHECK(sheet.columnCount() == 5);
    CHECK(book.sheetAt(1)->cell(1, 1).text == QStringLiteral(u"填报说明"));
}

TEST_CASE("a cell or a row given twice is refused, naming sheet and cell")
{
    auto messageOf = [](const QByteArray &sheetData) {
        const Status s = openBytes(zipParts(singleSheet(sheetData)));
        REQUIRE_FALSE(s.isOk());
        return s.message();
    };
    CHECK(messageOf("<row r=\"7\"><c r=\"C7\"><v>4</v></c><c r=\"C7\"><v>40</v></c></row>")
              .contains(QStringLiteral(u"工作表“附件1” 的单元格 C7 出现了两次")));
    CHECK(messageOf("<row r=\"7\"><c r=\"C7\"><v>4</v></c></row><row r=\"7\"><c r=\"D7\"><v>50</v></c></row>")
              .contains(QStringLiteral(u"工作表“附件1” 的第 7 行出现了两次")));
    // A cell without an address that lands on one already given.
    CHECK(messageOf("<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>2</v></c><c><v>3</v></c></row>")
              .contains(QStringLiteral(u"单元格 B2 出现了两次")));
    // Distinct rows and cells, also without addresses, read as before.
    CHECK(openBytes(zipParts(singleSheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"))));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "io/InstitutionImport.h"
#include "io/InstitutionXlsxImport.h"
#include "storage/InstitutionRepository.h"
#include "xlsx/XlsxSheet.h"

#include <QFile>

#include <sys/stat.h>

#include <xlsxwriter.h>

using namespace qf;

namespace {

// A registry the way a bureau keeps one in Excel: a merged title, the header on row 2,
// 乡镇 merged down over the institutions of one township ("^" in the row below), a phone
// typed as a number, blank rows, and a second sheet of notes.
void writeRegistry(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                   bool mergeTownship = true)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "名册");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "说明");
    REQUIRE(worksheet_write_string(notes, 0, 0, "名称 所有制 等级", nullptr) == LXW_NO_ERROR);
    REQUIRE(worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(header.size() - 1), "鹿寨县医疗机构名册", nullptr) == LXW_NO_ERROR);
    for (int c = 0; c < header.size(); ++c)
        REQUIRE(worksheet_write_string(ws, 1, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr) == LXW_NO_ERROR);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString text = rows.at(r).at(c);
            const lxw_row_t row = lxw_row_t(r + 2);
            if (text.isEmpty())
                continue;
            if (header.at(c) == QStringLiteral(u"乡镇") && mergeTownship && r + 1 < rows.size()
                && rows.at(r + 1).value(c) == QStringLiteral("^")) {
                REQUIRE(worksheet_merge_range(ws, row, lxw_col_t(c), row + 1, lxw_col_t(c), text.toUtf8().constData(), nullptr)
                        == LXW_NO_ERROR);
            } else if (text == QStringLiteral("^")) {
                continue;   // covered by the merge above
            } else if (header.at(c) == QStringLiteral(u"举报电话") && !text.contains(QLatin1Char('-'))) {
                REQUIRE(worksheet_write_number(ws, row, lxw_col_t(c), text.toDouble(), nullptr) == LXW_NO_ERROR);
            } else {
                REQUIRE(worksheet_write_string(ws, row, lxw_col_t(c), text.toUtf8().constData(), nullptr) == LXW_NO_ERROR);
            }
        }
    }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

const QStringList kHeader{QStringLiteral(u"单位名称"), QStringLiteral(u"等级"), QStringLiteral(u"所有制"),
                          QStringLiteral(u"医保定点"), QStringLiteral(u"类别"), QStringLiteral(u"乡镇"),
                          QStringLiteral(u"举报电话")};

QStringList row(const char16_t *csv)
{
    return QString::fromUtf16(csv).split(QLatin1Char(','));
}

} // namespace

TEST_CASE("the registry imports from an Excel workbook with a title row and merged townships")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("registry.xlsx"));
    writeRegistry(path, kHeader,
                  {row(u"鹿寨县人民医院,三级,公立,是,医疗机构,鹿寨镇,0772-6812120"),
                   row(u"鹿寨县中医医院,二级,公立,是,医疗机构,^,6812345"),
                   row(u",,,,,,"),
                   row(u"鹿寨县康民大药房,一级及以下,民营,是,定点零售药店,中渡镇,")});
    QString out, err;
    const int rc = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("institutions"), QStringLiteral("import"), path},
                                &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    CHECK(out.contains(QStringLiteral(u"已导入 3 家机构（新增 3，更新 0）")));
    InstitutionRepository repo(t.db());
    REQUIRE(repo.count() == 3);
    const auto tcm = repo.findByName(QStringLiteral(u"鹿寨县中医医院"));
    REQUIRE(tcm);
    CHECK(tcm->township == QStringLiteral(u"鹿寨镇"));       // from the merged cell above
    CHECK(tcm->reportPhone == QStringLiteral("6812345"));    // typed as a number
    CHECK(tcm->level == Level::Secondary);
    const auto pharmacy = repo.findByName(QStringLiteral(u"鹿寨县康民大药房"));
    REQUIRE(pharmacy);
    CHECK(pharmacy->kind == InstitutionKind::Pharmacy);
    CHECK(pharmacy->ownership == Ownership::Private);
    CHECK(repo.findByName(QStringLiteral(u"鹿寨县人民医院"))->reportPhone == QStringLiteral("0772-6812120"));
}

TEST_CASE("a bad cell in a registry workbook is named by sheet and cell and nothing is imported")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("registry.xlsx"));
    writeRegistry(path, kHeader,
                  {row(u"甲医院,二级,公立,是,医疗机构,鹿寨镇,"),
                   row(u"乙医院,二级,国营,是,医疗机构,鹿寨镇,"),
                   row(u"丙医院,五级,民营,也许,医疗机构,中渡镇,")});
    QList<Institution> parsed;
    const Status s = InstitutionImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    REQUIRE(s.messages().size() == 3);
    CHECK(s.messages().at(0).startsWith(QStringLiteral(u"registry.xlsx 工作表“名册” C4（所有制）：")));
    CHECK(s.messages().at(0).contains(QStringLiteral(u"国营")));
    CHECK(s.messages().at(1).startsWith(QStringLiteral(u"registry.xlsx 工作表“名册” B5（等级）：")));
    CHECK(s.messages().at(2).startsWith(QStringLiteral(u"registry.xlsx 工作表“名册” D5（医保定点）：")));
    CHECK(parsed.isEmpty());

    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("institutions"), QStringLiteral("import"), path},
                       &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"工作表“名册” C4（所有制）")));
    CHECK(err.contains(QStringLiteral(u"未导入任何机构")));
    CHECK(InstitutionRepository(t.db()).count() == 0);
}

TEST_CASE("a registry workbook without a required column names the header row")
{
    test::TempDatabase t;
    const QString path = t.file(QStringLiteral("short.xlsx"));
    writeRegistry(path, {QStringLiteral(u"名称"), QStringLiteral(u"所有制")}, {row(u"甲医院,公立")});
    QList<Institution> parsed;
    const Status s = InstitutionImport::parseFile(path, {}, &parsed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"short.xlsx 工作表“名册” 第2行：缺少必填列“等级”")));
    CHECK(s.message().contains(QStringLiteral(u"缺少必填列“医保定点”")));
}

TEST_CASE("the registry import tells workbooks from CSV by extension and content")
{
    test::TempDatabase t;
    const QString xlsx = t.file(QStringLiteral("registry.xlsx"));
    writeRegistry(xlsx, kHeader, {row(u"甲医院,二级,公立,是,医疗机构,鹿寨镇,")});
    CHECK(InstitutionImport::isWorkbook(xlsx));
    // Renamed by a mail program: still read as the workbook it is.
    const QString renamed = t.file(QStringLiteral("registry.csv"));
    REQUIRE(QFile::copy(xlsx, renamed));
    CHECK(InstitutionImport::isWorkbook(renamed));
    QList<Institution> parsed;
    REQUIRE(InstitutionImport::parseFile(renamed, {}, &parsed).isOk());
    CHECK(parsed.size() == 1);

    const QString csv = t.file(QStringLiteral("plain.csv"));
    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n乙医院,民营,一级及以下,否\n").toUtf8());
    CHECK_FALSE(InstitutionImport::isWorkbook(csv));
    REQUIRE(InstitutionImport::parseFile(csv, {}, &parsed).isOk());
    CHECK(parsed.first().name == QStringLiteral(u"乙医院"));

    // An encrypted workbook (or an old .xls) gets its explanation, whatever its name.
    const QString locked = t.file(QStringLiteral(u"名册.xls"));
    test::writeFile(locked, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, '\0'));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("institutions"), QStringLiteral("import"), locked},
                       &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"名册.xls 是加密或旧版 .xls 格式的工作簿")));
}

TEST_CASE("a registry workbook with a cell at XFD1048576 reads in the time its few cells take")
{
    test::TempDatabase t;
    const QString plain = t.file(QStringLiteral("plain.xlsx"));
    writeRegistry(plain, kHeader,
                  {row(u"鹿寨县人民医院,三级,公立,是,医疗机构,鹿寨镇,0772-6812120"),
                   row(u"鹿寨县中医医院,二级,公立,是,医疗机构,^,6812345")});
    QFile in(plain);
    REQUIRE(in.open(QIODevice::ReadOnly));
    test::Parts parts = test::unzipParts(in.readAll());
    bool patched = false;
    for (auto &part : parts) {
        if (part.first != QStringLiteral("xl/worksheets/sheet1.xml"))
            continue;
        // The last cell of the grid, and one far right in the title row.
        // (XFD1 goes into the title row itself: a second <row r="1"> is refused as a row given twice.)
        part.second.insert(part.second.indexOf("</row>"), "<c r=\"XFD1\"><v>2</v></c>");
        part.second.replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>");
        patched = true;
    }
    REQUIRE(patched);
    const QString far = t.file(QStringLiteral("far.xlsx"));
    test::writeFile(far, test::zipParts(parts));

    const qint64 before = XlsxSheet::lookups();
    QList<Institution> imported;
    const Status s = InstitutionXlsxImport::parseFile(far, {}, &imported);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(imported.size() == 2);
    CHECK(imported.at(1).township == QStringLiteral(u"鹿寨镇"));
    // Each of the few rows is read across the header's seven columns, never across 16,384.
    CHECK(XlsxSheet::lookups() - before < 500);
}

TEST_CASE("the registry import reads only regular files, whatever they are named")
{
    test::TempDatabase t;
    const QString fifo = t.file(QStringLiteral("registry.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(InstitutionImport::isWorkbook(fifo));   // returns at once: nothing opened it
    for (const QString &path : {fifo, QStringLiteral("/dev/zero"), t.dir()}) {
        INFO(path.toStdString());
        QList<Institution> parsed;
        const Status s = InstitutionImport::parseFile(path, {}, &parsed);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"%1 不是普通文件").arg(path)));
        CHECK(parsed.isEmpty());
    }
}

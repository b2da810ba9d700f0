// SPDX-License-Identifier: GPL-3.0-or-later
// 导出报表（Excel）as one action for the window and the CLI: what it writes is read back
// with the project's own reader and compared with the forms it says it exported.
#include "TestSupport.h"

#include "actions/ExportForms.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxFormSheet.h"
#include "xlsx/XlsxWorkbook.h"

#include <QFile>

using namespace qf;
using namespace Qt::StringLiterals;

namespace {

const YearMonth kMonth(2021, 10);

FormExportRequest request(test::DemoDatabase &f, int form, const QString &path)
{
    FormExportRequest r;
    r.campaign = f.campaign();
    r.month = kMonth;
    r.form = form;
    r.fillDate = QDate(2021, 11, 10);
    r.path = path;
    return r;
}

/// Every body cell of the sheet against the form it was written from; returns how many
/// figures were not zero, so that a sheet of blanks cannot pass for a match.
int compareSheet(const XlsxSheet &sheet, const FormTable &table)
{
    REQUIRE(table.form);
    CHECK(sheet.name() == table.form->attachment);
    CHECK(sheet.shownCell(XlsxFormSheet::kTitleRow, 0).text == table.title);
    const int top = XlsxFormSheet::kHeaderTop + table.headerRowCount();
    const int labels = table.form->labelColumnCount();
    int figures = 0;
    for (int r = 0; r < table.rows.size(); ++r) {
        const FormRow &row = table.rows.at(r);
        for (const SpanCell &c : row.labels) {
            INFO("label at body row " << c.row << " column " << c.col);
            // The sheet breaks a long label into lines (医保定点\n医疗机构); the words stay.
            CHECK(QString(sheet.cell(top + c.row, c.col).text).remove(u'\n') == c.text);
        }
        for (int j = 0; j < table.form->columns.size(); ++j) {
            const FormColumn &column = table.form->columns.at(j);
            const FormValue &v = row.values.at(j);
            const XlsxCell cell = sheet.cell(top + r, labels + j);
            INFO(table.form->attachment << " body row " << r << " column (" << column.number << ")");
            if (column.kind == ColumnKind::Text) {
                CHECK(cell.text == v.text);
            } else if (!v.present) {
                CHECK(cell.isBlank());
            } else {
                REQUIRE(cell.type == XlsxCell::Number);
                CHECK(cell.number == Approx(v.number).margin(1e-6));
                figures += v.number != 0 ? 1 : 0;
            }
        }
    }
    // The line under the sheet's title holds the table's 填报时间.
    bool dated = false;
    for (int c = 0; c < table.gridColumnCount(); ++c)
        dated = dated || sheet.cell(XlsxFormSheet::kLineRow, c).text == table.dateLine();
    CHECK(dated);
    return figures;
}

/// Gives one demo report of 附件1 more 完成整改问题 (2) than 发现问题 (1): an error.
void breakMonth(test::DemoDatabase &f)
{
    for (Report r : ReportRepository(f.db()).all(f.campaignId()))
        if (r.form == 1 && r.period == kMonth && !r.unitKey.isEmpty()) {
            r.numbers[2] = r.numbers.value(1) + 5;
            const Status saved = ReportRepository(f.db()).save(r);
            INFO(saved.message());
            REQUIRE(saved.isOk());
            return;
        }
    FAIL("the demo has no 附件1 report for the month");
}

} // namespace

TEST_CASE("export action: the month's three forms land in one workbook, cell for cell as the forms it checked", "[engines]")
{
    test::DemoDatabase f;
    const QString path = f.file(u"月报.xlsx"_s);
    const FormExportResult result = ExportForms::run(f.db(), request(f, 0, path));
    INFO(result.status.message().toStdString());
    REQUIRE(result.outcome == FormExportResult::Outcome::Written);
    CHECK(result.path == path);
    CHECK(result.errorCount() == 0);
    REQUIRE(result.tables.size() == 3);

    XlsxWorkbook book;
    const Status read = XlsxWorkbook::open(path, &book);
    INFO(read.message().toStdString());
    REQUIRE(read.isOk());
    CHECK(book.sheetNames() == QStringList({u"附件1"_s, u"附件2"_s, u"附件3"_s}));
    CHECK(result.sheetNames() == book.sheetNames());
    int figures = 0;
    for (int i = 0; i < 3; ++i) {
        CHECK(result.tables.at(i).period == kMonth);
        CHECK(result.tables.at(i).fillDate == QDate(2021, 11, 10));
        figures += compareSheet(*book.sheetAt(i), result.tables.at(i));
    }
    CHECK(figures > 0);
}

TEST_CASE("export action: one form to a folder gets the default name, then a wrong form or no month writes nothing")
{
    test::DemoDatabase f;
    const Campaign campaign = f.campaign();
    CHECK(ExportForms::defaultFileName(campaign, YearMonth(2021, 11), 0) == u"鹿寨县2021年11月统计表（附件1-3）.xlsx"_s);
    CHECK(ExportForms::defaultFileName(campaign, YearMonth(2021, 11), 2) == u"鹿寨县2021年11月附件2.xlsx"_s);
    Campaign odd = campaign;
    odd.county = u"新/县:"_s;
    CHECK(ExportForms::defaultFileName(odd, YearMonth(2021, 9), 1) == u"新_县_2021年9月附件1.xlsx"_s);

    const FormExportResult one = ExportForms::run(f.db(), request(f, 2, f.dir()));
    INFO(one.status.message().toStdString());
    REQUIRE(one.isWritten());
    CHECK(one.path == QDir(f.dir()).filePath(u"鹿寨县2021年10月附件2.xlsx"_s));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(one.path, &book).isOk());
    REQUIRE(book.sheetCount() == 1);
    REQUIRE(one.tables.size() == 1);
    CHECK(compareSheet(*book.sheetAt(0), one.tables.first()) > 0);

    const QString path = f.file(u"x.xlsx"_s);
    FormExportResult wrong = ExportForms::run(f.db(), request(f, 4, path));
    CHECK(wrong.outcome == FormExportResult::Outcome::Failed);
    CHECK(wrong.status.message().contains(u"附件4"_s));
    FormExportRequest noMonth = request(f, 0, path);
    noMonth.month = YearMonth();
    wrong = ExportForms::run(f.db(), noMonth);
    CHECK(wrong.outcome == FormExportResult::Outcome::Failed);
    CHECK_FALSE(wrong.status.isOk());
    CHECK_FALSE(QFile::exists(path));
    // A folder that is not there: the writer's failure comes back as it is.
    wrong = ExportForms::run(f.db(), request(f, 0, f.file(u"没有/x.xlsx"_s)));
    CHECK(wrong.outcome == FormExportResult::Outcome::Failed);
    CHECK(wrong.status.message().contains(u"不存在"_s));
}

TEST_CASE("export action: errors refuse the export and leave the old file as it was, then force writes it", "[engines]")
{
    test::DemoDatabase f;
    breakMonth(f);
    const QString path = f.file(u"月报.xlsx"_s);
    const QByteArray old("the workbook of last time");
    test::writeFile(path, old);

    const FormExportResult refused = ExportForms::run(f.db(), request(f, 0, path));
    CHECK(refused.outcome == FormExportResult::Outcome::Refused);
    CHECK(refused.errorCount() >= 1);
    CHECK(refused.status.message().contains(u"2021年10月"_s));
    bool named = false;
    for (const Finding &finding : refused.findings)
        named = named || (finding.isError() && finding.form == 1 && !finding.unitName.isEmpty() && finding.column > 0);
    CHECK(named);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == old);
    }
    // Nothing was left beside it either: the folder holds the database and the old file.
    const QStringList beside = QDir(f.dir()).entryList(QDir::Files | QDir::Hidden);
    CHECK_FALSE(std::any_of(beside.cbegin(), beside.cend(), [](const QString &n) { return n.startsWith(u".月报"_s); }));

    FormExportRequest forced = request(f, 0, path);
    forced.force = true;
    const FormExportResult written = ExportForms::run(f.db(), forced);
    INFO(written.status.message().toStdString());
    REQUIRE(written.isWritten());
    CHECK(written.errorCount() == refused.errorCount());
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book).isOk());
    REQUIRE(book.sheetCount() == 3);
    compareSheet(*book.sheetAt(0), written.tables.first());
}

TEST_CASE("cli: export to a folder writes the workbook under the default name")
{
    test::DemoDatabase f;
    const QString folder = f.file(u"报表"_s);
    REQUIRE(QDir().mkpath(folder));
    QString out, err;
    const int status = test::runCli({u"--db"_s, f.path(), u"export"_s, u"--form"_s, u"all"_s, u"--month"_s, u"2021-10"_s,
                                     u"--out"_s, folder, u"--date"_s, u"2021-11-10"_s},
                                    &out, &err);
    INFO(err);
    CHECK(status == 0);
    const QString path = QDir(folder).filePath(u"鹿寨县2021年10月统计表（附件1-3）.xlsx"_s);
    CHECK(out.contains(QDir::toNativeSeparators(path)));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book).isOk());
    CHECK(book.sheetNames() == QStringList({u"附件1"_s, u"附件2"_s, u"附件3"_s}));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Blank templates out, filled workbooks back in.
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "campaign/SubmissionTracker.h"
#include "forms/Finding.h"
#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/CellAddress.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTranslator>
#include <xlsxwriter.h>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);

/// How a person changes a cell in a spreadsheet program.
struct Edit
{
    enum Kind { Number, Text, Formula, Blank } kind = Number;
    double value = 0;
    QString text;      ///< Text: what was typed; Formula: the formula
};

/// Writes `from` again as a spreadsheet program saves it after editing: every value and
/// merge kept, some cells changed (numbers typed as text, formulas with their cached
/// results), plus a sheet of the user's own at the end.
void saveEdited(const QString &from, const QString &to, const QHash<QString, QHash<QString, Edit>> &edits)
{
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(from, &book));
    lxw_workbook *wb = workbook_new(QFile::encodeName(to).constData());
    REQUIRE(wb);
    for (int i = 0; i < book.sheetCount(); ++i) {
        const XlsxSheet &sheet = *book.sheetAt(i);
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.name().toUtf8().constData());
        const QHash<QString, Edit> sheetEdits = edits.value(sheet.name());
        for (const CellRange &m : sheet.merges())
            worksheet_merge_range(ws, m.firstRow, lxw_col_t(m.firstColumn), m.lastRow, lxw_col_t(m.lastColumn),
                                  sheet.cell(m.firstRow, m.firstColumn).text.toUtf8().constData(), nullptr);
        for (int r = 0; r < sheet.rowCount(); ++r) {
            for (int c = 0; c < sheet.columnCount(); ++c) {
                const QString address = CellAddress::toString(r, c);
                const CellRange merge = sheet.mergeAt(r, c);
                if (merge.rowCount() > 1 || merge.columnCount() > 1)
                    continue;
                if (sheetEdits.contains(address)) {
                    const Edit &e = sheetEdits.value(address);
                    if (e.kind == Edit::Number)
                        worksheet_write_number(ws, r, lxw_col_t(c), e.value, nullptr);
                    else if (e.kind == Edit::Text)
                        worksheet_write_string(ws, r, lxw_col_t(c), e.text.toUtf8().constData(), nullptr);
                    else if (e.kind == Edit::Formula)
                        worksheet_write_formula_num(ws, r, lxw_col_t(c), e.text.toUtf8().constData(), nullptr, e.value);
                    continue;
                }
                const XlsxCell cell = sheet.cell(r, c);
                if (cell.type == XlsxCell::Number)
                    worksheet_write_number(ws, r, lxw_col_t(c), cell.number, nullptr);
                else if (cell.type == XlsxCell::Text)
                    worksheet_write_string(ws, r, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
            }
        }
    }
    lxw_worksheet *own = workbook_add_worksheet(wb, "我的草稿");
    worksheet_write_string(own, 0, 0, "附件", nullptr);
    worksheet_write_number(own, 1, 1, -5, nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

Campaign demoCampaign(test::DemoDatabase &demo)
{
    const auto c = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(c);
    return *c;
}

QStringList writeTemplates(test::DemoDatabase &demo, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    const Status s = ReportTemplates::writeAll(demo.db(), demoCampaign(demo), kMonth, folder, &written);
    REQUIRE(s);
    return written;
}

const Institution &institutionNamed(const QList<Institution> &registry, const QString &name)
{
    for (const Institution &i : registry)
        if (i.name == name)
            return i;
    FAIL("no institution " << name);
    return registry.first();
}

/// The template's body row and the sheet column of a form column (see the layout).
QString cellOf(int form, int column)
{
    return CellAddress::toString(6, FormCatalog::form(form).gridColumnOf(column));
}

/// Fills a template as an institution would: every figure one higher than last month,
/// typed in different ways. Returns what it typed, by form and column.
QHash<int, QMap<int, double>> fillTemplate(const QString &from, const QString &to)
{
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(from, &book));
    QHash<QString, QHash<QString, Edit>> edits;
    QHash<int, QMap<int, double>> typed;
    for (int form : {1, 3}) {
        const XlsxSheet *sheet = book.sheet(FormCatalog::form(form).attachment);
        if (!sheet)
            continue;
        int k = 0;
        for (const FormColumn &c : FormCatalog::form(form).columns) {
            if (!c.isNumeric())
                continue;
            const CellAddress at = CellAddress::parse(cellOf(form, c.number));
            const double before = sheet->cell(at.row, at.column).number;
            const double value = c.kind == ColumnKind::Amount ? before + 1.25 : before + 1;
            Edit e;
            if (k % 4 == 1) {
                e.kind = Edit::Text;
                e.text = QStringLiteral(" %1 ").arg(value);
            } else if (k % 4 == 2) {
                e.kind = Edit::Formula;
                e.text = QStringLiteral("=%1+0").arg(value);
                e.value = value;
            } else {
                e.value = value;
            }
            edits[sheet->name()].insert(at.toString(), e);
            typed[form].insert(c.number, value);
            ++k;
        }
    }
    saveEdited(from, to, edits);
    return typed;
}

using SheetEdits = QHash<QString, QHash<QString, Edit>>;

Edit number(double v)
{
    Edit e;
    e.value = v;
    return e;
}

Edit typed(const QString &text)
{
    Edit e;
    e.kind = Edit::Text;
    e.text = text;
    return e;
}

Edit blank()
{
    Edit e;
    e.kind = Edit::Blank;
    return e;
}

/// The institution's template for a month, as handed out today.
QString templateOf(test::DemoDatabase &demo, const Institution &institution, const YearMonth &month)
{
    const QString folder = demo.file(QStringLiteral("out-") + month.toString());
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(demo.db(), demoCampaign(demo), month, folder, &written));
    return folder + QLatin1Char('/') + ReportTemplates::fileName(institution, month);
}

WorkbookImport::Context contextOf(test::DemoDatabase &demo)
{
    return WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10));
}

/// The form's columns an institution types in (numeric, not derived from the registry).
QList<int> inputColumns(int form)
{
    QList<int> columns;
    for (const FormColumn &c : FormCatalog::form(form).columns)
        if (c.isNumeric() && c.derived.isEmpty())
            columns << c.number;
    return columns;
}

/// The cell of a sheet's row whose text is exactly `text`.
QString addressOfText(const QString &path, const QString &sheetName, int row, const QString &text)
{
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book));
    const XlsxSheet *sheet = book.sheet(sheetName);
    REQUIRE(sheet);
    const QMap<int, XlsxCell> cells = sheet->rowCells(row);
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (it->text == text)
            return CellAddress::toString(row, it.key());
    FAIL("no cell " << text.toStdString() << " in row " << row + 1);
    return {};
}

QString joined(const QList<WorkbookFile> &files)
{
    QStringList all;
    for (const WorkbookFile &f : files)
        all << f.errors;
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a blank template names its form, institution and month in its cells and starts from last month")
{
    test::DemoDatabase demo;
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    CHECK(files.size() == ReportingUnits::forForm(FormCatalog::form(1), registry, kMonth).size());
    CHECK(files.size() >= 30);

    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString path = demo.file(QStringLiteral("out/") + ReportTemplates::fileName(hospital, kMonth));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book));
    CHECK(book.sheetNames() == QStringList{QStringLiteral(u"附件1"), QStringLiteral(u"附件3")});
    const XlsxSheet &sheet3 = *book.sheet(QStringLiteral(u"附件3"));
    CHECK(sheet3.cell(0, 0).text == QStringLiteral(u"附件3"));
    QString mark;
    for (int c = 1; c < sheet3.columnCount(); ++c)
        mark += sheet3.cell(0, c).text;
    CHECK(mark == QStringLiteral(u"报表月份：2021年11月"));
    CHECK(sheet3.cell(2, 0).text == QStringLiteral(u"填报单位：鹿寨县人民医院"));
    CHECK(sheet3.shownCell(6, 1).text == QStringLiteral(u"鹿寨县人民医院"));
    // Pre-filled with October's cumulative figures.
    const auto october = ReportRepository(demo.db()).find(demo.campaignId(), 3, UnitKey::institution(hospital.id), kMonth.previous());
    REQUIRE(october);
    const CellAddress kickbacks = CellAddress::parse(cellOf(3, 8));
    CHECK(sheet3.cell(kickbacks.row, kickbacks.column).number == october->number(8));
    CHECK(sheet3.cell(kickbacks.row, kickbacks.column).number == 1);
    CHECK(sheet3.rowCount() > 8);
}

TEST_CASE("a template filled as in a spreadsheet imports the typed figures")
{
    test::DemoDatabase demo;
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString filled = demo.file(QStringLiteral("回传-1.xlsx"));
    const auto typed = fillTemplate(demo.file(QStringLiteral("out/") + ReportTemplates::fileName(hospital, kMonth)), filled);

    const auto ctx = WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10));
    WorkbookFile file = WorkbookImport::analyse(filled, ctx);
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.isClean());
    CHECK(file.institution == hospital.name);
    CHECK(file.period == kMonth);
    CHECK(file.forms == QList<int>{1, 3});
    CHECK(file.change() == ImportChange::Changed);
    REQUIRE(WorkbookImport::store(demo.db(), file));

    for (int form : {1, 3}) {
        const auto stored = ReportRepository(demo.db()).find(demo.campaignId(), form, UnitKey::institution(hospital.id), kMonth);
        REQUIRE(stored);
        CHECK(stored->source == ReportSource::Imported);
        CHECK(stored->sourceFile == QStringLiteral(u"回传-1.xlsx"));
        for (auto it = typed[form].cbegin(); it != typed[form].cend(); ++it) {
            INFO("form " << form << " column " << it.key());
            CHECK(stored->number(it.key()) == Approx(it.value()));
        }
    }
    CHECK(ReportRepository(demo.db()).find(demo.campaignId(), 3, UnitKey::institution(hospital.id), kMonth)->texts.value(14)
          == QStringLiteral(u"1起移交县纪委监委"));

    // The same file again changes nothing.
    const WorkbookFile again = WorkbookImport::analyse(filled, WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10)));
    CHECK(again.change() == ImportChange::Unchanged);
}

TEST_CASE("a template written while the interface speaks English is the Chinese form and imports")
{
    test::DemoDatabase demo;
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/qingfeng/i18n/qingfeng_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&english));
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString path = demo.file(QStringLiteral("out/") + ReportTemplates::fileName(hospital, kMonth));
    const QString filled = demo.file(QStringLiteral("回传-en.xlsx"));
    fillTemplate(path, filled);
    const WorkbookFile file = WorkbookImport::analyse(filled, WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10)));
    QCoreApplication::removeTranslator(&english);

    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book));
    const XlsxSheet &sheet1 = *book.sheetAt(0);
    QString mark, cells;
    for (int c = 1; c < sheet1.columnCount(); ++c)
        mark += sheet1.cell(0, c).text;
    for (int r = 0; r < sheet1.rowCount(); ++r)
        for (int c = 0; c < sheet1.columnCount(); ++c)
            cells += sheet1.cell(r, c).text;
    CHECK(mark == QStringLiteral(u"报表月份：2021年11月"));
    CHECK(cells.contains(QStringLiteral(u"填表提示")));
    CHECK_FALSE(cells.contains(QStringLiteral("Report month")));
    CHECK_FALSE(cells.contains(QStringLiteral("Note:")));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(file.isClean());
    CHECK(file.period == kMonth);
}

TEST_CASE("the demo month comes back as workbooks and imports in one step")
{
    test::DemoDatabase demo;
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    QDir().mkpath(demo.file(QStringLiteral("back")));
    QHash<QString, QHash<int, QMap<int, double>>> typed;   // file → form → column
    QHash<QString, QString> unitOf;
    int n = 0;
    for (const QString &template_ : files) {
        // Institutions rename the files; only the cells count.
        const QString to = demo.file(QStringLiteral("back/回传%1.xlsx").arg(++n));
        typed.insert(to, fillTemplate(template_, to));
        XlsxWorkbook book;
        REQUIRE(XlsxWorkbook::open(template_, &book));
        unitOf.insert(to, book.sheetAt(0)->cell(2, 0).text.mid(5));
    }
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"),
                        demo.file(QStringLiteral("back"))},
                       &out, &err)
          == 0);
    INFO(err.toStdString());
    CHECK(out.contains(QStringLiteral(u"已导入 %1 个文件，0 个文件有错误未导入").arg(files.size())));

    Database db;
    REQUIRE(db.open(demo.path()));
    for (auto f = typed.cbegin(); f != typed.cend(); ++f) {
        const Institution &i = institutionNamed(registry, unitOf.value(f.key()));
        for (auto form = f.value().cbegin(); form != f.value().cend(); ++form) {
            const auto stored = ReportRepository(db).find(demo.campaignId(), form.key(), UnitKey::institution(i.id), kMonth);
            REQUIRE(stored);
            CHECK(stored->numbers.keys() == form.value().keys());
            for (auto it = form.value().cbegin(); it != form.value().cend(); ++it)
                CHECK(stored->number(it.key()) == Approx(it.value()));
        }
    }
}

TEST_CASE("broken workbooks are each explained and change nothing")
{
    struct Case
    {
        const char16_t *file;
        const char16_t *expected;
    };
    const Case cases[] = {
        {u"corrupt-zip.xlsx", u"corrupt-zip.xlsx"},
        {u"encrypted.xlsx", u"加密"},
        {u"another-form.xlsx", u"工作表“附件2”：这是附件2，由卫生健康局汇总填写"},
        {u"wrong-month.xlsx", u"工作表“附件1” K1：2020年11月不在本专项整治的报送月份"},
        {u"unknown-institution.xlsx", u"工作表“附件1” A3：机构名册中没有“鹿寨县某某诊所”"},
        {u"text-in-number.xlsx", u"工作表“附件1” C7（第1栏 发现问题）：“十二”不是数字"},
        {u"negative.xlsx", u"工作表“附件3” E7（第2栏）：不能为负数"},
        {u"below-last-month.xlsx", u"工作表“附件3” K7（第8栏）：累计数0小于上月累计数1"},
        {u"not-a-form.xlsx", u"不是附件1或附件3的报表"},
    };
    test::DemoDatabase demo;
    const auto ctx = WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10));
    const QList<Report> before = ReportRepository(demo.db()).all(demo.campaignId());
    for (const Case &c : cases) {
        const QString name = QString::fromUtf16(c.file);
        INFO(name.toStdString());
        const WorkbookFile file = WorkbookImport::analyse(test::dataPath(QStringLiteral("import/") + name), ctx);
        CHECK_FALSE(file.isClean());
        CHECK(file.reports.isEmpty());
        INFO(file.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(file.errors.join(QLatin1Char('\n')).contains(QString::fromUtf16(c.expected)));
        CHECK(file.errors.join(QLatin1Char('\n')).contains(name));

        QString out, err;
        CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"),
                            test::dataPath(QStringLiteral("import/") + name)},
                           &out, &err)
              == 1);
        CHECK(err.contains(QString::fromUtf16(c.expected)));
    }
    Database db;
    REQUIRE(db.open(demo.path()));
    const QList<Report> after = ReportRepository(db).all(demo.campaignId());
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i)
        CHECK(after.at(i).numbers == before.at(i).numbers);
}

TEST_CASE("reports import exits 1 on any bad file and stores only clean ones with accept-clean")
{
    test::DemoDatabase demo;
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QString good = demo.file(QStringLiteral("good.xlsx"));
    fillTemplate(files.first(), good);
    const QString bad = test::dataPath(QStringLiteral("import/negative.xlsx"));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(good, &book));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution unit = institutionNamed(registry, book.sheetAt(0)->cell(2, 0).text.mid(5));
    auto storedNovember = [&]() {
        Database db;
        REQUIRE(db.open(demo.path()));
        return ReportRepository(db).find(demo.campaignId(), 1, UnitKey::institution(unit.id), kMonth);
    };
    const auto before = storedNovember();

    QString out, err;
    const QStringList base{QStringLiteral("--db"), demo.path()};
    CHECK(test::runCli(base + QStringList{QStringLiteral("reports"), QStringLiteral("import")}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("templates"), QStringLiteral("--out"), demo.dir()}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("templates"), QStringLiteral("--month"), QStringLiteral("2021-13"),
                                          QStringLiteral("--out"), demo.dir()},
                       &out, &err)
          == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("templates"), QStringLiteral("--month"), QStringLiteral("2022-03"),
                                          QStringLiteral("--out"), demo.dir()},
                       &out, &err)
          == 1);
    CHECK(err.contains(QStringLiteral(u"不在本专项整治的报送月份")));

    CHECK(test::runCli(base + QStringList{QStringLiteral("reports"), QStringLiteral("import"), good, bad}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"未导入任何数据")));
    const auto unchanged = storedNovember();
    CHECK(unchanged.has_value() == before.has_value());
    if (before && unchanged)
        CHECK(unchanged->sourceFile == before->sourceFile);

    CHECK(test::runCli(base + QStringList{QStringLiteral("reports"), QStringLiteral("import"), good, bad,
                                          QStringLiteral("--accept-clean")},
                       &out, &err)
          == 1);
    CHECK(out.contains(QStringLiteral(u"已导入 1 个文件，1 个文件有错误未导入")));
    INFO(out.toStdString() << err.toStdString());
    const auto imported = storedNovember();
    REQUIRE(imported);
    CHECK(imported->sourceFile == QStringLiteral("good.xlsx"));

    CHECK(test::runCli(base + QStringList{QStringLiteral("reports"), QStringLiteral("import"), good}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"无变化")));

    // Two files for the same form, institution and month: the second is refused.
    const QString copy = demo.file(QStringLiteral("copy.xlsx"));
    QFile::copy(good, copy);
    const auto both = WorkbookImport::analyseAll({good, copy}, WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10)));
    CHECK(both.at(0).isClean());
    CHECK(joined(both).contains(QStringLiteral(u"同一张表不能导入两次")));
}

TEST_CASE("a blank figure cell keeps the month's stored figure and says so, then a workbook of blanks is no filing")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString key = UnitKey::institution(hospital.id);
    ReportRepository reports(demo.db());
    const auto stored = reports.find(demo.campaignId(), 1, key, kMonth);
    REQUIRE(stored);
    // The last figure column: no rule of the form compares another column with it, so a
    // month without it is still valid.
    const int column = inputColumns(1).last();
    REQUIRE(stored->number(column) > 0);
    const QString path = templateOf(demo, hospital, kMonth);

    // One figure cleared: the stored November figure stays, and the preview says so.
    const QString oneBlank = demo.file(QStringLiteral(u"空一格.xlsx"));
    saveEdited(path, oneBlank, {{QStringLiteral(u"附件1"), {{cellOf(1, column), blank()}}}});
    WorkbookFile file = WorkbookImport::analyse(oneBlank, contextOf(demo));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.isClean());
    const QString said = QStringLiteral(u"空一格.xlsx 工作表“附件1” %1 为空，保留已存数据 %2")
                             .arg(cellOf(1, column), QString::number(stored->number(column)));
    CHECK(file.warnings.join(QLatin1Char('\n')).contains(said));
    REQUIRE(WorkbookImport::store(demo.db(), file));
    auto after = reports.find(demo.campaignId(), 1, key, kMonth);
    REQUIRE(after);
    CHECK(after->hasNumber(column));
    CHECK(after->number(column) == stored->number(column));
    CHECK(after->numbers.keys() == stored->numbers.keys());
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"), oneBlank},
                       &out, &err)
          == 0);
    CHECK(err.contains(said));

    // Without a stored month the blank stays blank: never a zero.
    REQUIRE(reports.remove(demo.campaignId(), 1, key, kMonth));
    file = WorkbookImport::analyse(oneBlank, contextOf(demo));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.isClean());
    CHECK_FALSE(file.warnings.join(QLatin1Char('\n')).contains(QStringLiteral(u"保留已存数据")));
    REQUIRE(WorkbookImport::store(demo.db(), file));
    after = reports.find(demo.campaignId(), 1, key, kMonth);
    REQUIRE(after);
    CHECK_FALSE(after->hasNumber(column));
    CHECK(after->hasNumber(inputColumns(1).first()));

    // A sheet of blanks is not a filing of that form; a workbook of blanks is none at all.
    SheetEdits allBlank;
    for (int form : {1, 3})
        for (int c : inputColumns(form))
            allBlank[FormCatalog::form(form).attachment].insert(cellOf(form, c), blank());
    const QString onlyForm1 = demo.file(QStringLiteral(u"附件3空白.xlsx"));
    saveEdited(path, onlyForm1, {{QStringLiteral(u"附件3"), allBlank.value(QStringLiteral(u"附件3"))}});
    const auto form3Before = reports.find(demo.campaignId(), 3, key, kMonth);
    REQUIRE(form3Before);
    file = WorkbookImport::analyse(onlyForm1, contextOf(demo));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.isClean());
    CHECK(file.forms == QList<int>{1});
    CHECK(file.warnings.join(QLatin1Char('\n')).contains(QStringLiteral(u"工作表“附件3” 第7行：“鹿寨县人民医院”的填报栏全部为空")));
    REQUIRE(WorkbookImport::store(demo.db(), file));
    CHECK(reports.find(demo.campaignId(), 3, key, kMonth)->numbers == form3Before->numbers);

    const QString nothing = demo.file(QStringLiteral(u"全空.xlsx"));
    saveEdited(path, nothing, allBlank);
    const QList<Report> before = reports.all(demo.campaignId());
    file = WorkbookImport::analyse(nothing, contextOf(demo));
    CHECK_FALSE(file.isClean());
    CHECK(file.reports.isEmpty());
    CHECK(file.errors.join(QLatin1Char('\n')).contains(QStringLiteral(u"全空.xlsx：所有填报栏都是空的，不是一份报表")));
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"), nothing},
                       &out, &err)
          == 1);
    CHECK(err.contains(QStringLiteral(u"所有填报栏都是空的")));
    Database db;
    REQUIRE(db.open(demo.path()));
    const QList<Report> unchanged = ReportRepository(db).all(demo.campaignId());
    REQUIRE(unchanged.size() == before.size());
    for (int i = 0; i < unchanged.size(); ++i)
        CHECK(unchanged.at(i).numbers == before.at(i).numbers);
}

TEST_CASE("a workbook fills only the row of the institution it names")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const Institution &other = institutionNamed(registry, QStringLiteral(u"鹿寨县中医医院"));
    const QString path = templateOf(demo, hospital, kMonth);
    const QString nameCell = addressOfText(path, QStringLiteral(u"附件1"), 6, hospital.name);
    const QList<Report> before = ReportRepository(demo.db()).all(demo.campaignId());

    // The own row relabelled as another institution's: its figures are not this one's.
    const QString relabelled = demo.file(QStringLiteral(u"别人的行.xlsx"));
    saveEdited(path, relabelled, {{QStringLiteral(u"附件1"), {{nameCell, typed(other.name)}}}});
    WorkbookFile file = WorkbookImport::analyse(relabelled, contextOf(demo));
    CHECK_FALSE(file.isClean());
    CHECK(file.reports.isEmpty());
    QString errors = file.errors.join(QLatin1Char('\n'));
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral(u"别人的行.xlsx 工作表“附件1” %1：这一行是“鹿寨县中医医院”的").arg(nameCell)));
    CHECK(errors.contains(QStringLiteral(u"工作表“附件1”：表中找不到“鹿寨县人民医院”所在的行")));

    // The own row's label cleared: the only row left is nobody's.
    const QString unnamed = demo.file(QStringLiteral(u"无名行.xlsx"));
    saveEdited(path, unnamed, {{QStringLiteral(u"附件1"), {{nameCell, blank()}}}});
    file = WorkbookImport::analyse(unnamed, contextOf(demo));
    CHECK_FALSE(file.isClean());
    CHECK(file.errors.join(QLatin1Char('\n')).contains(QStringLiteral(u"找不到“鹿寨县人民医院”所在的行")));

    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"),
                        QStringLiteral("--accept-clean"), relabelled, unnamed},
                       &out, &err)
          == 1);
    CHECK(err.contains(QStringLiteral(u"这一行是“鹿寨县中医医院”的")));
    Database db;
    REQUIRE(db.open(demo.path()));
    const QList<Report> after = ReportRepository(db).all(demo.campaignId());
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after.at(i).numbers == before.at(i).numbers);
        CHECK(after.at(i).sourceFile == before.at(i).sourceFile);
    }
}

TEST_CASE("a workbook's figures are refused beyond what a column can hold, naming file, sheet and cell")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString path = templateOf(demo, hospital, kMonth);
    QList<int> counts, amounts;
    for (int form : {1, 3})
        for (int c : inputColumns(form))
            (FormCatalog::form(form).column(c)->kind == ColumnKind::Amount ? amounts : counts) << form * 100 + c;
    REQUIRE(counts.size() >= 4);
    REQUIRE_FALSE(amounts.isEmpty());
    const QList<QPair<Edit, QString>> cases{
        {number(1e19), QStringLiteral(u"超出可填报的范围")},
        {typed(QStringLiteral("1,000,000,000")), QStringLiteral(u"超出可填报的范围")},
        {number(1.7e308), QStringLiteral(u"超出可填报的范围")},
        {number(2.5), QStringLiteral(u"应为不小于0的整数")},
    };
    SheetEdits edits;
    QStringList expected;
    auto add = [&](int formColumn, const Edit &e, const QString &why) {
        const int form = formColumn / 100, column = formColumn % 100;
        const QString sheet = FormCatalog::form(form).attachment;
        edits[sheet].insert(cellOf(form, column), e);
        expected << QStringLiteral(u"超限.xlsx 工作表“%1” %2（第%3栏）：%4").arg(sheet, cellOf(form, column)).arg(column).arg(why);
    };
    for (int i = 0; i < cases.size(); ++i)
        add(counts.at(i), cases.at(i).first, cases.at(i).second);
    add(amounts.first(), number(12.345), QStringLiteral(u"金额最多保留两位小数"));
    const QString filled = demo.file(QStringLiteral(u"超限.xlsx"));
    saveEdited(path, filled, edits);
    const WorkbookFile file = WorkbookImport::analyse(filled, contextOf(demo));
    CHECK_FALSE(file.isClean());
    const QString errors = file.errors.join(QLatin1Char('\n'));
    INFO(errors.toStdString());
    for (const QString &e : expected)
        CHECK(errors.contains(e));
}

TEST_CASE("an earlier month above the same unit's stored later month is refused, naming the later month and column")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const auto november = ReportRepository(demo.db()).find(demo.campaignId(), 1, UnitKey::institution(hospital.id), kMonth);
    REQUIRE(november);
    const int column = inputColumns(1).first();
    REQUIRE(november->hasNumber(column));
    const YearMonth october = kMonth.previous();
    const QString path = templateOf(demo, hospital, october);
    const QString filled = demo.file(QStringLiteral(u"十月补报.xlsx"));
    saveEdited(path, filled, {{QStringLiteral(u"附件1"), {{cellOf(1, column), number(november->number(column) + 5)}}}});
    const WorkbookFile file = WorkbookImport::analyse(filled, contextOf(demo));
    CHECK_FALSE(file.isClean());
    const QString errors = file.errors.join(QLatin1Char('\n'));
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral(u"十月补报.xlsx 工作表“附件1” %1（第%2栏）：累计数%3大于已存的2021年11月累计数%4")
                              .arg(cellOf(1, column)).arg(column).arg(november->number(column) + 5)
                              .arg(november->number(column))));

    // Equal to the later month is no decrease.
    const QString equal = demo.file(QStringLiteral(u"十月持平.xlsx"));
    saveEdited(path, equal, {{QStringLiteral(u"附件1"), {{cellOf(1, column), number(november->number(column))}}}});
    const WorkbookFile same = WorkbookImport::analyse(equal, contextOf(demo));
    CHECK_FALSE(same.errors.join(QLatin1Char('\n')).contains(QStringLiteral(u"大于已存的")));
}

TEST_CASE("a returned workbook addressing the whole grid is read in the time its cells take")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString filled = demo.file(QStringLiteral(u"回传.xlsx"));
    fillTemplate(templateOf(demo, hospital, kMonth), filled);
    QFile in(filled);
    REQUIRE(in.open(QIODevice::ReadOnly));
    test::Parts parts = test::unzipParts(in.readAll());
    int patched = 0;
    for (auto &part : parts) {
        if (!part.first.startsWith(QStringLiteral("xl/worksheets/sheet")))
            continue;
        // A value in the grid's last cell and at the end of the title row, and a blank merge
        // over the rows below the form: 17 billion cells addressed, three added.
        // (XFD1 goes into the title row itself: a second <row r="1"> is refused as a row given twice.)
        part.second.insert(part.second.indexOf("</row>"), "<c r=\"XFD1\"><v>2</v></c>");
        part.second.replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>");
        if (part.second.contains("<mergeCells"))
            part.second.replace("</mergeCells>", "<mergeCell ref=\"A100:XFD1048575\"/></mergeCells>");
        else
            part.second.replace("</sheetData>", "</sheetData><mergeCells><mergeCell ref=\"A100:XFD1048575\"/></mergeCells>");
        ++patched;
    }
    REQUIRE(patched == 3);   // 附件1, 附件3 and the user's own sheet
    const QString far = demo.file(QStringLiteral(u"满格.xlsx"));
    test::writeFile(far, test::zipParts(parts));

    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(far, &book));
    qint64 held = 0;
    for (int i = 0; i < book.sheetCount(); ++i)
        held += book.sheetAt(i)->cellCount() + book.sheetAt(i)->merges().size();
    REQUIRE(book.sheetAt(0)->mergeAt(5000, 5000).rowCount() > 1000000);

    const qint64 before = XlsxSheet::lookups();
    const WorkbookFile file = WorkbookImport::analyse(far, contextOf(demo));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(file.isClean());
    CHECK(file.forms == QList<int>{1, 3});
    // A few looks per cell the file holds; walking the addressed area would take billions.
    CHECK(XlsxSheet::lookups() - before < 20 * held);
}

TEST_CASE("a workbook's 填报单位 is recognised through invisible marks and full-width forms")
{
    test::DemoDatabase demo;
    writeTemplates(demo, demo.file(QStringLiteral("out")));
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const Institution &hospital = institutionNamed(registry, QStringLiteral(u"鹿寨县人民医院"));
    const QString blank = demo.file(QStringLiteral("out/") + ReportTemplates::fileName(hospital, kMonth));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(blank, &book));
    QHash<QString, QHash<QString, Edit>> edits;
    for (const QString &name : book.sheetNames()) {
        REQUIRE(book.sheet(name)->cell(2, 0).text.startsWith(QStringLiteral(u"填报单位")));
        edits[name][QStringLiteral("A3")] = Edit{Edit::Text, 0, QStringLiteral(u"填报单位：\u202A鹿寨县\u200B人民\uFEFF医院\u202C")};
    }
    const QString edited = demo.file(QStringLiteral("marks.xlsx"));
    saveEdited(blank, edited, edits);
    const WorkbookFile file = WorkbookImport::analyse(edited, WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10)));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(file.institution == hospital.name);
    CHECK_FALSE(file.errors.join(QLatin1Char('\n')).contains(QStringLiteral(u"名册中没有")));
}

TEST_CASE("the receipt date of an import, not the day of the import, decides on time or late")
{
    test::DemoDatabase demo;
    const QStringList files = writeTemplates(demo, demo.file(QStringLiteral("out")));
    REQUIRE(files.size() >= 2);
    const QString early = demo.file(QStringLiteral("early.xlsx"));
    const QString late = demo.file(QStringLiteral("late.xlsx"));
    fillTemplate(files.at(0), early);
    fillTemplate(files.at(1), late);
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    auto unitOf = [&](const QString &path) {
        XlsxWorkbook book;
        REQUIRE(XlsxWorkbook::open(path, &book));
        return institutionNamed(registry, book.sheetAt(0)->cell(2, 0).text.mid(5)).id;
    };
    const qint64 earlyUnit = unitOf(early);
    const qint64 lateUnit = unitOf(late);
    SubmissionTracker before;
    REQUIRE(SubmissionTracker::load(demo.db(), demo.campaignId(), &before));
    QDate due;
    for (const TrackedObligation &t : before.track(kMonth, QDate(2021, 12, 1)))
        if (t.obligation.institutionId == earlyUnit && t.obligation.deliverable == Deliverable::Form1)
            due = t.obligation.due;
    REQUIRE(due.isValid());

    // The file's modification day is the default.
    {
        QFile f(early);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime(due.addDays(-2), QTime(9, 30)), QFileDevice::FileModificationTime));
    }
    CHECK(WorkbookImport::receivedDefault(early, due.addDays(20)) == due.addDays(-2));
    CHECK(WorkbookImport::receivedDefault(early, due.addDays(-5)) == due.addDays(-5));   // never after today

    QString out, err;
    const QStringList base{QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import")};
    CHECK(test::runCli(base + QStringList{late, QStringLiteral("--received"), QStringLiteral("2999-01-01")}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{late, QStringLiteral("--received"), QStringLiteral("2021-13-01")}, &out, &err) == 2);
    // Nor can it have arrived before the campaign began or before its month did.
    CHECK(test::runCli(base + QStringList{late, QStringLiteral("--received"), QStringLiteral("2020-01-01")}, &out, &err) != 0);
    CHECK(err.contains(QStringLiteral(u"late.xlsx：收到日期 2020-01-01 早于专项整治开始的日期")));
    const QDate dayBefore = kMonth.firstDay().addDays(-1);
    REQUIRE(dayBefore >= demoCampaign(demo).start);
    CHECK(test::runCli(base + QStringList{late, QStringLiteral("--received"), dayBefore.toString(Qt::ISODate)}, &out, &err) != 0);
    CHECK(err.contains(QStringLiteral(u"早于所报月份%1的第一天").arg(kMonth.toChinese())));
    // Imported today, years after the due date, yet on time: it came in two days early.
    REQUIRE(test::runCli(base + QStringList{early}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"收到 %1").arg(due.addDays(-2).toString(Qt::ISODate))));
    REQUIRE(test::runCli(base + QStringList{late, QStringLiteral("--received"), due.addDays(3).toString(Qt::ISODate)}, &out, &err) == 0);

    Database db;
    REQUIRE(db.open(demo.path()));
    SubmissionTracker after;
    REQUIRE(SubmissionTracker::load(db, demo.campaignId(), &after));
    int seen = 0;
    for (const TrackedObligation &t : after.track(kMonth, due.addDays(30))) {
        if (t.obligation.deliverable != Deliverable::Form1)
            continue;
        if (t.obligation.institutionId == earlyUnit) {
            CHECK(t.state == SubmissionState::OnTime);
            CHECK(t.filedOn == due.addDays(-2));
            ++seen;
        } else if (t.obligation.institutionId == lateUnit) {
            CHECK(t.state == SubmissionState::Late);
            CHECK(t.filedOn == due.addDays(3));
            ++seen;
        }
    }
    CHECK(seen == 2);
}

TEST_CASE("an import's findings say what is wrong in words, without the program's rule ids")
{
    test::DemoDatabase demo;
    const WorkbookFile file = WorkbookImport::analyse(test::dataPath(QStringLiteral("import/negative.xlsx")),
                                                      WorkbookImport::contextFor(demo.db(), demoCampaign(demo), QDate(2021, 12, 10)));
    REQUIRE_FALSE(file.errors.isEmpty());
    CHECK(joined({file}).contains(QStringLiteral(u"不能为负数")));
    CHECK_FALSE(joined({file}).contains(QStringLiteral(u"规则")));
    CHECK_FALSE(joined({file}).contains(QStringLiteral("non-negative")));

    Finding f;
    f.severity = Finding::Severity::Error;
    f.form = 1;
    f.unitName = QStringLiteral(u"县人民医院");
    f.period = YearMonth(2021, 11);
    f.column = 2;
    f.ruleId = QStringLiteral("f1-rectified-le-found");
    f.message = QStringLiteral(u"已整改数不应大于发现问题数");
    CHECK(f.describe().contains(f.message));
    CHECK_FALSE(f.describe().contains(f.ruleId));
}

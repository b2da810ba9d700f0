// SPDX-License-Identifier: GPL-3.0-or-later
// 导出名册 and 导出台账 as actions shared by the window and the CLI: the workbooks read back
// as the tables the actions build, and the registry imports back as it was.
#include "TestSupport.h"

#include "actions/ExportLedger.h"
#include "actions/ExportRegistry.h"
#include "io/InstitutionXlsxImport.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "xlsx/XlsxWorkbook.h"

using namespace qf;
using namespace Qt::StringLiterals;

namespace {

/// The sheet's row holding the table's header (the writer numbers rows in a 序号 column).
int headerRow(const XlsxSheet &sheet)
{
    for (int r = 0; r < sheet.rowCount(); ++r)
        if (sheet.cell(r, 0).text == u"序号"_s)
            return r;
    FAIL("no header row");
    return -1;
}

/// Header and every text cell of the sheet against the table; returns the rows compared.
int compareTable(const QString &path, const LedgerTable &table)
{
    XlsxWorkbook book;
    const Status s = XlsxWorkbook::open(path, &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    const XlsxSheet &sheet = *book.sheetAt(0);
    const int top = headerRow(sheet);
    for (int c = 0; c < table.columns.size(); ++c)
        CHECK(sheet.cell(top, c + 1).text == table.columns.at(c).header);
    CHECK(sheet.cell(top + 1 + int(table.rows.size()), 1).isBlank());
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.columns.size(); ++c) {
            const LedgerTable::CellType type = table.columns.at(c).type;
            if (type != LedgerTable::CellType::Text && type != LedgerTable::CellType::LongText)
                continue;
            INFO("row " << r << " column " << table.columns.at(c).header);
            CHECK(sheet.cell(top + 1 + r, c + 1).displayText() == table.text(r, c));
        }
    return int(table.rows.size());
}

} // namespace

TEST_CASE("registry export: the workbook holds the registry and imports back unchanged", "[engines]")
{
    test::DemoDatabase f;
    {
        // The contact phone travels with the registry, apart from the 举报电话.
        Institution first = InstitutionRepository(f.db()).all().first();
        REQUIRE(first.active);
        first.contactPhone = u"0772-6810001"_s;
        REQUIRE(InstitutionRepository(f.db()).save(first).isOk());
    }
    const QList<Institution> registry = InstitutionRepository(f.db()).all();
    REQUIRE(registry.first().contactPhone == u"0772-6810001"_s);
    REQUIRE(registry.first().reportPhone != registry.first().contactPhone);
    const QString path = f.file(u"名册.xlsx"_s);
    int rows = 0;
    REQUIRE(ExportRegistry::run(f.db(), path, false, QDate(2021, 11, 10), &rows).isOk());
    const LedgerTable open = ExportRegistry::table(registry, false, QDate(2021, 11, 10));
    CHECK(rows == open.rows.size());
    CHECK(compareTable(path, open) == rows);
    const auto closed = std::count_if(registry.cbegin(), registry.cend(), [](const Institution &i) { return !i.active; });
    REQUIRE(closed > 0);
    CHECK(rows == registry.size() - closed);

    // Read back by the registry import, every open institution comes back as it is stored.
    QList<Institution> parsed;
    const Status read = InstitutionXlsxImport::parseFile(path, registry, &parsed);
    INFO(read.message());
    REQUIRE(read.isOk());
    REQUIRE(parsed.size() == rows);
    for (const Institution &back : parsed) {
        const auto stored = std::find_if(registry.cbegin(), registry.cend(), [&](const Institution &i) { return i.id == back.id; });
        REQUIRE(stored != registry.cend());
        INFO(stored->name);
        CHECK(back.name == stored->name);
        CHECK(back.shortName == stored->shortName);
        CHECK(back.ownership == stored->ownership);
        CHECK(back.level == stored->level);
        CHECK(back.contracted == stored->contracted);
        CHECK(back.kind == stored->kind);
        CHECK(back.township == stored->township);
        CHECK(back.reportPhone == stored->reportPhone);
        CHECK(back.reportEmail == stored->reportEmail);
        CHECK(back.contactPerson == stored->contactPerson);
        CHECK(back.contactPhone == stored->contactPhone);
    }

    const QString all = f.file(u"全部.xlsx"_s);
    REQUIRE(ExportRegistry::run(f.db(), all, true, QDate(2021, 11, 10), &rows).isOk());
    CHECK(rows == registry.size());
    CHECK(compareTable(all, ExportRegistry::table(registry, true, QDate(2021, 11, 10))) == registry.size());
}

TEST_CASE("ledger export: each ledger's workbook holds the table the list shows", "[engines]")
{
    test::DemoDatabase f;
    const auto campaign = CampaignRepository(f.db()).load(f.campaignId());
    REQUIRE(campaign);
    int total = 0;
    for (LedgerKind kind : ledgerKinds().values()) {
        const QString path = f.file(ExportLedger::defaultFileName(kind, QDate(2021, 11, 10)));
        int rows = -1;
        REQUIRE(ExportLedger::run(f.db(), *campaign, kind, path, QDate(2021, 11, 10), &rows).isOk());
        LedgerTable table;
        REQUIRE(ExportLedger::table(f.db(), *campaign, kind, QDate(2021, 11, 10), &table).isOk());
        CHECK(table.title == ledgerKinds().name(kind));
        CHECK(rows == table.rows.size());
        total += compareTable(path, table);
    }
    CHECK(total > 0);
}

TEST_CASE("cli: institutions export writes the registry, then list shows the same columns")
{
    test::DemoDatabase f;
    const QString path = f.file(u"名册.xlsx"_s);
    QString out, err;
    CHECK(test::runCli({u"--db"_s, f.path(), u"institutions"_s, u"export"_s}, &out, &err) == 2);
    REQUIRE(test::runCli({u"--db"_s, f.path(), u"institutions"_s, u"export"_s, u"--all"_s, u"--out"_s, path}, &out, &err) == 0);
    const QList<Institution> registry = InstitutionRepository(f.db()).all();
    CHECK(out.contains(QString::number(registry.size())));
    const LedgerTable table = ExportRegistry::table(registry, true, QDate::currentDate());
    CHECK(compareTable(path, table) == registry.size());

    REQUIRE(test::runCli({u"--db"_s, f.path(), u"institutions"_s, u"list"_s, u"--all"_s}, &out, &err) == 0);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == registry.size() + 1);
    CHECK(lines.first() == u"名称\t简称\t所有制\t等级\t医保定点\t类别\t乡镇\t举报电话\t举报邮箱\t联系人\t联系电话\t开业日期\t状态"_s);
    CHECK(lines.at(1).startsWith(registry.first().name + u'\t'));
}

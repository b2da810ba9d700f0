// SPDX-License-Identifier: GPL-3.0-or-later
// A template handed out for a month already stored, and returned unchanged, changes
// nothing; a formula without a cached result is said to be one instead of "blank".
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "forms/FormDescription.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "ledgers/LedgerFigures.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/CellAddress.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);
const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");

Campaign campaignOf(test::DemoDatabase &demo)
{
    const auto c = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(c);
    return *c;
}

Institution unit(test::DemoDatabase &demo)
{
    const auto i = InstitutionRepository(demo.db()).findByName(kUnit);
    REQUIRE(i);
    return *i;
}

QString templateFor(test::DemoDatabase &demo, const YearMonth &month)
{
    const QString folder = demo.file(QStringLiteral("tpl-") + month.toString());
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(demo.db(), campaignOf(demo), month, folder, &written));
    const QString path = QDir(folder).filePath(ReportTemplates::fileName(unit(demo), month));
    REQUIRE(QFileInfo::exists(path));
    return path;
}

Report stored(test::DemoDatabase &demo, int form, const YearMonth &month)
{
    const auto r = ReportRepository(demo.db()).find(demo.campaignId(), form, UnitKey::institution(unit(demo).id), month);
    REQUIRE(r);
    return *r;
}

QString bodyCell(int form, int column)
{
    return CellAddress::toString(6, FormCatalog::form(form).gridColumnOf(column));
}

} // namespace

TEST_CASE("returned templates: a template of a stored month is prefilled with that month and gives it back unchanged")
{
    test::DemoDatabase demo;
    const Report november1 = stored(demo, 1, kMonth);
    const Report november3 = stored(demo, 3, kMonth);
    const Report october1 = stored(demo, 1, kMonth.previous());
    // The months must differ somewhere, or prefilling the wrong one could not be seen.
    REQUIRE(november1.numbers != october1.numbers);
    const QString path = templateFor(demo, kMonth);

    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book));
    const XlsxSheet *sheet = book.sheet(QStringLiteral(u"附件1"));
    REQUIRE(sheet);
    for (auto it = november1.numbers.constBegin(); it != november1.numbers.constEnd(); ++it) {
        INFO("column " << it.key());
        const CellAddress a = CellAddress::parse(bodyCell(1, it.key()));
        CHECK(sheet->cell(a.row, a.column).number == it.value());
    }

    const WorkbookFile file = WorkbookImport::analyse(path, WorkbookImport::contextFor(demo.db(), campaignOf(demo), QDate(2021, 12, 10)));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.isClean());
    CHECK(file.change() == ImportChange::Unchanged);
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"), path}, &out, &err) == 0);
    CHECK(stored(demo, 1, kMonth).numbers == november1.numbers);
    CHECK(stored(demo, 3, kMonth).numbers == november3.numbers);
    CHECK(stored(demo, 3, kMonth).texts == november3.texts);
}

TEST_CASE("returned templates: a template of a month not yet filed hands out the ledger's figures, and returned unchanged agrees with them")
{
    test::DemoDatabase demo;
    const auto hm = InstitutionRepository(demo.db()).findByName(QStringLiteral(u"鹿寨县黄冕镇卫生院"));
    REQUIRE(hm);
    const QString key = UnitKey::institution(hm->id);
    const Report october3 = *ReportRepository(demo.db()).find(demo.campaignId(), 3, key, kMonth.previous());
    // The unit has not filed November yet.
    for (int form : ReportTemplates::institutionForms())
        REQUIRE(ReportRepository(demo.db()).remove(demo.campaignId(), form, key, kMonth).isOk());
    // The ledgers make a November figure that differs from October's, or carrying October's
    // forward could not be told from handing out the ledger's.
    const LedgerFigures figures(LedgerRepository::snapshot(demo.db(), demo.campaignId()),
                                InstitutionRepository(demo.db()).all(), demo.campaignId());
    int column = 0;
    double ledger = 0;
    for (const Report &r : figures.derive(3, {kMonth}))
        if (r.unitKey == key)
            for (auto it = r.numbers.constBegin(); it != r.numbers.constEnd() && column == 0; ++it)
                if (october3.hasNumber(it.key()) && october3.number(it.key()) != it.value()) {
                    column = it.key();
                    ledger = it.value();
                }
    REQUIRE(column > 0);

    const QString folder = demo.file(QStringLiteral("tpl-blank"));
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(demo.db(), campaignOf(demo), kMonth, folder, &written));
    const QString path = QDir(folder).filePath(ReportTemplates::fileName(*hm, kMonth));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book));
    const XlsxSheet *sheet = book.sheet(QStringLiteral(u"附件3"));
    REQUIRE(sheet);
    const CellAddress a = CellAddress::parse(bodyCell(3, column));
    CHECK(sheet->cell(a.row, a.column).number == ledger);

    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("reports"), QStringLiteral("import"), path,
                          QStringLiteral("--received"), QStringLiteral("2021-12-05")},
                         &out, &err) == 0);
    REQUIRE(ReportRepository(demo.db()).find(demo.campaignId(), 3, key, kMonth));
    test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("check"), QStringLiteral("--month"), kMonth.toString()},
                 &out, &err);
    INFO(out.toStdString());
    for (const QString &line : out.split(QLatin1Char('\n')))
        CHECK_FALSE((line.contains(hm->name) && line.contains(QStringLiteral(u"台账计算数"))));
}

TEST_CASE("returned templates: a formula cell without a cached result is named as such, not as blank")
{
    test::DemoDatabase demo;
    const QString path = templateFor(demo, kMonth);
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    test::Parts parts = test::unzipParts(in.readAll());
    const QString cell = bodyCell(1, 1);
    bool patched = false;
    for (auto &part : parts) {
        if (part.first != QStringLiteral("xl/worksheets/sheet1.xml"))
            continue;
        QString xml = QString::fromUtf8(part.second);
        // The cell as a generator that stores no results writes it: the formula only.
        const QRegularExpression pattern(QStringLiteral("<c r=\"%1\"([^>/]*)(/>|>.*?</c>)").arg(cell));
        REQUIRE(xml.contains(pattern));
        xml.replace(pattern, QStringLiteral("<c r=\"%1\"\\1><f>1+3</f></c>").arg(cell));
        part.second = xml.toUtf8();
        patched = true;
    }
    REQUIRE(patched);
    const QString formula = demo.file(QStringLiteral("formula.xlsx"));
    test::writeFile(formula, test::zipParts(parts));
    const WorkbookFile file = WorkbookImport::analyse(formula, WorkbookImport::contextFor(demo.db(), campaignOf(demo), QDate(2021, 12, 10)));
    const QString errors = file.errors.join(QLatin1Char('\n'));
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral(u"%1（第1栏").arg(cell)));
    CHECK(errors.contains(QStringLiteral(u"公式没有计算结果")));
    CHECK_FALSE(file.warnings.join(QLatin1Char('\n')).contains(QStringLiteral(u"%1 为空").arg(cell)));
}

TEST_CASE("returned templates: figures lower than the month's stored ones are named, old figure and new")
{
    // The template as it was handed out before November was stored: October's figures.
    test::DemoDatabase early;
    const Institution zhongdu = unit(early);
    for (int form : {1, 3})
        REQUIRE(ReportRepository(early.db()).remove(early.campaignId(), form, UnitKey::institution(zhongdu.id), kMonth));
    const QString old = templateFor(early, kMonth);

    test::DemoDatabase demo;
    const Report november = stored(demo, 1, kMonth);
    const Report october = stored(demo, 1, kMonth.previous());
    int lowered = 0;
    for (auto it = november.numbers.constBegin(); it != november.numbers.constEnd(); ++it)
        if (october.hasNumber(it.key()) && october.number(it.key()) < it.value())
            lowered = it.key();
    REQUIRE(lowered > 0);
    const WorkbookFile file = WorkbookImport::analyse(old, WorkbookImport::contextFor(demo.db(), campaignOf(demo), QDate(2021, 12, 10)));
    INFO(file.errors.join(QLatin1Char('\n')).toStdString());
    const QString warnings = file.warnings.join(QLatin1Char('\n'));
    INFO(warnings.toStdString());
    CHECK(warnings.contains(QStringLiteral(u"%1（第%2栏）：将已存的2021年11月累计数%3改为%4")
                                .arg(bodyCell(1, lowered))
                                .arg(lowered)
                                .arg(november.number(lowered))
                                .arg(october.number(lowered))));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files of the official outputs: each exported form workbook as a readable dump
// (tests/tools/xlsx_dump.py --text: every cell with its format, merges, sizes, print
// setup) and each printed form's text page by page (pdftotext -layout), for the demo
// county and one small synthetic county. Any change to what a bureau sends upwards shows
// as a diff of tests/data/golden/, reviewed like code; tests/tools/update-golden.sh
// rewrites the files after a deliberate change.
#include "GoldenFiles.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/ExportForms.h"
#include "campaign/CampaignTemplate.h"
#include "demo/DemoFigures.h"
#include "forms/MonthlyForms.h"
#include "model/Institution.h"
#include "print/FormPainter.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QDir>
#include <QProcess>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);
const QDate kFillDate(2021, 12, 3);

/// A county small enough to read its forms at a glance, and unlike the demo where it
/// matters to the layout: a private tertiary hospital, two pharmacies, no 妇幼保健院.
void seedSyntheticCounty(Database &db)
{
    struct Row
    {
        const char16_t *name;
        Ownership ownership;
        Level level;
        InstitutionKind kind;
        const char16_t *township;
    };
    const Row rows[] = {
        {u"清溪县人民医院", Ownership::Public, Level::Tertiary, InstitutionKind::Medical, u"城关镇"},
        {u"清溪县中医医院", Ownership::Public, Level::Secondary, InstitutionKind::Medical, u"城关镇"},
        {u"清溪县城关镇卫生院", Ownership::Public, Level::PrimaryOrBelow, InstitutionKind::Medical, u"城关镇"},
        {u"清溪县石桥乡卫生院", Ownership::Public, Level::PrimaryOrBelow, InstitutionKind::Medical, u"石桥乡"},
        {u"清溪博仁医院", Ownership::Private, Level::Tertiary, InstitutionKind::Medical, u"城关镇"},
        {u"清溪县石桥乡上坪村卫生室", Ownership::Private, Level::PrimaryOrBelow, InstitutionKind::Medical, u"石桥乡"},
        {u"清溪县百草堂大药房", Ownership::Private, Level::PrimaryOrBelow, InstitutionKind::Pharmacy, u"城关镇"},
        {u"清溪县仁心药店", Ownership::Private, Level::PrimaryOrBelow, InstitutionKind::Pharmacy, u"石桥乡"},
    };
    QList<Institution> list;
    for (const Row &r : rows) {
        Institution i;
        i.name = QString::fromUtf16(r.name);
        i.ownership = r.ownership;
        i.level = r.level;
        i.kind = r.kind;
        i.contracted = true;
        i.township = QString::fromUtf16(r.township);
        i.reportPhone = QStringLiteral("0771-5550%1").arg(list.size() + 100);
        i.reportEmail = QStringLiteral("unit%1@example.org").arg(list.size() + 1);
        list << i;
    }
    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(tmpl);
    CampaignParameters params;
    params.county = QStringLiteral(u"清溪县");
    params.city = QStringLiteral(u"青山市");
    params.year = 2021;
    params.docNumber = QStringLiteral(u"清卫医〔2021〕8号");
    params.bureauPhone = QStringLiteral("0771-5550001");
    params.bureauEmail = QStringLiteral("qxwj@example.org");
    params.cityPhone = QStringLiteral("0771-5550002");
    params.cityEmail = QStringLiteral("qswj@example.org");
    Campaign campaign;
    REQUIRE(tmpl->instantiate(params, &campaign).isOk());
    Transaction tx(db);
    REQUIRE(InstitutionRepository(db).saveAll(list).isOk());
    REQUIRE(CampaignRepository(db).save(campaign).isOk());
    const Status s = DemoFigures::write(db, campaign, list);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(tx.commit().isOk());
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString workbookDump(const QString &xlsx)
{
    return run(QStringLiteral("/usr/bin/python3"),
               {QDir(QStringLiteral(QINGFENG_TEST_TOOLS_DIR)).filePath(QStringLiteral("xlsx_dump.py")),
                QStringLiteral("--text"), xlsx});
}

/// pdftotext's layout text, each line prefixed with its page, blank lines and trailing
/// spaces dropped.
QString pdfDump(const QString &pdf)
{
    const QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                  .split(QLatin1Char('\f'));
    QString out;
    for (int p = 0; p < pages.size(); ++p)
        for (const QString &line : pages.at(p).split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed().isEmpty() ? QString() : QString(line).remove(QRegularExpression(QStringLiteral("\\s+$")));
            if (!trimmed.isEmpty())
                out += QStringLiteral("p%1| %2\n").arg(p + 1).arg(trimmed);
        }
    return out;
}

/// Exports the month's workbook and prints its three forms, comparing each dump with
/// its golden file under `county`.
void checkCounty(Database &db, qint64 campaignId, const QString &county, const QString &dir)
{
    const auto campaign = CampaignRepository(db).load(campaignId);
    REQUIRE(campaign);
    FormExportRequest request;
    request.campaign = *campaign;
    request.month = kMonth;
    request.fillDate = kFillDate;
    request.force = true;
    request.path = QDir(dir).filePath(QStringLiteral("forms.xlsx"));
    const FormExportResult result = ExportForms::run(db, request);
    INFO(result.status.message());
    REQUIRE(result.isWritten());
    test::checkGolden(county + QStringLiteral("/forms-2021-11.xlsx.txt"), workbookDump(request.path));

    for (int form = 1; form <= 3; ++form) {
        const FormTable table = MonthlyForms::build(db, *campaign, form, kMonth, kFillDate);
        const QString pdf = QDir(dir).filePath(QStringLiteral("form%1.pdf").arg(form));
        REQUIRE(FormPainter(table).writePdf(pdf).isOk());
        test::checkGolden(county + QStringLiteral("/form%1-2021-11.pdf.txt").arg(form), pdfDump(pdf));
    }
}

} // namespace

TEST_CASE("the demo county's exported and printed forms match their golden files", "[golden]")
{
    test::DemoDatabase demo;
    checkCounty(demo.db(), demo.campaignId(), QStringLiteral("demo"), demo.dir());
}

TEST_CASE("a small synthetic county's exported and printed forms match their golden files", "[golden]")
{
    test::TempDatabase temp;
    seedSyntheticCounty(temp.db());
    const qint64 id = CampaignRepository(temp.db()).latestId();
    REQUIRE(id != 0);
    checkCounty(temp.db(), id, QStringLiteral("synthetic"), temp.dir());
}

TEST_CASE("a golden difference names the file, the sheet and cell or the page, and both texts", "[golden]")
{
    const QString golden = QStringLiteral(u"附件3 page paper=9\n附件3!T13 blank font=宋体 10\n附件3!T14 blank font=宋体 10\n");
    CHECK(test::goldenDifference(QStringLiteral("a.txt"), golden, golden).isEmpty());
    const QString changed = QString(golden).replace(QStringLiteral(u"T14 blank"), QStringLiteral(u"T14 \"注\""));
    const QString d = test::goldenDifference(QStringLiteral("a.txt"), golden, changed);
    CHECK(d.contains(QStringLiteral(u"a.txt line 3 (sheet 附件3, cell T14)")));
    CHECK(d.contains(QStringLiteral(u"expected: 附件3!T14 blank")));
    CHECK(d.contains(QStringLiteral(u"actual:   附件3!T14 \"注\"")));
    const QString page = test::goldenDifference(QStringLiteral("b.txt"), QStringLiteral("p1| a\np2| b\n"),
                                                QStringLiteral("p1| a\np2| c\n"));
    CHECK(page.contains(QStringLiteral("b.txt line 2 (page 2)")));
    CHECK(test::goldenDifference(QStringLiteral("c.txt"), QStringLiteral("p1| a\n"), QStringLiteral("p1| a\np1| b\n"))
              .contains(QStringLiteral("(end of file)")));
}

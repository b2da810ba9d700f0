// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/ExportForms.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "summary/SummaryExport.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/XlsxWorkbook.h"

#include <QRegularExpression>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);
const QDate kAsOf(2021, 12, 20);

// The month's workbook as the export action writes it, read back from the file.
XlsxWorkbook exportedMonth(test::DemoDatabase &demo, const Campaign &campaign)
{
    FormExportRequest request;
    request.campaign = campaign;
    request.month = kMonth;
    request.fillDate = kAsOf;
    request.force = true;
    request.path = demo.file(QStringLiteral("month.xlsx"));
    const FormExportResult result = ExportForms::run(demo.db(), request);
    INFO(result.status.message());
    REQUIRE(result.isWritten());
    XlsxWorkbook workbook;
    REQUIRE(XlsxReader::readFile(result.path, &workbook).isOk());
    return workbook;
}

// The figure of a form's column in the first row whose label cells show `label`
// (合计, 总计, or an institution's name), as the workbook holds it.
double cellOf(const XlsxWorkbook &workbook, int form, int column, const QString &label)
{
    const XlsxSheet *sheet = workbook.sheet(QStringLiteral(u"附件%1").arg(form));
    REQUIRE(sheet);
    const int labels = FormCatalog::form(form).labelColumnCount();
    for (int row : sheet->rows()) {
        bool found = false;
        for (int c = 0; c < labels; ++c)
            found = found || sheet->shownCell(row, c).displayText().trimmed() == label;
        if (!found)
            continue;
        double value = -1;
        INFO("附件" << form << " column " << column << " row " << label.toStdString());
        REQUIRE(sheet->cell(row, labels + column - 1).toNumber(&value));
        return value;
    }
    FAIL("no row " << label.toStdString() << " in 附件" << form);
    return -1;
}

struct Check
{
    const char16_t *pattern;            ///< the default sentence with its figures captured
    QList<std::pair<int, int>> cells;   ///< the form and column of each capture
};

// Each figure of the default sentences, read out of the document's text.
const QList<Check> kChecks = {
    {u"发现问题(\\d+)个，已完成整改(\\d+)个", {{1, 1}, {1, 2}}},
    {u"诫勉谈话(\\d+)人、通报批评(\\d+)人、其他(\\d+)人", {{1, 3}, {1, 4}, {1, 5}}},
    {u"收到检查、监察建议书(\\d+)份，已执行完成并回复(\\d+)份", {{1, 6}, {1, 7}}},
    {u"召开民主（组织）生活会(\\d+)次，建立完善制度(\\d+)个，解决群众实际问题(\\d+)个", {{1, 8}, {1, 10}, {1, 11}}},
    {u"开展警示教育活动(\\d+)次，编制警示教育案例(\\d+)个", {{1, 9}, {3, 4}}},
    {u"检查定点医疗机构(\\d+)家", {{2, 2}}},
    {u"举办培训班(\\d+)期，参训(\\d+)人次", {{3, 2}, {3, 3}}},
    {u"主动交待问题(\\d+)人", {{3, 6}}},
    {u"约谈供应商(\\d+)家次", {{3, 7}}},
    {u"查处收受回扣案件(\\d+)起、涉及(\\d+)人，涉案金额([0-9.]+)万元", {{3, 8}, {3, 9}, {3, 10}}},
    {u"红包礼金或其他不正当利益等案件(\\d+)起、涉及(\\d+)人，涉案金额([0-9.]+)万元", {{3, 11}, {3, 12}, {3, 13}}},
};

} // namespace

TEST_CASE("Every figure of the county's summary equals the exported forms' totals for the month", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const XlsxWorkbook workbook = exportedMonth(demo, campaign);

    const QString path = demo.file(QStringLiteral(u"总结.docx"));
    REQUIRE(SummaryExport::run(demo.db(), {campaign, kMonth, QString(), kAsOf, path}).isOk());
    const test::DocxReadBack doc = test::readDocx(path);
    const QString text = doc.paragraphs.join(QLatin1Char('\n'));
    INFO(text.toStdString());
    for (const QString &heading : {QStringLiteral(u"一、基本情况"), QStringLiteral(u"二、主要做法和成效"),
                                   QStringLiteral(u"三、存在问题"), QStringLiteral(u"四、下一步打算")})
        CHECK(doc.paragraphs.contains(heading));

    for (const Check &check : kChecks) {
        const QString pattern = QString::fromUtf16(check.pattern);
        INFO(pattern.toStdString());
        const auto m = QRegularExpression(pattern).match(text);
        // The demo county reports every one of these figures, so every sentence is there.
        REQUIRE(m.hasMatch());
        for (int i = 0; i < check.cells.size(); ++i) {
            const auto [form, column] = check.cells.at(i);
            const QString total = form == 2 ? QStringLiteral(u"总计") : QStringLiteral(u"合计");
            CHECK(m.captured(i + 1).toDouble() == Approx(cellOf(workbook, form, column, total)).margin(0.005));
        }
    }
    // The 整改率 is (2) over (1) of 附件1's 合计.
    const auto rate = QRegularExpression(QStringLiteral(u"整改率([0-9.]+)%")).match(text);
    REQUIRE(rate.hasMatch());
    const double expected = 100.0 * cellOf(workbook, 1, 2, QStringLiteral(u"合计")) / cellOf(workbook, 1, 1, QStringLiteral(u"合计"));
    CHECK(rate.captured(1).toDouble() == Approx(expected).margin(0.05));
    // 存在问题 names an institution whose 整改率 is below the threshold, with its rate.
    CHECK(text.contains(QStringLiteral(u"鹿寨县人民医院（")));
    CHECK(doc.paragraphs.contains(QStringLiteral(u"鹿寨县卫生健康局")));
    CHECK(doc.paragraphs.contains(QStringLiteral(u"2021年12月20日")));
}

TEST_CASE("An institution's summary states its own figures of 附件1 and leaves out what only the county reports", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const XlsxWorkbook workbook = exportedMonth(demo, campaign);
    const QString unit = QStringLiteral(u"鹿寨县人民医院");

    const QString path = demo.file(QStringLiteral(u"医院总结.docx"));
    REQUIRE(SummaryExport::run(demo.db(), {campaign, kMonth, unit, kAsOf, path}).isOk());
    const QString text = test::readDocx(path).paragraphs.join(QLatin1Char('\n'));
    INFO(text.toStdString());
    const auto m = QRegularExpression(QString::fromUtf16(kChecks.first().pattern)).match(text);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toDouble() == cellOf(workbook, 1, 1, unit));
    CHECK(m.captured(2).toDouble() == cellOf(workbook, 1, 2, unit));
    // 附件2 is the county's alone: no inspection count is said for one institution.
    CHECK_FALSE(text.contains(QStringLiteral(u"检查定点医疗机构")));
    CHECK(text.contains(QStringLiteral(u"本单位应报统计表")));
}

TEST_CASE("The summary as PDF carries the same figures, and a wrong extension or unit writes nothing", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    SummaryDocument drafted;
    int pages = 0;
    const QString pdf = demo.file(QStringLiteral("summary.pdf"));
    REQUIRE(SummaryExport::run(demo.db(), {campaign, kMonth, QString(), kAsOf, pdf}, &drafted, &pages).isOk());
    REQUIRE(pages >= 2);
    CHECK(test::pdfPageCount(pdf) == pages);
    QString all;
    for (int p = 1; p <= pages; ++p)
        all += test::pdfPageText(pdf, p);
    const auto m = QRegularExpression(QString::fromUtf16(kChecks.first().pattern)).match(drafted.text());
    REQUIRE(m.hasMatch());
    CHECK(all.contains(m.captured(0)));
    CHECK(all.contains(QStringLiteral(u"—1—")));

    const QString txt = demo.file(QStringLiteral("summary.txt"));
    CHECK_FALSE(SummaryExport::run(demo.db(), {campaign, kMonth, QString(), kAsOf, txt}).isOk());
    CHECK_FALSE(QFile::exists(txt));
    const QString docx = demo.file(QStringLiteral("nobody.docx"));
    const Status s = SummaryExport::run(demo.db(), {campaign, kMonth, QStringLiteral(u"不存在的医院"), kAsOf, docx});
    CHECK(s.message().contains(QStringLiteral(u"不存在的医院")));
    CHECK_FALSE(QFile::exists(docx));
}

TEST_CASE("A sentence naming a figure the data does not have is left out, and a misspelt placeholder is refused", "[summary]")
{
    SummaryFigures f;
    f.campaign.county = QStringLiteral(u"鹿寨县");
    f.campaign.issuingBody = QStringLiteral(u"鹿寨县卫生健康局");
    f.month = kMonth;
    f.figures.insert(QStringLiteral("problemsFound"), {QStringLiteral("5"), 5, 1, 1});
    const QJsonObject sentences = QJsonDocument::fromJson(QStringLiteral(
        u"{\"title\":\"{scope}工作总结\",\"sections\":[{\"heading\":\"一、基本情况\",\"paragraphs\":[["
        u"{\"text\":\"发现问题{problemsFound}个。\"},{\"text\":\"整改{problemsRectified}个。\"},"
        u"{\"text\":\"约谈{supplierInterviews}家次。\",\"when\":\"supplierInterviews\"}]]}]}").toUtf8()).object();
    SummaryDocument d;
    REQUIRE(SummaryDocument::compose(f, sentences, &d).isOk());
    CHECK(d.title == QStringLiteral(u"鹿寨县工作总结"));
    CHECK(d.text() == QStringLiteral(u"一、基本情况\n发现问题5个。"));

    QJsonObject wrong = sentences;
    wrong.insert(QStringLiteral("title"), QStringLiteral(u"{countie}工作总结"));
    const Status s = SummaryDocument::compose(f, wrong, &d);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("countie")));
}

TEST_CASE("A unit name that two institutions answer to is refused, naming both, instead of summing up either", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    // A clinic registered with the county hospital's short name by mistake.
    Institution clinic;
    clinic.name = QStringLiteral(u"鹿寨县新开诊所");
    clinic.shortName = QStringLiteral(u"县人民医院");
    clinic.reportPhone = QStringLiteral("0772-6812999");
    REQUIRE(InstitutionRepository(demo.db()).save(clinic).isOk());
    const QString docx = demo.file(QStringLiteral("ambiguous.docx"));
    const Status s = SummaryExport::run(demo.db(), {campaign, kMonth, QStringLiteral(u"县人民医院"), kAsOf, docx});
    INFO(s.message().toStdString());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"鹿寨县人民医院")));
    CHECK(s.message().contains(QStringLiteral(u"鹿寨县新开诊所")));
    CHECK_FALSE(QFile::exists(docx));
}

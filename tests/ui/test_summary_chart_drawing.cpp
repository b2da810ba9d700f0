// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the 工作总结 drawn by the chart library, as the window and qingfeng-cli draw them.
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "SummaryChartDrawing.h"
#include "storage/CampaignRepository.h"

#include <QImage>
#include <QProcess>
#include <QSet>

using namespace qf;

namespace {

int runProgram(const QStringList &args, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QINGFENG_CLI_PROGRAM), args);
    REQUIRE(p.waitForFinished(120000));
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

} // namespace

TEST_CASE("the summary's charts are drawn as sharp PNGs with bars in them, for the county and for one institution", "[charts]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    SummaryRequest request{*campaign, YearMonth(2021, 11), QString(), QDate(2021, 12, 20), QString()};
    REQUIRE(charts::SummaryChartDrawing::draw(demo.db(), &request).isOk());
    REQUIRE(request.charts.size() == 2);
    for (const SummaryChart &chart : request.charts) {
        const QImage image = QImage::fromData(chart.png, "PNG");
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == charts::SummaryChartDrawing::kLayout * charts::SummaryChartDrawing::kScale);
        // Not an empty frame: the bars' colours are there beside white and the axes' greys.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 8);
    }
    const QList<SummaryChart> county = request.charts;
    request.unit = QStringLiteral(u"鹿寨县人民医院");
    REQUIRE(charts::SummaryChartDrawing::draw(demo.db(), &request).isOk());
    REQUIRE(request.charts.size() == 2);
    for (int i = 0; i < 2; ++i)
        CHECK(request.charts.at(i).png != county.at(i).png);
}

TEST_CASE("qingfeng-cli summary writes the county's charts into the Word document and the PDF", "[charts]")
{
    test::DemoDatabase demo;
    const QString docx = demo.file(QStringLiteral(u"总结.docx"));
    const QString pdf = demo.file(QStringLiteral(u"总结.pdf"));
    for (const QString &out : {docx, pdf}) {
        QString err;
        const int status = runProgram({QStringLiteral("--db"), demo.path(), QStringLiteral("summary"), QStringLiteral("--month"),
                                       QStringLiteral("2021-11"), QStringLiteral("--date"), QStringLiteral("2021-12-20"),
                                       QStringLiteral("--out"), out},
                                      &err);
        INFO(err.toStdString());
        REQUIRE(status == 0);
    }
    const test::DocxReadBack doc = test::readDocx(docx);
    CHECK(doc.inlineShapes == 2);
    CHECK(doc.paragraphs.filter(QStringLiteral(u"图1\u3000")).size() == 1);
    CHECK(doc.paragraphs.filter(QStringLiteral(u"图2\u3000")).size() == 1);
    const QStringList images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    CHECK(images.size() == 2);
    // The campaign's first month alone: no chart, the summary still written.
    QString err;
    const QString early = demo.file(QStringLiteral("early.docx"));
    REQUIRE(runProgram({QStringLiteral("--db"), demo.path(), QStringLiteral("summary"), QStringLiteral("--month"),
                        QStringLiteral("2021-07"), QStringLiteral("--out"), early},
                       &err)
            == 0);
    CHECK(test::readDocx(early).inlineShapes == 0);
}

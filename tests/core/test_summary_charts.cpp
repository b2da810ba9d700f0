// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the 工作总结 as core plans and lays them out; the drawing itself is the
// chart library's (tests/ui/test_summary_chart_drawing.cpp), here a plain PNG stands in.
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "storage/CampaignRepository.h"
#include "summary/SummaryExport.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);
const QDate kAsOf(2021, 12, 20);

QByteArray pngOf(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

QList<SummaryChart> drawn(test::DemoDatabase &demo, const SummaryRequest &request)
{
    QList<SummaryChart> charts;
    REQUIRE(SummaryExport::charts(demo.db(), request, &charts).isOk());
    for (SummaryChart &c : charts)
        c.png = pngOf(720, 420);
    return charts;
}

int indexOf(const QStringList &paragraphs, const QString &start)
{
    for (int i = 0; i < paragraphs.size(); ++i)
        if (paragraphs.at(i).startsWith(start))
            return i;
    return -1;
}

} // namespace

TEST_CASE("The county's summary plans the filing and the problems chart by month, an institution's its own, a first month's none", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    QList<SummaryChart> charts;
    REQUIRE(SummaryExport::charts(demo.db(), {campaign, kMonth, QString(), kAsOf, QString()}, &charts).isOk());
    REQUIRE(charts.size() == 2);
    CHECK(charts.at(0).kind == ChartKind::Filing);
    CHECK(charts.at(1).kind == ChartKind::Problems);
    for (const SummaryChart &c : charts) {
        CHECK(c.data.months.size() >= 2);
        CHECK(c.data.months.last() == kMonth);
        CHECK(c.png.isEmpty());
    }
    CHECK(charts.at(0).caption.contains(QStringLiteral(u"报送情况")));

    const QList<SummaryChart> county = charts;
    REQUIRE(SummaryExport::charts(demo.db(), {campaign, kMonth, QStringLiteral(u"鹿寨县人民医院"), kAsOf, QString()}, &charts).isOk());
    REQUIRE(charts.size() == 2);
    CHECK(charts.at(0).kind == ChartKind::Filing);
    CHECK(charts.at(1).kind == ChartKind::Problems);
    for (int i = 0; i < 2; ++i) {
        CHECK(charts.at(i).institutionId != 0);
        CHECK(charts.at(i).caption.startsWith(QStringLiteral(u"鹿寨县人民医院")));
        CHECK(charts.at(i).data.months == county.at(i).data.months);
        // Its own record, not the county's bars under its name.
        CHECK(charts.at(i).data.sets.at(0).values != county.at(i).data.sets.at(0).values);
    }
    // The campaign's first month alone: a chart of one bar each is left out.
    const YearMonth first = YearMonth::fromDate(campaign.start);
    REQUIRE(SummaryExport::charts(demo.db(), {campaign, first, QString(), first.lastDay(), QString()}, &charts).isOk());
    CHECK(charts.isEmpty());
}

TEST_CASE("A summary drafted after the campaign's last report shows every reported month in its charts", "[summary]")
{
    // The demo's last report is November's (due 12-12); a summary drafted in December, or
    // after the campaign, defaults to December, which no form reports.
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const YearMonth last = campaign.reportingPeriods().last();
    const QDate after = campaign.end.addDays(10);
    REQUIRE(SummaryExport::defaultMonth(campaign, after) > last);
    QList<SummaryChart> charts;
    REQUIRE(SummaryExport::charts(demo.db(), {campaign, YearMonth(), QString(), after, QString()}, &charts).isOk());
    REQUIRE(charts.size() == 2);
    for (const SummaryChart &c : charts) {
        CHECK(c.data.months.last() == last);
        CHECK(c.data.months.size() == campaign.reportingPeriods().size());
    }
}

TEST_CASE("A chart needs two months and a value above zero to be shown", "[summary]")
{
    ChartData data;
    data.categories = {QStringLiteral("2021-07")};
    data.sets = {{QString(), QStringLiteral(u"发现"), {5.0}}};
    CHECK_FALSE(SummaryChart::hasData(data));
    data.categories << QStringLiteral("2021-08");
    data.sets = {{QString(), QStringLiteral(u"发现"), {std::nullopt, 0.0}}};
    CHECK_FALSE(SummaryChart::hasData(data));
    data.sets[0].values[1] = 3.0;
    CHECK(SummaryChart::hasData(data));
}

TEST_CASE("The summary as Word shows each drawn chart under its section at the text width, with its numbered caption after it", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    SummaryRequest request{campaign, kMonth, QString(), kAsOf, demo.file(QStringLiteral(u"图表总结.docx"))};
    request.charts = drawn(demo, request);
    REQUIRE(SummaryExport::run(demo.db(), request).isOk());
    const test::DocxReadBack doc = test::readDocx(request.path);
    REQUIRE(doc.inlineShapes == 2);
    for (const QSizeF &size : doc.pictureSizesMm) {
        CHECK(size.width() == Approx(156).margin(0.1));
        CHECK(size.height() == Approx(156.0 * 420 / 720).margin(0.2));
    }
    const int basic = indexOf(doc.paragraphs, QStringLiteral(u"一、基本情况"));
    const int measures = indexOf(doc.paragraphs, QStringLiteral(u"二、主要做法和成效"));
    const int problems = indexOf(doc.paragraphs, QStringLiteral(u"三、存在问题"));
    const int fig1 = indexOf(doc.paragraphs, QStringLiteral(u"图1\u3000鹿寨县各月统计表报送情况"));
    const int fig2 = indexOf(doc.paragraphs, QStringLiteral(u"图2\u3000鹿寨县各月问题发现、整改与销号情况"));
    INFO(doc.paragraphs.join(QLatin1Char('\n')).toStdString());
    REQUIRE(fig1 > 0);
    REQUIRE(fig2 > 0);
    CHECK((basic < fig1 && fig1 < measures));
    CHECK((measures < fig2 && fig2 < problems));
    for (int caption : {fig1, fig2}) {
        CHECK(doc.styles.at(caption) == QStringLiteral("Caption"));
        // The picture stands just above its caption and keeps with it.
        CHECK(doc.pictures.at(caption - 1) == 1);
        CHECK(doc.keepNext.at(caption - 1));
    }
    int inParagraphs = 0;
    for (int n : doc.pictures)
        inParagraphs += n;
    CHECK(inParagraphs == 2);
}

TEST_CASE("A planned chart the caller did not draw is left out and the captions stay numbered 图1, 图2 in order", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    SummaryRequest request{campaign, kMonth, QString(), kAsOf, demo.file(QStringLiteral("one.docx"))};
    request.charts = drawn(demo, request);
    REQUIRE(request.charts.size() == 2);
    request.charts[0].png.clear();
    REQUIRE(SummaryExport::run(demo.db(), request).isOk());
    const test::DocxReadBack doc = test::readDocx(request.path);
    CHECK(doc.inlineShapes == 1);
    CHECK(indexOf(doc.paragraphs, QStringLiteral(u"图1\u3000鹿寨县各月问题发现")) > 0);
    CHECK(indexOf(doc.paragraphs, QStringLiteral(u"图2")) < 0);
    // Without charts the summary is the text alone.
    request.charts.clear();
    REQUIRE(SummaryExport::run(demo.db(), request).isOk());
    CHECK(test::readDocx(request.path).inlineShapes == 0);
    // A broken drawing is refused, naming the chart, and nothing is written.
    request.charts = drawn(demo, request);
    request.charts[1].png = QByteArrayLiteral("not a png");
    request.path = demo.file(QStringLiteral("broken.pdf"));
    const Status s = SummaryExport::run(demo.db(), request);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"问题发现")));
    CHECK_FALSE(QFile::exists(request.path));
}

TEST_CASE("The summary as PDF carries each drawn chart at the text width with its caption on the same page", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    SummaryRequest request{campaign, kMonth, QString(), kAsOf, demo.file(QStringLiteral("charts.pdf"))};
    request.charts = drawn(demo, request);
    int pages = 0;
    REQUIRE(SummaryExport::run(demo.db(), request, nullptr, &pages).isOk());
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList rows = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), request.path})
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                 .mid(2);
    REQUIRE(rows.size() == 2);
    QList<int> imagePages;
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(f.size() >= 14);
        CHECK(f.at(3) == QStringLiteral("720"));
        // 720 pixels over 156 mm: the image spans the type area's width.
        CHECK(f.at(12).toDouble() == Approx(720 / (156 / 25.4)).margin(2));
        imagePages << f.at(0).toInt();
    }
    QString first, second;
    for (int p = 1; p <= pages; ++p) {
        const QString text = test::pdfPageText(request.path, p);
        if (text.contains(QStringLiteral(u"鹿寨县各月统计表报送情况")))
            first = QString::number(p);
        if (text.contains(QStringLiteral(u"鹿寨县各月问题发现、整改与销号情况")))
            second = QString::number(p);
    }
    CHECK(first == QString::number(imagePages.at(0)));
    CHECK(second == QString::number(imagePages.at(1)));
}

namespace {

double sumOf(const ChartData::Set &set)
{
    double sum = 0;
    for (const std::optional<double> &v : set.values)
        sum += v.value_or(0);
    return sum;
}

double captured(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    INFO(pattern.toStdString());
    REQUIRE(m.hasMatch());
    return m.captured(1).toDouble();
}

} // namespace

TEST_CASE("An institution's summary as Word carries its own filing and problems by month, adding up to the figures its text states", "[summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    SummaryRequest request{campaign, kMonth, QStringLiteral(u"鹿寨县人民医院"), kAsOf, demo.file(QStringLiteral(u"医院总结.docx"))};
    request.charts = drawn(demo, request);
    REQUIRE(request.charts.size() == 2);
    REQUIRE(SummaryExport::run(demo.db(), request).isOk());

    const test::DocxReadBack doc = test::readDocx(request.path);
    CHECK(doc.inlineShapes == 2);
    const QString text = doc.paragraphs.join(QLatin1Char('\n'));
    CHECK(doc.paragraphs.filter(QStringLiteral(u"图1\u3000鹿寨县人民医院各月统计表报送情况")).size() == 1);
    CHECK(doc.paragraphs.filter(QStringLiteral(u"图2\u3000鹿寨县人民医院各月问题发现与整改情况")).size() == 1);

    // The bars of every month add up to what the text says up to the month: filing by state,
    // and the problems found and rectified (附件1's cumulative （1） and （2）).
    const ChartData &filing = request.charts.at(0).data;
    REQUIRE(filing.sets.size() == 3);
    CHECK(sumOf(filing.sets.at(0)) == captured(text, QStringLiteral(u"按时报送(\\d+)份")));
    CHECK(sumOf(filing.sets.at(1)) == captured(text, QStringLiteral(u"逾期补报(\\d+)份")));
    CHECK(sumOf(filing.sets.at(2)) == captured(text, QStringLiteral(u"逾期未报(\\d+)份")));
    const ChartData &problems = request.charts.at(1).data;
    REQUIRE(problems.sets.size() == 2);
    const double found = captured(text, QStringLiteral(u"共发现问题(\\d+)个"));
    CHECK(found > 0);
    CHECK(sumOf(problems.sets.at(0)) == found);
    CHECK(sumOf(problems.sets.at(1)) == captured(text, QStringLiteral(u"已完成整改(\\d+)个")));
}

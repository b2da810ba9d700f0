// SPDX-License-Identifier: GPL-3.0-or-later
// The 图表 tab: the chooser changes the chart, a click on a bar lists the units behind it
// and their reports add up to the bar; the export writes what the suffix names; and
// `qingfeng-cli analysis chart` writes PNG, SVG and PDF files a reader opens.
#include "TestSupport.h"

#include "PdfProbe.h"
#include "analysis/AnalysisPage.h"
#include "analysis/ChartsPanel.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace qf;

namespace {

void waitLoaded(ui::ChartsPanel &panel, int &loaded, int before)
{
    REQUIRE(test::waitUntil([&] { return loaded > before; }));
    INFO(panel.findChild<QLabel *>(QStringLiteral("chartMessage"))->text().toStdString());
    REQUIRE(!panel.chart().categories.isEmpty());
}

// Runs the program itself: it makes the QApplication a chart needs for this command only.
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

TEST_CASE("the chart tab: the chooser changes the chart and a bar's drill-down lists the units that make it up", "[charts]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    auto *page = qobject_cast<ui::AnalysisPage *>(window.page(QStringLiteral("analysis")));
    REQUIRE(page);
    ui::ChartsPanel *panel = page->chartsPanel();
    REQUIRE(panel);
    int loaded = 0;
    QObject::connect(panel, &ui::ChartsPanel::loaded, [&] { ++loaded; });
    panel->reload();
    waitLoaded(*panel, loaded, 0);

    auto *chooser = panel->findChild<QComboBox *>(QStringLiteral("chartChooser"));
    auto *view = panel->findChild<charts::ChartView *>(QStringLiteral("chartView"));
    REQUIRE(chooser);
    REQUIRE(view);
    // The filing chart: stacked bars of on time, late and missing by month.
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("filing")));
    CHECK(panel->chart().request.kind == ChartKind::Filing);
    REQUIRE(view->chart()->series().size() == 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 3);
    CHECK(view->chart()->title() == panel->chart().title);

    // The on-time part of the fullest month, clicked as the mouse clicks it.
    QBarSet *onTime = bars->barSets().first();
    int fullest = 0;
    for (int k = 0; k < onTime->count(); ++k)
        if (onTime->at(k) > onTime->at(fullest))
            fullest = k;
    REQUIRE(onTime->at(fullest) > 0);
    emit bars->clicked(fullest, onTime);
    auto *drill = panel->findChild<QTableWidget *>(QStringLiteral("chartDrillDown"));
    REQUIRE(drill->rowCount() > 0);
    double sum = 0;
    for (int row = 0; row < drill->rowCount(); ++row) {
        CHECK(!drill->item(row, 0)->text().isEmpty());
        sum += drill->item(row, 1)->data(Qt::UserRole).toDouble();
    }
    CHECK(sum == onTime->at(fullest));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("chartDrillTitle"))->text().contains(panel->chart().categories.at(fullest)));

    // Another chart replaces it: the 整改率 by category, one bar set in percent.
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("rate")));
    CHECK(panel->chart().request.kind == ChartKind::RectificationRate);
    CHECK(drill->rowCount() == 0);
    auto *rate = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    REQUIRE(rate);
    CHECK(rate->barSets().size() == 1);
    CHECK(panel->chart().valueAxis == QStringLiteral("%"));
    // The trend offers the form's columns and the units.
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("trend")));
    auto *column = panel->findChild<QComboBox *>(QStringLiteral("chartColumn"));
    auto *unit = panel->findChild<QComboBox *>(QStringLiteral("chartUnit"));
    CHECK(column->count() > 10);
    CHECK(unit->count() > 10);
    CHECK(panel->chart().shape == ChartData::Shape::Lines);
    unit->setCurrentIndex(3);
    CHECK(panel->chart().sets.first().name == unit->currentText());

    // The export button's file, by suffix.
    const QString png = dir.filePath(QStringLiteral("trend.png"));
    REQUIRE(panel->exportTo(png).isOk());
    QImageReader reader(png);
    CHECK(reader.format() == "png");
    CHECK(reader.size() == charts::ChartExport::kDefaultSize);
    CHECK_FALSE(panel->exportTo(dir.filePath(QStringLiteral("trend.jpg"))).isOk());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("trend.jpg"))));
}

TEST_CASE("analysis chart writes PNG, SVG and PDF files with the chart in them", "[charts][cli]")
{
    QTemporaryDir dir;
    {
        ui::Session session;
        REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    }
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("analysis"), QStringLiteral("chart"),
                           QStringLiteral("--month"), QStringLiteral("2021-11"), QStringLiteral("--today"),
                           QStringLiteral("2021-12-20")};
    QString err;
    const QString png = dir.filePath(QStringLiteral("filing.png"));
    REQUIRE(runProgram(base + QStringList{QStringLiteral("--chart"), QStringLiteral("filing"), QStringLiteral("--out"), png}, &err) == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.size() == charts::ChartExport::kDefaultSize);
    // Not a blank page: the bars' colours are there beside the white.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);

    const QString svg = dir.filePath(QStringLiteral("problems.svg"));
    REQUIRE(runProgram(base + QStringList{QStringLiteral("--chart"), QStringLiteral("problems"), QStringLiteral("--out"), svg}, &err) == 0);
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    CHECK(svgText.contains(QStringLiteral("<svg")));
    CHECK(svgText.contains(QStringLiteral("<text")));
    CHECK(svgText.contains(QStringLiteral(u"全县问题发现、整改与销号")));

    const QString pdf = dir.filePath(QStringLiteral("trend.pdf"));
    REQUIRE(runProgram(base + QStringList{QStringLiteral("--chart"), QStringLiteral("trend"), QStringLiteral("--form"),
                                          QStringLiteral("1"), QStringLiteral("--column"), QStringLiteral("1"),
                                          QStringLiteral("--out"), pdf},
                       &err) == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(test::pdfPageCount(pdf) == 1);
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"附件1第1栏")));

    // Refused before anything is read or written: an unknown chart, a suffix it cannot write.
    const QString jpg = dir.filePath(QStringLiteral("filing.jpg"));
    CHECK(runProgram(base + QStringList{QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--out"), png}, &err) == 2);
    CHECK(err.contains(QStringLiteral("filing")));
    CHECK(runProgram(base + QStringList{QStringLiteral("--chart"), QStringLiteral("filing"), QStringLiteral("--out"), jpg}, &err) == 2);
    CHECK_FALSE(QFile::exists(jpg));
}

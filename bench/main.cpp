// SPDX-License-Identifier: GPL-3.0-or-later
// qingfeng-bench: the product's costly paths against what the bare libraries need for the
// same work, on synthetic county and city data, as ratios measured in one run.

#include "AnalysisRun.h"
#include "ScaleRun.h"
#include "UiLatencyRun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    // The main window is measured too; it never needs a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qingfeng benchmarks: product paths against their raw limits."));
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("county, city or both (default county)."),
                                   QStringLiteral("scale"), QStringLiteral("county"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("One run per measurement instead of three."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the results as JSON."),
                                  QStringLiteral("file"));
    const QCommandLineOption keep(QStringLiteral("keep-db"),
                                  QStringLiteral("Copy each generated database (county.sqlite, city.sqlite) into the folder, "
                                                 "to profile the program on it."),
                                  QStringLiteral("folder"));
    const QCommandLineOption open(QStringLiteral("profile-open"),
                                  QStringLiteral("Only open the kept database to the main window, once, to profile it."),
                                  QStringLiteral("file"));
    const QCommandLineOption ui(QStringLiteral("profile-ui"),
                                QStringLiteral("Only time the UI actions on a copy of the kept database, once, to profile them."),
                                QStringLiteral("file"));
    const QCommandLineOption analysis(QStringLiteral("profile-analysis"),
                                      QStringLiteral("Only compute the analysis page's data on the kept signals database, once, to profile it."),
                                      QStringLiteral("file"));
    parser.addOptions({scale, quick, json, keep, open, ui, analysis});
    parser.process(app);
    if (parser.isSet(analysis)) {
        const QString error = qf::bench::analysisPageOnce(parser.value(analysis));
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    if (parser.isSet(ui)) {
        qf::bench::ResultTable table;
        qf::bench::addUiLatencyRow(parser.value(ui), QStringLiteral("kept"), 1, &table);
        QTextStream(stdout) << table.text();
        return 0;
    }
    if (parser.isSet(open)) {
        const QString error = qf::bench::openMainWindow(parser.value(open));
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }

    const QString which = parser.value(scale);
    if (which != u"county" && which != u"city" && which != u"both") {
        std::fprintf(stderr, "--scale must be county, city or both\n");
        return 2;
    }
    qf::bench::ResultTable table;
    qf::bench::RunOptions options;
    options.runs = parser.isSet(quick) ? 1 : 3;
    options.keepDir = parser.value(keep);
    bool ok = true;
    if (which != u"city") {
        options.counties = 1;
        ok = qf::bench::runScale(options, &table) && ok;
    }
    if (which != u"county") {
        options.counties = 10;
        ok = qf::bench::runScale(options, &table) && ok;
    }
    QTextStream out(stdout);
    out << table.text();
    out.flush();
    if (parser.isSet(json) && !table.writeJson(parser.value(json), which)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(json)));
        return 1;
    }
    return ok ? 0 : 1;
}

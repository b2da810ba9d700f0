// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCommands.h"
#include "Cli.h"
#include "SummaryChartDrawing.h"
#include "i18n/Language.h"
#include "io/CoreDumps.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// analysis chart and summary draw charts, graphics widgets, which need a QApplication; every
// other command keeps the lighter QGuiApplication (fonts for the PDFs, no widgets).
bool drawsCharts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "summary") == 0)
            return true;
        if (i + 1 < argc && qstrcmp(argv[i], "analysis") == 0 && qstrcmp(argv[i + 1], "chart") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any password is read: from the address, the keyring or the prompt.
    qf::CoreDumps::disable();
    // Painting PDFs needs fonts, hence a GUI application object; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QGuiApplication> application;
    if (drawsCharts(argc, argv))
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication &app = *application;
    qf::cli::addCommands(qf::cli::chartCommands());
    if (qobject_cast<QApplication *>(&app))
        qf::cli::setSummaryChartDrawer(&qf::charts::SummaryChartDrawing::draw);
    QCoreApplication::setOrganizationName(QStringLiteral("Qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("Qingfeng"));
    // The command line follows the environment (LANGUAGE, LC_ALL, LANG) only, so that a script
    // behaves the same whatever the window's language setting says.
    qf::language::install(app, qf::language::resolve(QString(), QLocale::system()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = qf::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}

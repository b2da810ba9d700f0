// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "i18n/Language.h"
#include "io/CoreDumps.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before any password is read: from the address, the keyring or the prompt.
    qf::CoreDumps::disable();
    // Painting PDFs needs fonts, hence a GUI application object; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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

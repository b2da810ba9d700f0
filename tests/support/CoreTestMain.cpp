// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for the core suite, alone in its file because it compiles slowly.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Set before the application object: catch_discover_tests runs this binary at build time.
    qf::test::prepareEnvironment();
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QingfengTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QingfengTest"));
    return Catch::Session().run(argc, argv);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for the core suite, alone in its file because it compiles slowly.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Set before the application object: catch_discover_tests runs this binary at build time.
    qf::test::prepareEnvironment();
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QingfengTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QingfengTest"));
    // The storage suite's second run, on PostgreSQL, needs a server: without one it is
    // skipped, visibly (CTest shows the code below as "Skipped"), never passed silently.
    if (qf::test::onServer() && qEnvironmentVariableIsEmpty("QINGFENG_TEST_PG")) {
        fprintf(stderr, "WARN: QINGFENG_TEST_PG is not set: the storage tests on PostgreSQL are skipped.\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}

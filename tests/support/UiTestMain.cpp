// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for the widget suite.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    qf::test::prepareEnvironment();
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QingfengTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QingfengTest"));
    const int failed = Catch::Session().run(argc, argv);
    // A read a test left running ends while the SQL drivers are still loaded.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}

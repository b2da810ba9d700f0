// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's server password where no keyring is to be had (these tests reach no
// session bus): PGPASSWORD serves, and a missing one is reported at once, never waited for.
#include "PasswordAccount.h"
#include "TestSupport.h"

#include <QElapsedTimer>

using namespace qf;

TEST_CASE("without a keyring the command line takes PGPASSWORD and says at once when the server wants a password", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the password test needs the test cluster and is skipped.");
        return;
    }
    test::PasswordAccount account(*server);
    const QStringList command{QStringLiteral("--server"), account.location().toUri(), QStringLiteral("campaign"),
                              QStringLiteral("list")};
    qunsetenv("PGPASSWORD");
    QString out, err;
    QElapsedTimer clock;
    clock.start();
    CHECK(test::runCli(command, &out, &err) != 0);
    CHECK(err.contains(QLatin1String("no password supplied")));
    // The keyring it looked in was not there: that is known without waiting for it.
    CHECK(clock.elapsed() < 5000);

    qputenv("PGPASSWORD", account.password.toUtf8());
    err.clear();
    const int code = test::runCli(command, &out, &err);
    qunsetenv("PGPASSWORD");
    INFO(err.toStdString());
    CHECK(code == 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's server password where no keyring is to be had (these tests reach no
// session bus): PGPASSWORD serves, and a missing one is reported at once, never waited for.
#include "PasswordAccount.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

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

TEST_CASE("a server account's password has at least eight characters, and an empty --password-stdin sets none", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the password test needs the test cluster and is skipped.");
        return;
    }
    test::PasswordAccount account(*server);
    const QString other = account.scratch.role(QStringLiteral("short"));
    const Status tooShort = ServerAdmin::addAccount(account.admin, other, ServerAdmin::AccountKind::Bureau, 0, QStringLiteral("a"));
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.message().contains(QString::number(ServerAdmin::MinPasswordLength)));
    QSqlQuery q(account.admin.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(other);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // nothing was created

    // The command line asked to read a password and read an empty line: refused, no login made.
    QProcess cli;
    cli.start(QStringLiteral(QINGFENG_CLI_PROGRAM),
              {QStringLiteral("--server"), account.scratch.location().toUri(), QStringLiteral("server"), QStringLiteral("account"),
               other, QStringLiteral("--bureau"), QStringLiteral("--password-stdin")});
    REQUIRE(cli.waitForStarted());
    cli.write("\n");
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() == 2);
    CHECK(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("--password-stdin")));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

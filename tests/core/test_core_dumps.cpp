// SPDX-License-Identifier: GPL-3.0-or-later
// The process holding passwords leaves no core file behind.
#include "TestSupport.h"

#include "io/CoreDumps.h"

#include <QFile>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace qf;

namespace {

// "Max core file size" from /proc/PID/limits: the soft and the hard limit.
QStringList coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromLatin1(limits.readAll()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Max core file size")))
            return line.mid(26).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2);
    return {};
}

} // namespace

TEST_CASE("core dumps: disabling them sets both limits to zero and the process not dumpable")
{
    // Each test case runs in a process of its own, so this one may lose its core files.
    REQUIRE(CoreDumps::disable());
    CHECK_FALSE(CoreDumps::enabled());
#ifdef Q_OS_LINUX
    CHECK(coreLimits(QCoreApplication::applicationPid()) == QStringList{QStringLiteral("0"), QStringLiteral("0")});
#endif
}

#ifdef Q_OS_LINUX
TEST_CASE("core dumps: the command line, waiting for a server to answer, could not leave one")
{
    // A "server" that takes the connection and never answers keeps the command waiting
    // while its limits are read (plain sockets: the core suite links no Qt Network).
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    REQUIRE(bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(listen(listener, 1) == 0);
    REQUIRE(getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    QProcess cli;
    cli.start(QStringLiteral(QINGFENG_CLI_PROGRAM),
              {QStringLiteral("--server"),
               QStringLiteral("postgresql://someone@127.0.0.1:%1/qingfeng?sslmode=disable").arg(ntohs(address.sin_port)),
               QStringLiteral("institutions"), QStringLiteral("list")});
    REQUIRE(cli.waitForStarted(30000));
    pollfd waiting{listener, POLLIN, 0};
    REQUIRE(poll(&waiting, 1, 30000) == 1);
    const int connection = accept(listener, nullptr, nullptr);
    const QStringList limits = coreLimits(cli.processId());
    cli.kill();
    cli.waitForFinished(30000);
    close(connection);
    close(listener);
    CHECK(limits == QStringList{QStringLiteral("0"), QStringLiteral("0")});
}
#endif

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/InstanceLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>

using namespace qf;

TEST_CASE("a second opener of the same database is told who holds it, and takes over once it is released")
{
    test::TempDatabase temp;
    auto first = std::make_unique<InstanceLock>(temp.path());
    REQUIRE(first->acquire());
    CHECK(first->isHeld());
    CHECK(QFile::exists(InstanceLock::lockPathFor(temp.path())));

    InstanceLock second(temp.path());
    CHECK_FALSE(second.acquire());
    CHECK_FALSE(second.isHeld());
    CHECK(second.holder().contains(QString::number(QCoreApplication::applicationPid())));

    first.reset();
    CHECK_FALSE(QFile::exists(InstanceLock::lockPathFor(temp.path())));
    CHECK(second.acquire());
}

TEST_CASE("a lock left by a process that has ended does not keep the database from being opened")
{
    test::TempDatabase temp;
    // A lock file as a crashed process leaves it: its owner's process id no longer runs.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    REQUIRE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    REQUIRE(ended.waitForFinished());
    QFile lock(InstanceLock::lockPathFor(temp.path()));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nqingfeng\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    InstanceLock next(temp.path());
    CHECK(next.acquire());
}

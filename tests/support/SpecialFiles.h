// SPDX-License-Identifier: GPL-3.0-or-later
// Special files a careless or hostile user may name instead of a document: a FIFO that
// blocks whoever opens it, and the check that a reader gave up on it in time.
#pragma once

#include "model/Status.h"

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>
#include <chrono>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace qf::test {

inline void makeFifo(const QString &path)
{
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
}

/// Runs a read of the FIFO at fifoPath on another thread and returns its status. A
/// reader that blocks in open() or read() fails the check instead of hanging the
/// suite: after a few seconds a writer opens and closes the FIFO to release it.
inline Status readsWithoutBlocking(const QString &fifoPath, const std::function<Status()> &read)
{
    auto done = std::async(std::launch::async, read);
    const bool inTime = done.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!inTime) {
        const int fd = ::open(QFile::encodeName(fifoPath).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    CHECK(inTime);
    return done.get();
}

} // namespace qf::test

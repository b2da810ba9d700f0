// SPDX-License-Identifier: GPL-3.0-or-later
#include "Measurement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace qf::bench {

namespace {

/// Resident set size now, in KiB.
long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

double cpuSeconds(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ChildReport
{
    double seconds = 0;
    double wallSeconds = 0;
    double peakMiB = 0;
    char error[400] = {};
};

void runChild(int fd, const std::function<QString()> &setup, const std::function<QString()> &operation, int who)
{
    ChildReport report;
    const QString failedSetup = setup ? setup() : QString();
    if (!failedSetup.isEmpty()) {
        const QByteArray e = failedSetup.toUtf8().left(sizeof report.error - 1);
        std::memcpy(report.error, e.constData(), size_t(e.size()));
        _exit(write(fd, &report, sizeof report) == ssize_t(sizeof report) ? 0 : 1);
    }
    const long before = residentKiB();
    rusage start{};
    getrusage(who, &start);
    QElapsedTimer timer;
    timer.start();
    const QString error = operation();
    report.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(who, &usage);
    report.seconds = cpuSeconds(usage) - cpuSeconds(start);
    // The memory high-water mark is the process's either way.
    if (who != RUSAGE_SELF)
        getrusage(RUSAGE_SELF, &usage);
    report.peakMiB = double(usage.ru_maxrss - before) / 1024.0;
    const QByteArray e = error.toUtf8().left(sizeof report.error - 1);
    std::memcpy(report.error, e.constData(), size_t(e.size()));
    const ssize_t written = write(fd, &report, sizeof report);
    // Skip destructors and atexit handlers: they belong to the parent.
    _exit(written == ssize_t(sizeof report) ? 0 : 1);
}

Sample measureIn(int who, const std::function<QString()> &setup, const std::function<QString()> &operation, int runs);

} // namespace

Sample measure(const std::function<QString()> &operation, int runs)
{
    return measureIn(RUSAGE_SELF, std::function<QString()>(), operation, runs);
}

Sample measure(const std::function<QString()> &setup, const std::function<QString()> &operation, int runs)
{
    return measureIn(RUSAGE_SELF, setup, operation, runs);
}

Sample measureCallingThread(const std::function<QString()> &operation, int runs)
{
    return measureIn(RUSAGE_THREAD, std::function<QString()>(), operation, runs);
}

namespace {

Sample measureIn(int who, const std::function<QString()> &setup, const std::function<QString()> &operation, int runs)
{
    Sample sample;
    QVector<double> times, wallTimes;
    std::fflush(nullptr);
    for (int i = 0; i < runs; ++i) {
        int fds[2];
        if (pipe(fds) != 0) {
            sample.error = QStringLiteral("pipe failed");
            return sample;
        }
        const pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            runChild(fds[1], setup, operation, who);
        }
        close(fds[1]);
        ChildReport report;
        const ssize_t got = pid > 0 ? read(fds[0], &report, sizeof report) : -1;
        close(fds[0]);
        int status = 0;
        if (pid > 0)
            waitpid(pid, &status, 0);
        if (got != ssize_t(sizeof report)) {
            sample.error = QStringLiteral("the measuring process died");
            return sample;
        }
        if (report.error[0]) {
            sample.error = QString::fromUtf8(report.error);
            return sample;
        }
        times << report.seconds;
        wallTimes << report.wallSeconds;
        sample.peakMiB = std::max(sample.peakMiB, report.peakMiB);
    }
    std::sort(times.begin(), times.end());
    std::sort(wallTimes.begin(), wallTimes.end());
    sample.seconds = times.isEmpty() ? 0 : times.at(times.size() / 2);
    sample.wallSeconds = wallTimes.isEmpty() ? 0 : wallTimes.at(wallTimes.size() / 2);
    sample.ok = !times.isEmpty();
    return sample;
}

} // namespace

} // namespace qf::bench

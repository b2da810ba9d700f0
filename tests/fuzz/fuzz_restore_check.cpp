// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes offered as a backup to restore are checked completely and
// either pass or are refused with a message naming the file — never a crash, and never
// without a reason. The bytes are written to a private temporary file first, since the
// check reads a file as a restore does.
#include "storage/BackupCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_restore_check";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;

    const QString path = dir.filePath(QStringLiteral("candidate.sqlite"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const Status s = BackupCheck::check(path, QStringLiteral("fuzz.sqlite"));
    if (!s && !s.message().contains(QStringLiteral("fuzz.sqlite")))
        std::abort();   // a refusal must say which file
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}

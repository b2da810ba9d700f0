// SPDX-License-Identifier: GPL-3.0-or-later
// Files the user names are read only when they are regular files, never past a limit,
// and hashed while they are read.
#include "SpecialFiles.h"
#include "TestSupport.h"

#include "io/InputFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace qf;

TEST_CASE("a FIFO is refused without blocking the reader")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("import.csv"));
    test::makeFifo(fifo);
    QByteArray bytes("untouched");
    const Status s = test::readsWithoutBlocking(fifo, [&] { return InputFile::read(fifo, 1024, &bytes); });
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    CHECK(s.message().contains(fifo));
    CHECK(bytes == QByteArray("untouched"));
}

TEST_CASE("/dev/zero and a link to it are refused at once, whatever the limit")
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("photo.jpg"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), link));
    for (const QString &path : {QStringLiteral("/dev/zero"), link}) {
        QElapsedTimer timer;
        timer.start();
        QByteArray bytes;
        const Status s = InputFile::read(path, InputFile::kDefaultLimit, &bytes);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
        CHECK(bytes.isEmpty());
        CHECK(timer.elapsed() < 1000);   // nothing was read
    }
}

TEST_CASE("a file over the limit is refused, then one of exactly the limit is read whole and hashed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.bin"));
    QByteArray content(1000, 'x');
    content[17] = '\n';
    test::writeFile(path, content);

    QByteArray bytes, sha;
    REQUIRE(InputFile::read(path, 1000, &bytes, &sha).isOk());
    CHECK(bytes == content);
    CHECK(sha == QCryptographicHash::hash(content, QCryptographicHash::Sha256));

    QByteArray kept("kept"), keptSha("kept");
    const Status s = InputFile::read(path, 999, &kept, &keptSha);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"上限")));
    CHECK(s.message().contains(path));
    CHECK(kept == QByteArray("kept"));
    CHECK(keptSha == QByteArray("kept"));
    CHECK_FALSE(InputFile::checkRegular(path, 999).isOk());
    CHECK(InputFile::checkRegular(path, 1000).isOk());
}

TEST_CASE("an empty file is read as empty, with the hash of nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    test::writeFile(path, QByteArray());
    QByteArray bytes("old"), sha;
    REQUIRE(InputFile::read(path, 10, &bytes, &sha).isOk());
    CHECK(bytes.isEmpty());
    CHECK(sha.toHex() == QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST_CASE("a file that claims a smaller size than it has is still read no further than the limit")
{
    // Files under /proc are regular and say they are empty, but have content: only what
    // is read counts, never the size the file reports.
    const QString path = QStringLiteral("/proc/self/status");
    QByteArray bytes;
    REQUIRE(InputFile::read(path, 1 << 20, &bytes).isOk());
    CHECK(bytes.contains("Name:"));
    const Status s = InputFile::read(path, 8, &bytes);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"上限")));
}

TEST_CASE("a folder and a missing file are refused with their own messages")
{
    QTemporaryDir dir;
    QByteArray bytes;
    const Status folder = InputFile::read(dir.path(), 1024, &bytes);
    REQUIRE_FALSE(folder.isOk());
    CHECK(folder.message().contains(QStringLiteral(u"不是普通文件")));
    const Status missing = InputFile::read(dir.filePath(QStringLiteral("gone.csv")), 1024, &bytes);
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.message().contains(QStringLiteral(u"找不到文件")));
}

TEST_CASE("a file that exists but cannot be opened says why, not that it is missing")
{
    // A loop of links exists as a name but leads nowhere (ELOOP); so does a file behind
    // a folder without permission, except for root, which these tests may run as.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv"));
    const QString b = dir.filePath(QStringLiteral("b.csv"));
    REQUIRE(QFile::link(b, a));
    REQUIRE(QFile::link(a, b));
    QByteArray bytes;
    const Status s = InputFile::read(a, 1024, &bytes);
    REQUIRE_FALSE(s.isOk());
    CHECK_FALSE(s.message().contains(QStringLiteral(u"找不到")));
    CHECK(s.message().contains(QStringLiteral(u"无法读取")));
    CHECK(s.message().contains(a));
}

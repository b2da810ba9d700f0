// SPDX-License-Identifier: GPL-3.0-or-later
// A writer through AtomicFile refuses a target that exists and is not a regular file: its
// rename would replace a FIFO or a device node with a regular file and report success.
#include "TestSupport.h"

#include "io/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace qf;

namespace {

mode_t typeOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & S_IFMT;
}

} // namespace

TEST_CASE("an atomic write refuses a FIFO, a device and a folder as its target and leaves them as they were")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("ff"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = dir.filePath(QStringLiteral("sub"));
    REQUIRE(QDir().mkdir(folder));
    for (const QString &target : {fifo, QStringLiteral("/dev/null"), folder}) {
        INFO(target.toStdString());
        const mode_t before = typeOf(target);
        const Status s = AtomicFile::write(target, QByteArray("data"));
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
        CHECK(s.message().contains(QDir::toNativeSeparators(target)));
        CHECK(typeOf(target) == before);
    }
    // A symlink to a regular file is written through, as before.
    const QString real = dir.filePath(QStringLiteral("real.txt"));
    REQUIRE(AtomicFile::write(real, QByteArray("old")).isOk());
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(real, link));
    CHECK(AtomicFile::write(link, QByteArray("new")).isOk());
}

TEST_CASE("the reminder list exported onto a FIFO is refused and the FIFO stays")
{
    test::DemoDatabase demo;
    const QString fifo = demo.file(QStringLiteral("ff"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("tracking"), QStringLiteral("remind"), QStringLiteral("--month"),
                        QStringLiteral("2021-11"), QStringLiteral("--out"), fifo, QStringLiteral("--today"), QStringLiteral("2021-12-20")},
                       &out, &err)
          != 0);
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral(u"不是普通文件")));
    CHECK(typeOf(fifo) == S_IFIFO);
}

TEST_CASE("the notice and the 工作总结 saved as PDF onto a FIFO are refused and the FIFO stays")
{
    test::DemoDatabase demo;
    for (const QString &command : {QStringLiteral("notice"), QStringLiteral("summary")}) {
        INFO(command.toStdString());
        const QString fifo = demo.file(command + QStringLiteral(".pdf"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QString out, err;
        CHECK(test::runCli({QStringLiteral("--db"), demo.path(), command, QStringLiteral("--out"), fifo}, &out, &err) != 0);
        INFO(err.toStdString());
        CHECK(err.contains(QStringLiteral(u"不是普通文件")));
        CHECK(typeOf(fifo) == S_IFIFO);
    }
}

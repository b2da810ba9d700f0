// SPDX-License-Identifier: GPL-3.0-or-later
// No writer of the program may replace the open database or one of its companion files:
// an export onto "db.sqlite" once turned the live database into a workbook.
#include "TestSupport.h"

#include "io/AtomicFile.h"
#include "io/ProtectedFiles.h"
#include "storage/Backup.h"

#include <QFile>

#include <unistd.h>

using namespace qf;

namespace {

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

int exportTo(const QString &db, const QString &out, QString *err)
{
    return test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--form"), QStringLiteral("1"),
                         QStringLiteral("--month"), QStringLiteral("2021-08"), QStringLiteral("--out"), out, QStringLiteral("--force")},
                        nullptr, err);
}

} // namespace

TEST_CASE("protected files: an export onto the database or its companions is refused and the database stays")
{
    test::DemoDatabase f;
    const QString db = f.path();
    const QByteArray before = test::digestOf(db);
    QString err;
    SECTION("the database itself")
    {
        CHECK(exportTo(db, db, &err) != 0);
        CHECK(err.contains(QStringLiteral("正在使用的数据库")));
        CHECK(err.contains(db));
    }
    SECTION("its -wal, -shm, -journal and lock file, existing or not")
    {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QStringLiteral(".lock")}) {
            INFO(suffix.toStdString());
            CHECK(exportTo(db, db + suffix, &err) != 0);
            CHECK(err.contains(QStringLiteral("正在使用的数据库")));
        }
    }
    SECTION("a hard link and a symbolic link to it, and its folder reached through a link")
    {
        const QString hard = f.file(QStringLiteral("hard.xlsx"));
        REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()) == 0);
        CHECK(exportTo(db, hard, &err) != 0);
        const QString soft = f.file(QStringLiteral("soft.xlsx"));
        REQUIRE(QFile::link(db, soft));
        CHECK(exportTo(db, soft, &err) != 0);
        const QString dangling = f.file(QStringLiteral("wal.xlsx"));
        REQUIRE(QFile::link(db + QStringLiteral("-journal"), dangling));
        CHECK(exportTo(db, dangling, &err) != 0);
        const QString folder = f.file(QStringLiteral("again"));
        REQUIRE(QFile::link(f.dir(), folder));
        CHECK(exportTo(db, folder + QStringLiteral("/test.sqlite-wal"), &err) != 0);
    }
    SECTION("a ledger export")
    {
        CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("problems"),
                            QStringLiteral("--out"), db},
                           nullptr, &err)
              != 0);
        CHECK(err.contains(QStringLiteral("正在使用的数据库")));
    }
    SECTION("a backup")
    {
        CHECK_FALSE(Backup::write(f.db(), db + QStringLiteral("-wal")));
    }
    CHECK(isSqliteFile(db));
    CHECK(test::digestOf(db) == before);
    // The database still answers.
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("list")}) == 0);
}

TEST_CASE("protected files: any atomic write is refused on an open database, allowed once it is closed")
{
    test::TempDatabase f;
    const QString db = f.path();
    const Status refused = AtomicFile::write(db, QByteArrayLiteral("not a database"));
    CHECK_FALSE(refused);
    CHECK(refused.message().contains(db));
    CHECK(isSqliteFile(db));
    f.db().close();
    CHECK(ProtectedFiles::check(db));
    CHECK(AtomicFile::write(db + QStringLiteral("-wal"), QByteArrayLiteral("x")));
}

TEST_CASE("protected files: a file being written (a backup in progress) is not written by another writer")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("backup.sqlite"));
    AtomicFile first(target);
    REQUIRE(first.open());
    const Status second = AtomicFile::write(target, QByteArrayLiteral("other"));
    CHECK_FALSE(second);
    CHECK(second.message().contains(QStringLiteral("正在写入")));
    REQUIRE(first.write(QByteArrayLiteral("first")));
    REQUIRE(first.commit());
    // Once it is in place, it is an ordinary file again.
    CHECK(AtomicFile::write(target, QByteArrayLiteral("third")));
}

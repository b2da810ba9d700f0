// SPDX-License-Identifier: GPL-3.0-or-later
// The files the program writes hold tip-off reporters' names: they are created owner-only
// and replaced in one step, never removed first.
#include "TestSupport.h"

#include "io/AtomicFile.h"
#include "io/PrivateFiles.h"
#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace qf;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Under a umask that would let everyone read, so that only the program's own modes count.
struct OpenUmask
{
    OpenUmask() : m_old(::umask(022)) {}
    ~OpenUmask() { ::umask(m_old); }
    mode_t m_old;
};

} // namespace

TEST_CASE("a new database, its WAL files, backups and daily backups are owner-only", "[private]")
{
    OpenUmask umask;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/qingfeng"));
    const QString path = folder + QStringLiteral("/new.sqlite");
    Database db;
    REQUIRE(db.open(path).isOk());
    Institution i;
    i.name = QStringLiteral(u"权限测试诊所");
    REQUIRE(InstitutionRepository(db).save(i).isOk());
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("data"))) == 0700);

    const QString backup = dir.filePath(QStringLiteral("b/backup.sqlite"));
    REQUIRE(Backup::write(db, backup).isOk());
    CHECK(modeOf(backup) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("b"))) == 0700);

    const QString daily = folder + QStringLiteral("/backups");
    QString written;
    REQUIRE(Backup::daily(db, daily, QDate(2021, 12, 1), 3, &written).isOk());
    CHECK(modeOf(written) == 0600);
    CHECK(modeOf(daily) == 0700);
    // Nothing but the finished files: no temporary copy left beside them.
    CHECK(QDir(daily).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("qingfeng-2021-12-01.sqlite")});
}

TEST_CASE("the backup made before an upgrade is owner-only", "[private]")
{
    OpenUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-private"));
        v1.setDatabaseName(path);
        REQUIRE(v1.open());
        REQUIRE(Migrations::apply(v1, 0, DatabaseEngine::Sqlite).isOk());
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA user_version = 1")));
        v1.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-private"));
    Database db;
    REQUIRE(db.open(path).isOk());
    const QStringList upgrades = QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.v1-*.bak")}, QDir::Files);
    REQUIRE(upgrades.size() == 1);
    CHECK(modeOf(dir.filePath(upgrades.first())) == 0600);
}

TEST_CASE("a restore keeps the database's mode and writes the kept copy owner-only", "[private]")
{
    OpenUmask umask;
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    demo.db().close();
    REQUIRE(::chmod(QFile::encodeName(demo.path()).constData(), 0640) == 0);
    QString kept;
    const Status s = Backup::restore(backup, demo.path(), &kept);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(modeOf(demo.path()) == 0640);
    CHECK(modeOf(kept) == 0600);
}

TEST_CASE("an atomic write replaces the whole file or leaves the old one", "[private]")
{
    OpenUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    test::writeFile(path, QByteArray("old content"));
    {
        AtomicFile file(path);
        REQUIRE(file.open().isOk());
        REQUIRE(file.write(QByteArray("half of the new")).isOk());
        CHECK(QFileInfo(file.temporaryPath()).absolutePath() == QFileInfo(path).absolutePath());
        CHECK(contentOf(path) == QByteArray("old content"));
        // Dropped without commit: the old file stays, the temporary one goes.
    }
    CHECK(contentOf(path) == QByteArray("old content"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ledger.xlsx")});

    REQUIRE(AtomicFile::write(path, QByteArray("new content")).isOk());
    CHECK(contentOf(path) == QByteArray("new content"));
    CHECK(modeOf(path) == 0600);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ledger.xlsx")});
    REQUIRE(AtomicFile::write(path, QByteArray("shared"), 0644).isOk());
    CHECK(modeOf(path) == 0644);
}

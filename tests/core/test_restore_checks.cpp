// SPDX-License-Identifier: GPL-3.0-or-later
// What a restore refuses, and how it swaps the file: every check runs before anything is
// touched, and the current database (its WAL included) is kept.
#include "SpecialFiles.h"
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <future>

using namespace qf;

namespace {

// Runs statements on a file outside the program, as someone editing a backup would.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &sql : statements) {
            QSqlQuery q(raw);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QStringList institutionNames(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).isOk());
    QStringList names;
    for (const Institution &i : InstitutionRepository(db).all())
        names << i.name;
    return names;
}

// A restore that must fail: the database is byte for byte as it was, and no file beside it
// (staged copy, kept copy, -wal, -shm) is left behind.
Status refusedRestore(test::DemoDatabase &demo, const QString &candidate)
{
    demo.db().close();
    const QByteArray before = test::digestOf(demo.path());
    const QStringList filesBefore = QDir(demo.dir()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    const Status s = Backup::restore(candidate, demo.path());
    CHECK_FALSE(s.isOk());
    CHECK(test::digestOf(demo.path()) == before);
    CHECK(QDir(demo.dir()).entryList(QDir::Files | QDir::Hidden, QDir::Name) == filesBefore);
    return s;
}

} // namespace

TEST_CASE("restore refuses an empty file, a device and a folder, and changes nothing", "[restore]")
{
    test::DemoDatabase demo;
    const QString empty = demo.file(QStringLiteral("empty.sqlite"));
    test::writeFile(empty, QByteArray());
    Status s = refusedRestore(demo, empty);
    CHECK(s.message().contains(QStringLiteral(u"不是可用的清风备份")));
    CHECK(s.message().contains(QStringLiteral(u"空")));
    s = refusedRestore(demo, QStringLiteral("/dev/zero"));
    CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    s = refusedRestore(demo, demo.dir());
    CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    CHECK(institutionNames(demo.path()).size() > 5);
}

TEST_CASE("restore refuses a backup whose triggers were dropped or added, naming each", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    tamper(backup, {QStringLiteral("DROP TRIGGER audit_institution_update"), QStringLiteral("DROP TRIGGER figure_locked_update"),
                    QStringLiteral("CREATE TRIGGER x AFTER INSERT ON institution BEGIN SELECT 1; END")});
    const Status s = refusedRestore(demo, backup);
    INFO(s.message());
    CHECK(s.message().contains(QStringLiteral(u"备份缺少触发器 audit_institution_update")));
    CHECK(s.message().contains(QStringLiteral(u"备份缺少触发器 figure_locked_update")));
    CHECK(s.message().contains(QStringLiteral(u"备份多出触发器 x")));
    // verify says the same, and the file checked is left as it was.
    const QByteArray tampered = test::digestOf(backup);
    CHECK_FALSE(Backup::verify(backup).isOk());
    CHECK(test::digestOf(backup) == tampered);
}

TEST_CASE("restore refuses a backup with a changed table or index definition", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    tamper(backup, {QStringLiteral("CREATE INDEX extra_index ON institution(township)"),
                    QStringLiteral("ALTER TABLE institution ADD COLUMN smuggled TEXT")});
    const Status s = refusedRestore(demo, backup);
    INFO(s.message());
    CHECK(s.message().contains(QStringLiteral(u"备份多出索引 extra_index")));
    CHECK(s.message().contains(QStringLiteral(u"表 institution的定义与本版本不同")));
}

TEST_CASE("restore refuses another program's database, a newer version and a schema-less file", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());

    const QString foreign = demo.file(QStringLiteral("foreign.sqlite"));
    REQUIRE(QFile::copy(backup, foreign));
    tamper(foreign, {QStringLiteral("PRAGMA application_id = 42")});
    CHECK(refusedRestore(demo, foreign).message().contains(QStringLiteral(u"不是清风数据库")));

    const QString newer = demo.file(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(backup, newer));
    tamper(newer, {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)});
    CHECK(refusedRestore(demo, newer).message().contains(QStringLiteral(u"较新版本")));

    const QString bare = demo.file(QStringLiteral("bare.sqlite"));
    tamper(bare, {QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47), QStringLiteral("CREATE TABLE t(x)")});
    CHECK(refusedRestore(demo, bare).message().contains(QStringLiteral(u"没有清风的数据结构")));
}

TEST_CASE("restore refuses a backup that references rows it does not hold", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    // With foreign keys off (as any other tool has them), institutions vanish under their reports.
    tamper(backup, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TRIGGER audit_institution_delete"),
                    QStringLiteral("DELETE FROM institution")});
    tamper(backup, {QStringLiteral("CREATE TRIGGER audit_institution_delete AFTER DELETE ON institution BEGIN SELECT 1; END")});
    const Status s = refusedRestore(demo, backup);
    INFO(s.message());
    CHECK(s.message().contains(QStringLiteral(u"引用")));
}

TEST_CASE("restore is refused while another program has the database open", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    // demo.db() stays open, as another window's would.
    const QByteArray before = test::digestOf(demo.path());
    const Status s = Backup::restore(backup, demo.path());
    INFO(s.message());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"正由其他清风程序使用")));
    CHECK(test::digestOf(demo.path()) == before);
    CHECK(InstitutionRepository(demo.db()).count() > 5);
}

TEST_CASE("restore keeps the content of a WAL left by a program that died, and leaves no stale WAL", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    const QStringList backedUp = institutionNames(backup);

    // A change that is only in the WAL, then the files as a killed program leaves them.
    QSqlQuery(demo.db().connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    Institution late;
    late.name = QStringLiteral(u"只在预写日志中的诊所");
    REQUIRE(InstitutionRepository(demo.db()).save(late).isOk());
    const QString target = demo.file(QStringLiteral("crashed.sqlite"));
    REQUIRE(QFile::copy(demo.path(), target));
    REQUIRE(QFile::copy(demo.path() + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(target + QStringLiteral("-wal")).size() > 0);

    QString kept;
    const Status s = Backup::restore(backup, target, &kept);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    CHECK(institutionNames(target) == backedUp);
    CHECK(institutionNames(kept).contains(late.name));
}

TEST_CASE("restore onto a damaged database keeps the damaged file's bytes", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    const QString target = demo.file(QStringLiteral("garbage.sqlite"));
    const QByteArray garbage = QByteArray("SQLite format 3", 16) + QByteArray(8192, 'x');
    test::writeFile(target, garbage);
    QString kept;
    const Status s = Backup::restore(backup, target, &kept);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(institutionNames(target) == institutionNames(backup));
    QFile k(kept);
    REQUIRE(k.open(QIODevice::ReadOnly));
    CHECK(k.readAll() == garbage);
}

TEST_CASE("a backup of an older schema version is restored and then upgraded", "[restore]")
{
    test::TempDatabase temp;
    temp.db().close();
    const QString old = temp.file(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        v1.setDatabaseName(old);
        REQUIRE(v1.open());
        REQUIRE(Migrations::apply(v1, 0, DatabaseEngine::Sqlite).isOk());
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("INSERT INTO institution (name, ownership, level, contracted) "
                                                  "VALUES ('旧版本的卫生院', 'public', 1, 1)")));
        v1.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const Status s = Backup::restore(old, temp.path());
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(institutionNames(temp.path()) == QStringList{QStringLiteral(u"旧版本的卫生院")});
}

TEST_CASE("two restores in a row each keep the database they replaced", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    Institution extra;
    extra.name = QStringLiteral(u"第一次恢复前新增的诊所");
    REQUIRE(InstitutionRepository(demo.db()).save(extra).isOk());
    demo.db().close();
    QString first, second;
    REQUIRE(Backup::restore(backup, demo.path(), &first).isOk());
    REQUIRE(Backup::restore(backup, demo.path(), &second).isOk());
    CHECK(first != second);
    CHECK(institutionNames(first).contains(extra.name));
    CHECK_FALSE(institutionNames(second).contains(extra.name));
}

TEST_CASE("restore refuses a backup whose rows break a CHECK or NOT NULL constraint, naming the table", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    SECTION("a CHECK constraint")
    {
        tamper(backup, {QStringLiteral("PRAGMA ignore_check_constraints = 1"),
                        QStringLiteral("UPDATE institution SET ownership = 'bogus' WHERE id = (SELECT min(id) FROM institution)")});
        const Status s = refusedRestore(demo, backup);
        INFO(s.message());
        CHECK(s.message().contains(QStringLiteral("institution")));
        CHECK_FALSE(Backup::verify(backup));
    }
    SECTION("a figure in a column that cannot exist")
    {
        // The schema's own trigger refuses such a row as well (0013_server_checks): someone
        // editing the backup drops it for the insert and puts it back word for word, so the
        // schema is ours again and only the row's CHECK is broken.
        QString trigger;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            raw.setDatabaseName(backup);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'figure_fits_insert'")));
            REQUIRE(q.next());
            trigger = q.value(0).toString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        REQUIRE_FALSE(trigger.isEmpty());
        tamper(backup, {QStringLiteral("PRAGMA ignore_check_constraints = 1"), QStringLiteral("DROP TRIGGER figure_fits_insert"),
                        QStringLiteral("INSERT INTO figure(report_id, column_no, number) VALUES ((SELECT min(id) FROM report), 0, 5)"),
                        trigger});
        const Status s = refusedRestore(demo, backup);
        INFO(s.message());
        CHECK(s.message().contains(QStringLiteral("figure")));
    }
}

TEST_CASE("restore of a WAL-mode backup takes the committed changes of the -wal beside it, without touching either file", "[restore]")
{
    test::DemoDatabase demo;
    const QString original = demo.file(QStringLiteral("original.sqlite"));
    REQUIRE(Backup::write(demo.db(), original).isOk());
    const QString backup = demo.file(QStringLiteral("walb.sqlite"));
    const QString marked = QStringLiteral(u"只在备份预写日志中的名称");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walwriter"));
        raw.setDatabaseName(original);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(q.exec(QStringLiteral("UPDATE institution SET name = '%1' WHERE id = (SELECT min(id) FROM institution)").arg(marked)));
        // The files as a program that died would leave them: the change is only in the WAL.
        REQUIRE(QFile::copy(original, backup));
        REQUIRE(QFile::copy(original + QStringLiteral("-wal"), backup + QStringLiteral("-wal")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("walwriter"));
    REQUIRE(QFileInfo(backup + QStringLiteral("-wal")).size() > 0);
    const QByteArray backupBytes = test::digestOf(backup);
    const QByteArray walBytes = test::digestOf(backup + QStringLiteral("-wal"));

    CHECK(Backup::verify(backup));
    demo.db().close();
    const Status s = Backup::restore(backup, demo.path());
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(institutionNames(demo.path()).contains(marked));
    CHECK(test::digestOf(backup) == backupBytes);
    CHECK(test::digestOf(backup + QStringLiteral("-wal")) == walBytes);
}

TEST_CASE("restore onto a database whose -journal is a FIFO gives up at once and names it", "[restore]")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("copy.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    demo.db().close();
    const QString journal = demo.path() + QStringLiteral("-journal");
    test::makeFifo(journal);
    auto done = std::async(std::launch::async, [&] { return Backup::restore(backup, demo.path()); });
    const bool inTime = done.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    // A reader blocked in open() is let go, as often as it opens the FIFO again, so that a
    // failing check cannot hang the suite.
    while (done.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        const int fd = ::open(QFile::encodeName(journal).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    const Status s = done.get();
    CHECK(inTime);
    INFO(s.message().toStdString());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(journal));
}

TEST_CASE("a database whose -journal is a FIFO, whose -wal is a folder or whose -shm is a link is refused at once, naming it", "[restore]")
{
    for (const char *kind : {"fifo", "folder", "link"}) {
        INFO(kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("county.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path).isOk());
        }
        const QByteArray before = test::digestOf(path);
        QString companion;
        if (QByteArray(kind) == "fifo") {
            companion = path + QStringLiteral("-journal");
            test::makeFifo(companion);
        } else if (QByteArray(kind) == "folder") {
            companion = path + QStringLiteral("-wal");
            REQUIRE(QDir().mkdir(companion));
        } else {
            companion = path + QStringLiteral("-shm");
            REQUIRE(QFile::link(dir.filePath(QStringLiteral("elsewhere")), companion));
        }
        Database db;
        const Status s = test::readsWithoutBlocking(companion, [&] { return db.open(path); });
        INFO(s.message().toStdString());
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(companion));
        CHECK(test::digestOf(path) == before);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere"))));
    }
}

TEST_CASE("a database reached through a symbolic link is refused when the companions beside its file are no plain files", "[restore]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString file = dir.filePath(QStringLiteral("real/county.sqlite"));
    {
        Database db;
        REQUIRE(db.open(file).isOk());
    }
    const QString link = dir.filePath(QStringLiteral("county.sqlite"));
    REQUIRE(QFile::link(file, link));
    // SQLite keeps the companions beside the file the link names, not beside the link.
    const QString companion = file + QStringLiteral("-shm");
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QFile::link(elsewhere, companion));
    const QByteArray before = test::digestOf(file);
    Database db;
    const Status s = db.open(link);
    INFO(s.message().toStdString());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(companion));
    CHECK(test::digestOf(file) == before);
    CHECK_FALSE(QFileInfo::exists(elsewhere));
}

TEST_CASE("a database whose -wal or -shm is a hard link to another file is refused and that file stays as it was", "[restore]")
{
    for (const char *suffix : {"-wal", "-shm"}) {
        INFO(suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("county.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path).isOk());
        }
        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path).isOk());
            REQUIRE(Backup::write(db, backup).isOk());
        }
        // Another file of the user's, which a second name turns into the database's companion.
        const QString other = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(other);
            REQUIRE(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 2000; ++i)
                f.write("a note the user keeps\n");
        }
        const QByteArray otherBefore = test::digestOf(other);
        const QString companion = path + QLatin1String(suffix);
        REQUIRE(::link(QFile::encodeName(other).constData(), QFile::encodeName(companion).constData()) == 0);
        {
            Database db;
            const Status s = db.open(path);
            INFO(s.message().toStdString());
            CHECK_FALSE(s.isOk());
            CHECK(s.message().contains(companion));
            if (s.isOk()) {
                Institution i;
                i.name = QStringLiteral(u"中渡镇卫生院");
                // Only reached when the open was wrongly allowed: a write then shows the damage.
                ignoreStatus(InstitutionRepository(db).save(i), "the check above has already failed the test");
            }
        }
        const Status restored = Backup::restore(backup, path);
        CHECK_FALSE(restored.isOk());
        CHECK(restored.message().contains(companion));
        CHECK(test::digestOf(other) == otherBefore);
    }
}

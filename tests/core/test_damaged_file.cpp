// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"
#include "storage/SqliteError.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

using namespace qf;

namespace {

// Overwrites the cell pointers of one of the table's leaf pages, as a failing disk or an
// interrupted copy would, with the program's connection closed.
void damageTable(const QString &path, const QString &table)
{
    qint64 page = 0;
    int pageSize = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toInt();
        q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"));
        q.addBindValue(table);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        page = q.value(0).toLongLong();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    REQUIRE(page > 1);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * pageSize + 8));
    REQUIRE(f.write(QByteArray(64, char(0xAB))) == 64);
}

} // namespace

TEST_CASE("a damaged table is refused on open and the file is left as it was")
{
    test::DemoDatabase demo;
    demo.db().close();
    damageTable(demo.path(), QStringLiteral("figure"));
    const QByteArray before = test::digestOf(demo.path());
    Database db;
    const Status s = db.open(demo.path());
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"已损坏")));
    CHECK(s.message().contains(demo.path()));
    CHECK(test::digestOf(demo.path()) == before);
}

TEST_CASE("a file opened for the window before its tables are checked takes no write when the check finds damage")
{
    test::DemoDatabase demo;
    QList<Institution> registry = InstitutionRepository(demo.db()).all();
    REQUIRE_FALSE(registry.isEmpty());
    demo.db().close();
    damageTable(demo.path(), QStringLiteral("figure"));
    const QByteArray before = test::digestOf(demo.path());

    // Opened as the window opens it: the schema is sound, the tables are checked alongside,
    // so the window is usable at once and reads what it can.
    Database db;
    REQUIRE(db.open(DatabaseLocation::file(demo.path()), Database::TableCheck::AlongsideFirstReads));
    CHECK(InstitutionRepository(db).all().size() == registry.size());
    // The check finds the damage; every write waits for it and is refused, naming the file.
    const Status checked = db.tablesChecked();
    REQUIRE_FALSE(checked.isOk());
    CHECK(checked.message().contains(QStringLiteral(u"已损坏")));
    CHECK_FALSE(db.tablesBeingChecked());
    Institution renamed = registry.first();
    renamed.name += QStringLiteral(u"（改名）");
    const Status saved = InstitutionRepository(db).save(renamed);
    REQUIRE_FALSE(saved.isOk());
    CHECK(saved.message().contains(QStringLiteral(u"已损坏")));
    CHECK(saved.message().contains(demo.path()));
    db.close();
    CHECK(test::digestOf(demo.path()) == before);

    // A sound file opened the same way takes the write once its check has passed.
    test::DemoDatabase sound;
    sound.db().close();
    Database ok;
    REQUIRE(ok.open(DatabaseLocation::file(sound.path()), Database::TableCheck::AlongsideFirstReads));
    Institution first = InstitutionRepository(ok).all().first();
    first.name += QStringLiteral(u"（改名）");
    CHECK(InstitutionRepository(ok).save(first));
    CHECK(ok.tablesChecked());
}

TEST_CASE("damage in the audit trail does not stop the work but stops a backup")
{
    test::DemoDatabase demo;
    const int institutions = int(InstitutionRepository(demo.db()).all().size());
    REQUIRE(institutions > 0);
    demo.db().close();
    damageTable(demo.path(), QStringLiteral("audit_log"));

    // The trail is not checked on every open (it only grows and no figure is read from it)...
    Database db;
    REQUIRE(db.open(demo.path()).isOk());
    CHECK(InstitutionRepository(db).all().size() == institutions);
    // ...but a backup checks everything, so the damage is found before a copy is trusted.
    const QString out = demo.file(QStringLiteral("backup.sqlite"));
    const Status s = Backup::write(db, out);
    CHECK_FALSE(s.isOk());
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("a full disk is reported as a full disk, and nothing is half-saved", "[file-errors]")
{
    test::TempDatabase temp;
    if (test::onServer())
        return;
    InstitutionRepository registry(temp.db());
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    // SQLite answers SQLITE_FULL as soon as the file would need a page beyond this.
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
    QList<Institution> many;
    for (int n = 0; n < 3000; ++n) {
        Institution i;
        i.name = QStringLiteral(u"磁盘测试诊所%1").arg(n);
        i.township = QString(60, QChar(u'乡'));
        many << i;
    }
    const Status s = registry.saveAll(many);
    INFO(s.message());
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"磁盘空间不足")));
    CHECK_FALSE(s.message().contains(QStringLiteral(u"已损坏")));
    CHECK(registry.count() == 0);
}

TEST_CASE("a database SQLite may not write is reported as read-only, not as damaged", "[file-errors]")
{
    test::TempDatabase temp;
    if (test::onServer())
        return;
    temp.db().close();
    // The write refused on a read-only connection is the error a read-only file gives.
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read-only"));
        ro.setDatabaseName(temp.path());
        ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(ro.open());
        QSqlQuery q(ro);
        REQUIRE_FALSE(q.exec(QStringLiteral("INSERT INTO institution (name, ownership, level, contracted) VALUES ('x', 'public', 1, 1)")));
        CHECK(SqliteError::kindOf(q.lastError()) == SqliteError::Kind::ReadOnly);
        const QString message = SqliteError::describe(q.lastError(), temp.path());
        CHECK(message.contains(QStringLiteral(u"只读/没有写入权限")));
        CHECK(message.contains(temp.path()));
        CHECK_FALSE(message.contains(QStringLiteral(u"已损坏")));
        ro.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read-only"));
}

TEST_CASE("a database in a folder without write permission is reported as such", "[file-errors]")
{
    test::TempDatabase temp;
    if (test::onServer())
        return;
    temp.db().close();
    if (::geteuid() == 0) {
        WARN("skipped: running as root, where a folder's permissions do not stop writes");
        return;
    }
    REQUIRE(::chmod(QFile::encodeName(temp.dir()).constData(), 0500) == 0);
    Database db;
    const Status s = db.open(temp.path());
    ::chmod(QFile::encodeName(temp.dir()).constData(), 0700);
    INFO(s.message());
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"只读/没有写入权限")));
    CHECK_FALSE(s.message().contains(QStringLiteral(u"已损坏")));
}

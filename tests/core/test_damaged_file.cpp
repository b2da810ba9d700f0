// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qf;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

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
    const QByteArray before = digest(demo.path());
    Database db;
    const Status s = db.open(demo.path());
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"已损坏")));
    CHECK(s.message().contains(demo.path()));
    CHECK(digest(demo.path()) == before);
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

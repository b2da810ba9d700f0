// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace qf;

namespace {

// Every row of every table, as text: two databases are equal when their dumps are.
QStringList dump(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).isOk());
    QStringList rows;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

TEST_CASE("a backup taken while the database is open restores to an equal database")
{
    test::DemoDatabase demo;
    const QString backup = demo.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(demo.db(), backup).isOk());
    const QStringList original = dump(demo.path());
    CHECK(original.size() > 400);

    Institution extra;
    extra.name = QStringLiteral(u"备份后新增的诊所");
    REQUIRE(InstitutionRepository(demo.db()).save(extra).isOk());
    demo.db().close();
    CHECK(dump(demo.path()) != original);

    QString kept;
    const Status s = Backup::restore(backup, demo.path(), &kept);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(dump(demo.path()) == original);
    // What was replaced is kept, with the later change in it.
    REQUIRE(QFileInfo::exists(kept));
    CHECK(dump(kept).join(QLatin1Char('\n')).contains(QStringLiteral(u"备份后新增的诊所")));
}

TEST_CASE("restore checks the backup first and changes nothing when it is bad")
{
    test::DemoDatabase demo;
    demo.db().close();
    const QStringList before = dump(demo.path());
    const QString bad = demo.file(QStringLiteral("bad.sqlite"));
    test::writeFile(bad, QByteArray("SQLite format 3") + QByteArray(4096, 'x'));
    const Status s = Backup::restore(bad, demo.path());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"不是可用的清风备份")));
    CHECK(dump(demo.path()) == before);
}

TEST_CASE("restore refuses a backup with a hot rollback journal beside it and names the journal")
{
    test::DemoDatabase demo;
    const QString copy = demo.file(QStringLiteral("copy.sqlite"));
    REQUIRE(Backup::write(demo.db(), copy).isOk());
    demo.db().close();
    const QStringList before = dump(demo.path());
    test::writeFile(copy + QStringLiteral("-journal"), QByteArray(512, 'j'));
    const Status s = Backup::restore(copy, demo.path());
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(copy + QStringLiteral("-journal")));
    CHECK(dump(demo.path()) == before);
}

TEST_CASE("the daily backup writes once a day and keeps the newest files")
{
    test::DemoDatabase demo;
    const QString dir = demo.file(QStringLiteral("backups"));
    QString written;
    for (int day = 1; day <= 5; ++day) {
        written.clear();
        REQUIRE(Backup::daily(demo.db(), dir, QDate(2021, 12, day), 3, &written).isOk());
        CHECK_FALSE(written.isEmpty());
    }
    written.clear();
    REQUIRE(Backup::daily(demo.db(), dir, QDate(2021, 12, 5), 3, &written).isOk());
    CHECK(written.isEmpty());   // today's exists already
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("qingfeng-2021-12-03.sqlite"), QStringLiteral("qingfeng-2021-12-04.sqlite"),
                               QStringLiteral("qingfeng-2021-12-05.sqlite")});
    CHECK(Backup::verify(QDir(dir).filePath(files.last())).isOk());
}

TEST_CASE("cli: backup and restore round trip")
{
    test::DemoDatabase demo;
    const QString out = demo.file(QStringLiteral("cli-backup.sqlite"));
    QString o, e;
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("backup"), QStringLiteral("--out"), out}, &o, &e) == 0);
    CHECK(Backup::verify(out).isOk());
    demo.db().close();
    const QStringList original = dump(demo.path());
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("restore"), out}, &o, &e) == 0);
    CHECK(o.contains(QStringLiteral(u"已从")));
    CHECK(dump(demo.path()) == original);
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("restore"), demo.file(QStringLiteral("nope"))}, &o, &e) == 1);
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("backup")}, &o, &e) == 2);
}

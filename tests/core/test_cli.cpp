// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/InstitutionRepository.h"

using namespace qf;

TEST_CASE("cli: init --demo seeds the demo county once")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"数据库已就绪")));
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}) == 0);
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"鹿寨县人民医院")));
    CHECK(out.count(QStringLiteral(u"鹿寨县人民医院")) == 1);
    CHECK(err.contains(QStringLiteral(u"共 39 家机构")));
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("list"),
                          QStringLiteral("--all")}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral(u"共 40 家机构")));
}

TEST_CASE("cli: exit status 2 for bad usage, with help for each subcommand")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(u"未知命令")));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("list"),
                        QStringLiteral("--bogus")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--bogus")));
    CHECK(test::runCli({QStringLiteral("institutions"), QStringLiteral("import"), QStringLiteral("--help")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人")));
    CHECK(test::runCli({QStringLiteral("--help")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("campaign create")));
}

TEST_CASE("cli: institutions import is all-or-nothing with exit status 1 on bad rows")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("r.csv"));
    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n甲医院,公立,二级,是\n乙医院,公立,二级,maybe\n").toUtf8());
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}, &out, &err) == 0);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("import"), csv}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"第3行第4列")));
    CHECK(err.contains(QStringLiteral(u"未导入任何机构")));
    {
        Database d;
        REQUIRE(d.open(db).isOk());
        CHECK(InstitutionRepository(d).count() == 0);
    }
    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n甲医院,公立,二级,是\n乙医院,民营,一级及以下,否\n").toUtf8());
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("import"), csv}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"新增 2")));
}

TEST_CASE("cli: campaign create from a template, then list it as the most recent")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}, &out, &err) == 0);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("templates")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("luzhai-2021")));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("create"),
                        QStringLiteral("--template"), QStringLiteral("luzhai-2021"), QStringLiteral("--county"),
                        QStringLiteral(u"象州县"), QStringLiteral("--year"), QStringLiteral("2022")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("2022-06-01")));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"象州县医疗领域")));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("create"),
                        QStringLiteral("--template"), QStringLiteral("nope"), QStringLiteral("--county"),
                        QStringLiteral(u"象州县"), QStringLiteral("--year"), QStringLiteral("2022")}, &out, &err) == 2);
}

TEST_CASE("cli: a command other than init on a database file that does not exist stops and creates nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("typo/cli.sqlite"));
    QString out, err;
    for (const QStringList &command : {QStringList{QStringLiteral("institutions"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("campaign"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("b.sqlite"))}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(test::runCli(QStringList{QStringLiteral("--db"), db} + command, &out, &err) == 1);
        CHECK(err.contains(QStringLiteral(u"不存在")));
        CHECK(err.contains(QStringLiteral("init")));
    }
    // Not the file, not its folder, not a backup.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}, &out, &err) == 0);
    CHECK(QFileInfo::exists(db));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("institutions"), QStringLiteral("list")}, &out, &err) == 0);
}

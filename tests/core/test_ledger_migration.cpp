// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qf;

TEST_CASE("a version 1 database is upgraded with the ledger tables, its data kept and backed up first")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-writer"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QFile script(QStringLiteral(":/qingfeng/storage/migrations/0001_initial.sql"));
        REQUIRE(script.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        for (const QString &statement : SqlScript::split(QString::fromUtf8(script.readAll())))
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (name, ownership, level) VALUES ('甲县人民医院', 'public', 3)")));
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));
    }

    Database db;
    const Status s = db.open(path);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(InstitutionRepository(db).count() == 1);
    CHECK_FALSE(QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.v1-*.bak")}).isEmpty());

    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(tmpl);
    CampaignParameters p;
    p.county = QStringLiteral(u"测试县");
    p.year = 2021;
    Campaign campaign;
    REQUIRE(tmpl->instantiate(p, &campaign).isOk());
    REQUIRE(CampaignRepository(db).save(campaign).isOk());
    Problem problem;
    problem.campaignId = campaign.id;
    problem.institutionId = InstitutionRepository(db).all().first().id;
    problem.foundOn = QDate(2021, 7, 1);
    problem.description = QStringLiteral(u"升级后登记的问题");
    REQUIRE(ProblemRepository(db).save(problem).isOk());
    CHECK(ProblemRepository(db).list(campaign.id).size() == 1);
}

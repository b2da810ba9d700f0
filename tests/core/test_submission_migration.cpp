// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/CampaignRepository.h"
#include "storage/SqlScript.h"
#include "storage/SubmissionRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qf;

TEST_CASE("a version 1 database upgrades to the submissions schema, backed up first and keeping its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // Written exactly as version 1 left files: its script, its ids, one campaign.
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        v1.setDatabaseName(path);
        REQUIRE(v1.open());
        QFile script(QStringLiteral(":/qingfeng/storage/migrations/0001_initial.sql"));
        REQUIRE(script.open(QIODevice::ReadOnly));
        for (const QString &statement : SqlScript::split(QString::fromUtf8(script.readAll())))
            REQUIRE(QSqlQuery(v1).exec(statement));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51464E47)));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(QSqlQuery(v1).exec(QStringLiteral(
            "INSERT INTO campaign (title, county, year, start_date, end_date, created_at) "
            "VALUES ('旧专项整治', '甲县', 2021, '2021-06-01', '2021-12-31', '2021-06-01T00:00:00Z')")));
        v1.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database db;
    const Status s = db.open(path);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(db.schemaVersion() >= 2);
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.v1-*.bak")});
    CHECK(backups.size() == 1);

    const qint64 id = CampaignRepository(db).latestId();
    REQUIRE(id != 0);
    Submission sub;
    sub.campaignId = id;
    sub.deliverable = Deliverable::Summary;
    sub.unitKey = QStringLiteral(u"O:医政股");
    sub.period = YearMonth(2021, 12);
    sub.submittedOn = QDate(2021, 12, 1);
    sub.fileName = QStringLiteral("summary.txt");
    const QByteArray bytes("summary");
    REQUIRE(SubmissionRepository(db).record(sub, &bytes).isOk());
    // Removing the campaign removes its filings and their files.
    REQUIRE(CampaignRepository(db).remove(id).isOk());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM submission_file")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

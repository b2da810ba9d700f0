// SPDX-License-Identifier: GPL-3.0-or-later
// qingfeng-cli --server …: init, import-sqlite, account, and the ordinary commands on a server.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QSqlQuery>

using namespace qf;

TEST_CASE("a local database moves onto an empty server whole, and the commands read it as they read the file", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the server commands need a PostgreSQL server and are skipped.");
        return;
    }
    test::DemoDatabase local;
    test::ScratchServerDatabase scratch(*server);
    const QString uri = scratch.location().toUri();
    QString out, err;

    // Without init, a client is told what to do and nothing is created.
    CHECK(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("institutions"), QStringLiteral("list")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("server init")));

    REQUIRE(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("server"), QStringLiteral("init")}, &out, &err) == 0);
    CHECK(out.contains(QString::number(Database::currentSchemaVersion())));
    INFO(err.toStdString());
    REQUIRE(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("server"), QStringLiteral("import-sqlite"), local.path()},
                         &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("figure")));

    Database shared;
    REQUIRE(shared.open(scratch.location()).isOk());
    CHECK(InstitutionRepository(shared).count() == InstitutionRepository(local.db()).count());
    const QList<Report> before = ReportRepository(local.db()).all(local.campaignId());
    const QList<Report> after = ReportRepository(shared).all(local.campaignId());
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        CHECK(after.at(i).id == before.at(i).id);
        CHECK(after.at(i).numbers == before.at(i).numbers);
    }
    // New rows continue after the copied ids.
    Institution added;
    added.name = QStringLiteral(u"新开诊所");
    added.ownership = Ownership::Private;
    added.level = Level::PrimaryOrBelow;
    REQUIRE(InstitutionRepository(shared).save(added).isOk());
    CHECK(added.id > InstitutionRepository(local.db()).count());

    // The same command gives the same answer on the file and on the server.
    QString onFile, onServer;
    CHECK(test::runCli({QStringLiteral("--db"), local.path(), QStringLiteral("check"), QStringLiteral("--month"), QStringLiteral("2021-08")}, &onFile)
          == test::runCli({QStringLiteral("--server"), uri, QStringLiteral("check"), QStringLiteral("--month"), QStringLiteral("2021-08")}, &onServer));
    CHECK(onFile == onServer);

    // A second import into a database that has data is refused and changes nothing.
    CHECK(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("server"), QStringLiteral("import-sqlite"), local.path()}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"已有数据")));
    CHECK(InstitutionRepository(shared).count() == InstitutionRepository(local.db()).count() + 1);

    // Accounts: an institution's is mapped to its institution; a wrong name is refused.
    const QString role = scratch.role(QStringLiteral("clinic"));
    const QString name = InstitutionRepository(local.db()).all().first().name;
    REQUIRE(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("server"), QStringLiteral("account"), role,
                          QStringLiteral("--institution"), name}, &out, &err) == 0);
    QSqlQuery q(shared.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT kind FROM account WHERE role_name = '%1'").arg(role)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("institution"));
    CHECK(test::runCli({QStringLiteral("--server"), uri, QStringLiteral("server"), QStringLiteral("account"), role,
                        QStringLiteral("--institution"), QStringLiteral(u"不存在的医院")}, &out, &err) == 1);
    CHECK(test::runCli({QStringLiteral("--db"), local.path(), QStringLiteral("server"), QStringLiteral("init")}, &out, &err) == 2);
}

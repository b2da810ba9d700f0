// SPDX-License-Identifier: GPL-3.0-or-later
// A read the database does not answer comes back as a failure naming what could not be
// read, never as an empty registry, campaign list or ledger.
#include "SharedCounty.h"
#include "TestSupport.h"

#include "actions/ExportForms.h"
#include "actions/ExportLedger.h"
#include "actions/MonthLockActions.h"
#include "analysis/AnalysisData.h"
#include "campaign/SubmissionTracker.h"
#include "forms/CampaignForms.h"
#include "forms/MonthlyForms.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "storage/PeriodLockRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReadError.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSqlQuery>

using namespace qf;

namespace {

// Takes a table away underneath the open connection, as a damaged file or a server that
// lost it would: reads of it then fail with the driver's own words.
void dropTable(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("DROP TABLE %1").arg(table)));
}

} // namespace

TEST_CASE("registry reads that fail say that the registry could not be read, with the driver's words")
{
    test::DemoDatabase f;
    InstitutionRepository repo(f.db());
    Status before;
    const QList<Institution> all = repo.all(&before);
    REQUIRE(before.isOk());
    REQUIRE_FALSE(all.isEmpty());
    const Institution first = all.first();
    REQUIRE(repo.find(first.id, &before));
    REQUIRE(before.isOk());

    dropTable(f.db(), QStringLiteral("institution"));

    Status read;
    CHECK(repo.all(&read).isEmpty());
    REQUIRE_FALSE(read.isOk());
    CHECK(read.message().startsWith(QStringLiteral(u"无法读取机构名册：")));
    CHECK(read.message().contains(QStringLiteral("institution")));
    Status counted;
    CHECK(repo.count(&counted) == 0);
    CHECK(counted.message().startsWith(QStringLiteral(u"无法读取机构名册：")));
    Status found;
    CHECK_FALSE(repo.find(first.id, &found));
    CHECK_FALSE(found.isOk());
    CHECK(found.message().contains(QStringLiteral("institution")));
    Status byName;
    CHECK_FALSE(repo.findByName(first.name, &byName));
    CHECK_FALSE(byName.isOk());

    // Without the stored names a look-alike could not be refused: nothing is saved.
    Institution added = first;
    added.id = 0;
    added.name = QStringLiteral(u"新开诊所");
    const Status saved = repo.save(added);
    CHECK_FALSE(saved.isOk());
    CHECK(saved.message().contains(QStringLiteral(u"无法读取机构名册")));
}

TEST_CASE("campaign reads that fail name the campaigns, and a campaign read in part is none")
{
    test::DemoDatabase f;
    CampaignRepository campaigns(f.db());
    Status before;
    REQUIRE(campaigns.load(f.campaignId(), &before));
    REQUIRE(before.isOk());

    // The campaign row is there, its deadlines are not: a campaign without them would owe nothing.
    dropTable(f.db(), QStringLiteral("deadline"));
    Status partial;
    CHECK_FALSE(campaigns.load(f.campaignId(), &partial));
    CHECK(partial.message().startsWith(QStringLiteral(u"无法读取专项整治：")));
    INFO(partial.message().toStdString());
    CHECK(partial.message().contains(QStringLiteral("deadline")));
    Status listed;
    CHECK_FALSE(campaigns.list(&listed).isEmpty());
    CHECK(listed.isOk());

    dropTable(f.db(), QStringLiteral("campaign"));
    Status list;
    CHECK(campaigns.list(&list).isEmpty());
    CHECK(list.message().startsWith(QStringLiteral(u"无法读取专项整治列表：")));
    Status latest;
    CHECK(campaigns.latestId(&latest) == 0);
    CHECK(latest.message().startsWith(QStringLiteral(u"无法读取专项整治列表：")));
}

TEST_CASE("ledger reads that fail name the ledger, and the ledger export writes nothing")
{
    test::DemoDatabase f;
    const auto campaign = CampaignRepository(f.db()).load(f.campaignId());
    REQUIRE(campaign);
    Status before;
    const LedgerSnapshot ledgers = LedgerRepository::snapshot(f.db(), campaign->id, &before);
    REQUIRE(before.isOk());
    REQUIRE_FALSE(ledgers.problems.isEmpty());
    REQUIRE_FALSE(ledgers.tipoffs.isEmpty());

    dropTable(f.db(), QStringLiteral("problem_step"));
    Status read;
    const LedgerSnapshot after = LedgerRepository::snapshot(f.db(), campaign->id, &read);
    REQUIRE_FALSE(read.isOk());
    // Problems without their steps would show states nobody can trace: none, and said so.
    CHECK(after.problems.isEmpty());
    CHECK(read.message().startsWith(QStringLiteral(u"无法读取问题清单：")));
    CHECK(read.messages().size() == 1);
    // The other ledgers were read.
    CHECK(after.tipoffs.size() == ledgers.tipoffs.size());

    LedgerTable table;
    const Status listed = ExportLedger::table(f.db(), *campaign, LedgerKind::Problems, QDate(2021, 11, 10), &table);
    CHECK(listed.message().contains(QStringLiteral(u"无法读取问题清单")));
    const QString path = f.file(QStringLiteral("problems.xlsx"));
    int rows = -1;
    const Status exported = ExportLedger::run(f.db(), *campaign, LedgerKind::Problems, path, QDate(2021, 11, 10), &rows);
    CHECK(exported.message().contains(QStringLiteral(u"无法读取问题清单")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(rows == -1);
}

TEST_CASE("tracking and the forms and the analysis over a registry that cannot be read fail instead of counting nobody")
{
    test::DemoDatabase f;
    const auto campaign = CampaignRepository(f.db()).load(f.campaignId());
    REQUIRE(campaign);
    const YearMonth month(2021, 11);
    REQUIRE(MonthlyForms::build(f.db(), *campaign, 1, month).form);
    REQUIRE(CampaignForms::forMonth(f.db(), *campaign, month).readStatus().isOk());

    dropTable(f.db(), QStringLiteral("institution"));

    SubmissionTracker tracker;
    const Status tracked = SubmissionTracker::load(f.db(), campaign->id, &tracker);
    CHECK(tracked.message().startsWith(QStringLiteral(u"无法读取机构名册：")));

    Status built;
    CHECK_FALSE(MonthlyForms::build(f.db(), *campaign, 1, month, QDate(), &built).form);
    CHECK(built.message().startsWith(QStringLiteral(u"无法读取机构名册：")));
    CHECK(CampaignForms::forMonth(f.db(), *campaign, month).readStatus().message().contains(QStringLiteral(u"无法读取机构名册")));

    AnalysisData data;
    const Status analysed = AnalysisData::load(f.db(), campaign->id, month, &data);
    CHECK(analysed.message().startsWith(QStringLiteral(u"无法读取机构名册：")));
}

TEST_CASE("report reads that fail give no reports rather than reports without figures")
{
    test::DemoDatabase f;
    ReportRepository reports(f.db());
    Status before;
    REQUIRE_FALSE(reports.all(f.campaignId(), &before).isEmpty());
    REQUIRE(before.isOk());
    dropTable(f.db(), QStringLiteral("figure"));
    Status read;
    CHECK(reports.all(f.campaignId(), &read).isEmpty());
    CHECK(read.message().startsWith(QStringLiteral(u"无法读取报表数字：")));
    Status latest;
    CHECK(reports.latestTwoUpTo(f.campaignId(), 0, YearMonth(2021, 11), &latest).isEmpty());
    CHECK_FALSE(latest.isOk());
}

TEST_CASE("a driver that refuses before asking the database still gets words of its own")
{
    const Status s = ReadError::failure(QStringLiteral(u"机构名册"), QSqlError());
    CHECK(s.message() == QStringLiteral(u"无法读取机构名册：数据库连接已断开"));
    Status into;
    ReadError::report(QStringLiteral(u"机构名册"), QSqlError(QStringLiteral("driver"), QStringLiteral("gone")), &into);
    CHECK(into.message() == QStringLiteral(u"无法读取机构名册：gone driver"));
}

TEST_CASE("on a server whose session was dropped, a registry read says so instead of listing nobody", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the server read test needs a PostgreSQL server and is skipped.");
        return;
    }
    test::SharedCounty county(*server);
    Database bureau;
    county.connectAs(bureau, QStringLiteral("reads"), ServerAdmin::AccountKind::Bureau);
    Status before;
    REQUIRE_FALSE(InstitutionRepository(bureau).all(&before).isEmpty());
    REQUIRE(before.isOk());
    // The server ends the session (a restart, a network cut) while the window has it open.
    QSqlQuery pid(bureau.connection());
    REQUIRE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    QSqlQuery kill(county.admin.connection());
    REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
    Status read;
    CHECK(InstitutionRepository(bureau).all(&read).isEmpty());
    INFO(read.message().toStdString());
    CHECK(read.message().startsWith(QStringLiteral(u"无法读取机构名册：")));
    CHECK(read.message().size() > QStringLiteral(u"无法读取机构名册：").size());
}

TEST_CASE("stored figures that cannot be read are never signed, exported, handed out in templates or imported against")
{
    // Each of these once went on with the figures it could read (or none) as if they were all:
    // a month signed with wrong figures for good, a workbook of a third of the values,
    // templates pre-filled wrongly, a returned file judged new against nothing.
    test::DemoDatabase f;
    const Campaign campaign = f.campaign();
    const YearMonth month(2021, 10);
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("before"));
    REQUIRE(QDir().mkpath(before));
    QStringList handedOut;
    REQUIRE(ReportTemplates::writeAll(f.db(), campaign, month, before, &handedOut).isOk());
    REQUIRE_FALSE(handedOut.isEmpty());

    dropTable(f.db(), QStringLiteral("figure"));

    const Status signedMonth = MonthLockActions::sign(f.db(), campaign.id, 1, month);
    CHECK_FALSE(signedMonth.isOk());
    CHECK(signedMonth.message().contains(QStringLiteral(u"无法读取")));
    for (const PeriodLock &l : PeriodLockRepository(f.db()).forPeriod(campaign.id, month))
        CHECK_FALSE((l.form == 1 && l.isActive()));

    FormExportRequest request;
    request.campaign = campaign;
    request.month = month;
    request.fillDate = QDate(2021, 11, 14);
    request.force = true;
    request.path = dir.filePath(QStringLiteral("forms.xlsx"));
    const FormExportResult exported = ExportForms::run(f.db(), request);
    CHECK_FALSE(exported.status.isOk());
    CHECK_FALSE(exported.isWritten());
    CHECK_FALSE(QFileInfo::exists(request.path));

    const QString after = dir.filePath(QStringLiteral("after"));
    REQUIRE(QDir().mkpath(after));
    QStringList written;
    const Status templates = ReportTemplates::writeAll(f.db(), campaign, month, after, &written);
    CHECK_FALSE(templates.isOk());
    CHECK(QDir(after).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

    const WorkbookImport::Context context = WorkbookImport::contextFor(f.db(), campaign, QDate(2021, 11, 20));
    const WorkbookFile file = WorkbookImport::analyse(QDir(before).filePath(handedOut.first().section(QLatin1Char('/'), -1)), context);
    CHECK_FALSE(file.isClean());
    CHECK(file.reports.isEmpty());
    CHECK(file.errors.join(QLatin1Char('\n')).contains(QStringLiteral(u"无法读取已存的数据")));
}

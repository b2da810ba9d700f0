// SPDX-License-Identifier: GPL-3.0-or-later
// The long core functions a window runs on a worker stop when their Progress is cancelled,
// and leave nothing half-done: no file in the folder, an existing file unchanged, nothing stored.
#include "TestSupport.h"

#include "actions/ExportForms.h"
#include "actions/ImportWorkbooks.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "model/Progress.h"
#include "storage/Backup.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFile>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

/// Cancels itself when the job reaches step `at`, as a user pressing 取消 then would.
void cancelAt(Progress &progress, int at)
{
    progress.setHook([&progress, at](int done, int) {
        if (done == at)
            progress.cancel();
    });
}

} // namespace

TEST_CASE("progress: steps are counted, a cancel is seen at the next step, and the observer hears each")
{
    Progress progress;
    QList<int> heard;
    progress.setObserver([&heard](int done, int, const QString &) { heard << done; });
    CHECK(progress.step(1, 4, QStringLiteral(u"甲")));
    CHECK(progress.done() == 1);
    CHECK(progress.total() == 4);
    CHECK(progress.label() == QStringLiteral(u"甲"));
    progress.cancel();
    CHECK_FALSE(progress.step(2, 4));
    CHECK(progress.label() == QStringLiteral(u"甲"));   // a step without words keeps the last ones
    CHECK(heard == QList<int>{1, 2});
    CHECK(Progress::goOn(nullptr, 3, 4));
    CHECK_FALSE(Progress::goOn(&progress, 3, 4));
}

TEST_CASE("templates cancelled half-way leave the folder as it was, a workbook handed out before unchanged")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QString folder = demo.file(QStringLiteral("空白报表"));
    REQUIRE(QDir().mkpath(folder));

    // The whole county once, then one workbook changed by hand to tell it from a new one.
    QStringList first;
    REQUIRE(ReportTemplates::writeAll(demo.db(), *campaign, kNovember, folder, &first).isOk());
    REQUIRE(first.size() > 4);
    test::writeFile(first.at(0), QByteArrayLiteral("handed out before"));
    const QStringList before = test::entriesOf(folder);
    const QByteArray digest = test::digestOf(first.at(0));

    Progress progress;
    cancelAt(progress, 3);
    QStringList written;
    const Status s = ReportTemplates::writeAll(demo.db(), *campaign, kNovember, folder, &written, &progress);
    CHECK_FALSE(s.isOk());
    CHECK(s.message() == Progress::cancelledMessage());
    CHECK(written.isEmpty());
    CHECK(test::entriesOf(folder) == before);
    CHECK(test::digestOf(first.at(0)) == digest);

    // Not cancelled, the same call replaces the workbooks and says each.
    Progress watched;
    written.clear();
    REQUIRE(ReportTemplates::writeAll(demo.db(), *campaign, kNovember, folder, &written, &watched).isOk());
    CHECK(written == first);
    CHECK(watched.done() == watched.total());
    CHECK(test::digestOf(first.at(0)) != digest);
    CHECK(test::entriesOf(folder) == before);
}

TEST_CASE("an export cancelled before the workbook is written leaves the old file byte for byte")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QString path = demo.file(QStringLiteral("十一月.xlsx"));
    test::writeFile(path, QByteArrayLiteral("last month's export"));
    const QByteArray digest = test::digestOf(path);
    const QStringList before = test::entriesOf(demo.dir());

    FormExportRequest request;
    request.campaign = *campaign;
    request.month = kNovember;
    request.fillDate = QDate(2021, 12, 12);
    request.force = true;
    request.path = path;
    for (const int at : {0, 1, 2}) {
        INFO("cancelled at step " << at);
        Progress progress;
        cancelAt(progress, at);
        const FormExportResult result = ExportForms::run(demo.db(), request, &progress);
        CHECK(result.outcome == FormExportResult::Outcome::Cancelled);
        CHECK(result.status.message() == Progress::cancelledMessage());
        CHECK(test::digestOf(path) == digest);
        CHECK(test::entriesOf(demo.dir()) == before);
    }
    Progress progress;
    const FormExportResult result = ExportForms::run(demo.db(), request, &progress);
    INFO(result.status.message());
    CHECK(result.isWritten());
    CHECK(test::digestOf(path) != digest);
}

TEST_CASE("storing checked workbooks is one transaction: cancelled before the commit, nothing is stored")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    test::forgetMonth(demo.db(), kNovember);   // its templates given back unchanged are new filings
    const QString folder = demo.file(QStringLiteral("回传"));
    REQUIRE(QDir().mkpath(folder));
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(demo.db(), *campaign, kNovember, folder, &written).isOk());
    const QStringList three = written.mid(0, 3);

    const WorkbookImport::Context context = WorkbookImport::contextFor(demo.db(), *campaign, QDate(2021, 12, 10));
    // A check cancelled after the first file reads no further.
    {
        Progress progress;
        cancelAt(progress, 1);
        CHECK(WorkbookImport::analyseAll(three, context, &progress).size() == 1);
        CHECK(progress.isCancelled());
    }
    QList<WorkbookFile> files = WorkbookImport::analyseAll(three, context);
    REQUIRE(files.size() == 3);
    for (const WorkbookFile &f : files) {
        INFO(f.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(f.isClean());
        REQUIRE(f.change() == ImportChange::New);
    }
    const auto novemberCount = [&] {
        int n = 0;
        for (const Report &r : ReportRepository(demo.db()).all(campaign->id))
            n += r.period == kNovember ? 1 : 0;
        return n;
    };
    REQUIRE(novemberCount() == 0);

    // Cancelled at the last step: every file was stored inside the transaction, and it is rolled back.
    Progress progress;
    cancelAt(progress, 3);
    int stored = -1;
    const Status s = ImportWorkbooks::storeClean(demo.db(), files, &progress, &stored);
    CHECK(s.message() == Progress::cancelledMessage());
    CHECK(stored == 0);
    CHECK(novemberCount() == 0);
    for (const WorkbookFile &f : files)
        CHECK_FALSE(f.stored);

    REQUIRE(ImportWorkbooks::storeClean(demo.db(), files, nullptr, &stored).isOk());
    CHECK(stored == 3);
    int reports = 0;
    for (const WorkbookFile &f : files) {
        CHECK(f.stored);
        reports += int(f.reports.size());
    }
    CHECK(novemberCount() == reports);
}

TEST_CASE("a backup cancelled while the copy is made is dropped before it takes the name")
{
    test::DemoDatabase demo;
    if (demo.db().isServer())
        return;   // a server is backed up with its own tools
    const QString path = demo.file(QStringLiteral("备份.sqlite"));
    test::writeFile(path, QByteArrayLiteral("yesterday's backup"));
    const QByteArray digest = test::digestOf(path);
    const QStringList before = test::entriesOf(demo.dir());
    for (const int at : {0, 1}) {
        INFO("cancelled at step " << at);
        Progress progress;
        cancelAt(progress, at);
        const Status s = Backup::write(demo.db(), path, &progress);
        CHECK(s.message() == Progress::cancelledMessage());
        CHECK(test::digestOf(path) == digest);
        CHECK(test::entriesOf(demo.dir()) == before);
    }
    Progress progress;
    const Status s = Backup::write(demo.db(), path, &progress);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(Backup::verify(path).isOk());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WorkerHold.h"

#include "entry/ImportReportsDialog.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace qf;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ui::Session session;
    QString folder;
    QStringList written;
    std::optional<Campaign> campaign;

    Fixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("import.sqlite")), true).isOk());
        campaign = CampaignRepository(session.database()).load(session.campaignId());
        REQUIRE(campaign);
        folder = dir.filePath(QStringLiteral("returned"));
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, YearMonth(2021, 11), folder, &written));
        REQUIRE(written.size() >= 2);
    }
};

} // namespace

TEST_CASE("the import dialog checks the workbooks on a worker and finds what the direct check finds")
{
    Fixture fx;
    ui::ImportReportsDialog dialog(&fx.session);
    dialog.setToday(QDate(2021, 12, 10));
    QList<bool> analysed;
    QObject::connect(&dialog, &ui::ImportReportsDialog::analysed, [&](bool cancelled) { analysed << cancelled; });
    dialog.addPaths({fx.folder});
    // Handed to the worker: nothing is listed yet, and nothing can be imported meanwhile.
    CHECK(analysed.isEmpty());
    CHECK(dialog.isAnalysing());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.importClean() == 0);
    REQUIRE(test::waitUntil([&] { return !analysed.isEmpty(); }));
    CHECK(analysed == QList<bool>{false});
    CHECK_FALSE(dialog.isAnalysing());

    WorkbookImport::Context context = WorkbookImport::contextFor(fx.session.database(), *fx.campaign, QDate(2021, 12, 10));
    const QList<WorkbookFile> direct = WorkbookImport::analyseAll(WorkbookImport::filesIn(fx.folder), context);
    REQUIRE(dialog.files().size() == direct.size());
    for (int i = 0; i < direct.size(); ++i) {
        const WorkbookFile &a = dialog.files().at(i);
        const WorkbookFile &b = direct.at(i);
        INFO(b.fileName.toStdString());
        CHECK(a.path == b.path);
        CHECK(a.institution == b.institution);
        CHECK(a.forms == b.forms);
        CHECK(a.period == b.period);
        CHECK(a.errors == b.errors);
        CHECK(a.warnings == b.warnings);
        CHECK(a.changes == b.changes);
        CHECK(a.receivedOn == b.receivedOn);
        REQUIRE(a.reports.size() == b.reports.size());
        for (int r = 0; r < a.reports.size(); ++r)
            CHECK(a.reports.at(r).numbers == b.reports.at(r).numbers);
    }
    CHECK(dialog.table()->rowCount() == direct.size());
}

TEST_CASE("cancelling the check of added workbooks leaves the list as it was")
{
    Fixture fx;
    ui::ImportReportsDialog dialog(&fx.session);
    dialog.setToday(QDate(2021, 12, 10));
    QList<bool> analysed;
    QObject::connect(&dialog, &ui::ImportReportsDialog::analysed, [&](bool cancelled) { analysed << cancelled; });
    dialog.addPaths({fx.written.at(0)});
    REQUIRE(test::waitUntil([&] { return !analysed.isEmpty(); }));
    REQUIRE(dialog.files().size() == 1);
    const bool importable = dialog.importButton()->isEnabled();

    analysed.clear();
    {
        // The worker has not begun when 取消 is pressed.
        test::WorkerHold hold;
        dialog.addPaths({fx.folder});
        auto *progress = dialog.findChild<QDialog *>(QStringLiteral("jobProgress"));
        REQUIRE(progress);
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("jobCancel"));
        REQUIRE(cancel);
        cancel->click();
    }
    REQUIRE(test::waitUntil([&] { return !analysed.isEmpty(); }));
    CHECK(analysed == QList<bool>{true});
    CHECK(dialog.files().size() == 1);
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(dialog.importButton()->isEnabled() == importable);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral(u"已取消检查")));

    // Added again, the folder is checked in full: the cancelled files were not remembered as added.
    analysed.clear();
    dialog.addPaths({fx.folder});
    REQUIRE(test::waitUntil([&] { return !analysed.isEmpty(); }));
    CHECK(analysed == QList<bool>{false});
    CHECK(dialog.files().size() == fx.written.size());
}

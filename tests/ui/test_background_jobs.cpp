// SPDX-License-Identifier: GPL-3.0-or-later
// The window's long jobs run on a worker of their own: while one runs the event loop keeps
// turning and its progress dialog shows; 取消 leaves nothing half-done; the outcome arrives.
// Each job is held at a step by semaphores the test owns (JobHold), never by sleeping.
#include "JobHold.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "entry/EntryPage.h"
#include "entry/ImportReportsDialog.h"
#include "export/FormExporter.h"
#include "io/ReportTemplates.h"
#include "printing/IncompleteInstitutionsBox.h"
#include "printing/PosterPanel.h"
#include "printing/PrintingPage.h"
#include "shell/BackgroundJob.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

#include <chrono>
#include <thread>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

/// The job the last action started (it has not begun: that happens on the next turn of the loop).
ui::BackgroundJob *newestJob()
{
    const QList<ui::BackgroundJob *> jobs = ui::BackgroundJob::running();
    return jobs.isEmpty() ? nullptr : jobs.last();
}

/// The demo's window on its printing page, every institution's channels complete (the two
/// the demo leaves incomplete are skipped), and what the poster panel said it saved.
struct PosterWindow
{
    PosterWindow()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
        window = std::make_unique<ui::MainWindow>(&session);
        window->show();
        REQUIRE(window->showPage(QStringLiteral("printing")));
        auto *page = qobject_cast<ui::PrintingPage *>(window->page(QStringLiteral("printing")));
        REQUIRE(page);
        posters = page->posterPanel();
        while (posters->incompleteBox()->count() > 0)
            posters->incompleteBox()->skip(0);
        REQUIRE(posters->pdfButton()->isEnabled());
        QObject::connect(posters, &ui::PosterPanel::pdfSaved, [this](const Status &s, bool c) {
            ended = true;
            status = s;
            cancelled = c;
        });
    }
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::MainWindow> window;
    ui::PosterPanel *posters = nullptr;
    bool ended = false;
    Status status;
    bool cancelled = false;
};

} // namespace

TEST_CASE("posters: the PDF is painted on a worker while the window turns, and arrives whole")
{
    PosterWindow w;
    const int pages = int(w.posters->chosen().size());
    REQUIRE(pages > 3);

    const QString pdf = w.dir.filePath(QStringLiteral("posters.pdf"));
    test::JobHold hold(w.posters->savePdf(pdf), 2);
    test::Ticker ticker;
    REQUIRE(hold.arrived());
    // Two pages painted, the worker waiting: the window's loop still turns and the dialog shows.
    CHECK(test::waitUntil([&] { return ticker.ticks() >= 5; }));
    CHECK(test::waitUntil([&] { return hold.job()->dialog()->isVisible(); }));
    CHECK(hold.job()->dialog()->windowModality() == Qt::WindowModal);
    CHECK_FALSE(w.ended);
    CHECK_FALSE(QFile::exists(pdf));
    hold.release();
    REQUIRE(hold.ended());
    INFO(w.status.message());
    CHECK(w.status.isOk());
    CHECK_FALSE(w.cancelled);
    CHECK(test::pdfPageCount(pdf) == pages);
    CHECK(w.posters->statusLabel()->text().contains(QStringLiteral(u"已保存 %1 页公告").arg(pages)));
}

TEST_CASE("posters: 取消 midway writes no file and leaves an earlier PDF as it was")
{
    PosterWindow w;
    const QString pdf = w.dir.filePath(QStringLiteral("posters.pdf"));
    test::writeFile(pdf, QByteArrayLiteral("%PDF the old one"));
    const QByteArray digest = test::digestOf(pdf);
    const QStringList before = test::entriesOf(w.dir.path());

    test::JobHold hold(w.posters->savePdf(pdf), 2);
    REQUIRE(hold.arrived());
    REQUIRE(hold.cancel());
    hold.release();
    REQUIRE(hold.ended());
    CHECK(w.ended);
    CHECK(w.cancelled);
    CHECK_FALSE(w.status.isOk());
    CHECK(test::digestOf(pdf) == digest);
    CHECK(test::entriesOf(w.dir.path()) == before);
    CHECK(w.posters->statusLabel()->text() == QStringLiteral(u"已取消，未保存文件。"));
}

TEST_CASE("templates: the county's workbooks are written on a worker, 取消 leaves the folder as it was")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::EntryPage page(&session);
    page.show();
    REQUIRE(page.setPeriod(kNovember));
    QStringList told;
    page.setAsker([&told](const QString &, const QString &text, QMessageBox::StandardButtons) {
        told << text;
        return QMessageBox::Ok;
    });
    const QString folder = dir.filePath(QStringLiteral("空白报表"));
    REQUIRE(QDir().mkpath(folder));
    const QString old = QDir(folder).filePath(QStringLiteral("说明.txt"));
    test::writeFile(old, QByteArrayLiteral("kept"));

    {
        page.writeTemplatesInto(folder);
        test::JobHold hold(newestJob(), 3);
        test::Ticker ticker;
        REQUIRE(hold.arrived());
        CHECK(test::waitUntil([&] { return ticker.ticks() >= 5; }));
        REQUIRE(hold.cancel());
        hold.release();
        REQUIRE(hold.ended());
    }
    REQUIRE(told.size() == 1);
    CHECK(told.first().startsWith(QStringLiteral(u"已取消")));
    CHECK(test::entriesOf(folder) == QStringList{QStringLiteral(u"说明.txt")});

    // Let through, every reporting institution's workbook arrives, as the core writes them.
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    QTemporaryDir expected;
    QStringList direct;
    REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, kNovember, expected.path(), &direct).isOk());
    page.writeTemplatesInto(folder);
    test::JobHold hold(newestJob(), 1);
    REQUIRE(hold.arrived());
    hold.release();
    REQUIRE(hold.ended());
    CHECK(told.size() == 1);
    QStringList names = test::entriesOf(expected.path());
    names << QStringLiteral(u"说明.txt");
    names.sort();
    QStringList got = test::entriesOf(folder);
    got.sort();
    CHECK(got == names);
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("templatesWritten"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral(u"已为 %1 个机构").arg(direct.size())));
    box->close();
}

TEST_CASE("export: the month's workbook is built and written on a worker, 取消 keeps the old file byte for byte")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    QWidget window;
    window.show();
    ui::FormExporter exporter(&session, &window);
    const QString path = dir.filePath(QStringLiteral("十一月.xlsx"));
    exporter.setChooser([path](const Campaign &, const ui::FormExporter::Choice &p) {
        ui::FormExporter::Choice c = p;
        c.path = path;
        return std::optional<ui::FormExporter::Choice>(c);
    });
    exporter.setForceAsker([](const FormExportResult &) { return true; });
    QList<FormExportResult> notified;
    exporter.setNotifier([&notified](const FormExportResult &r) { notified << r; });
    ui::FormExporter::Choice proposed;
    proposed.month = kNovember;
    proposed.fillDate = QDate(2021, 12, 12);
    test::writeFile(path, QByteArrayLiteral("last month's export"));
    const QByteArray digest = test::digestOf(path);
    const QStringList before = test::entriesOf(dir.path());

    {
        exporter.run(proposed);
        CHECK(exporter.isRunning());
        test::JobHold hold(newestJob(), 2);   // built and checked, about to write
        test::Ticker ticker;
        REQUIRE(hold.arrived());
        CHECK(test::waitUntil([&] { return ticker.ticks() >= 5; }));
        REQUIRE(hold.cancel());
        hold.release();
        REQUIRE(hold.ended());
    }
    REQUIRE(test::waitUntil([&] { return !exporter.isRunning(); }));
    REQUIRE(notified.size() == 1);
    CHECK(notified.first().outcome == FormExportResult::Outcome::Cancelled);
    CHECK(test::digestOf(path) == digest);
    CHECK(test::entriesOf(dir.path()) == before);

    exporter.run(proposed);
    REQUIRE(test::waitUntil([&] { return !exporter.isRunning(); }));
    REQUIRE(notified.size() == 2);
    INFO(notified.last().status.message());
    CHECK(notified.last().isWritten());
    CHECK(test::digestOf(path) != digest);
    CHECK(notified.last().sheetNames() == QStringList({QStringLiteral(u"附件1"), QStringLiteral(u"附件2"), QStringLiteral(u"附件3")}));
}

TEST_CASE("import: files are checked and stored on a worker, a cancelled check lists nothing new, a cancelled store stores nothing")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    test::forgetMonth(session.database(), kNovember);   // its templates given back unchanged are new filings
    const QString folder = dir.filePath(QStringLiteral("回传"));
    REQUIRE(QDir().mkpath(folder));
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, kNovember, folder, &written).isOk());
    const QStringList four = written.mid(0, 4);
    const auto novemberCount = [&] {
        int n = 0;
        for (const Report &r : ReportRepository(session.database()).all(campaign->id))
            n += r.period == kNovember ? 1 : 0;
        return n;
    };

    ui::ImportReportsDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 10));
    dialog.show();
    QList<bool> checks;
    QObject::connect(&dialog, &ui::ImportReportsDialog::checked, [&checks](bool cancelled) { checks << cancelled; });
    QList<int> imports;
    QObject::connect(&dialog, &ui::ImportReportsDialog::imported, [&imports](int n) { imports << n; });

    // The check held after its second file, then cancelled: the list stays empty.
    {
        test::JobHold hold(dialog.addPaths(four), 2);
        test::Ticker ticker;
        REQUIRE(hold.arrived());
        CHECK(test::waitUntil([&] { return ticker.ticks() >= 5; }));
        CHECK(dialog.isBusy());
        CHECK_FALSE(dialog.importButton()->isEnabled());
        REQUIRE(hold.cancel());
        hold.release();
        REQUIRE(hold.ended());
    }
    CHECK(checks == QList<bool>{true});
    CHECK(dialog.files().isEmpty());
    CHECK(dialog.table()->rowCount() == 0);

    // Checked to the end, the four are listed, clean.
    {
        test::JobHold hold(dialog.addPaths(four), 1);
        REQUIRE(hold.arrived());
        hold.release();
        REQUIRE(hold.ended());
    }
    CHECK(checks == QList<bool>{true, false});
    REQUIRE(dialog.files().size() == 4);
    REQUIRE(dialog.importButton()->isEnabled());

    // The store held at its last step, every file written inside the transaction, then cancelled.
    {
        test::JobHold hold(dialog.importClean(), 4);
        REQUIRE(hold.arrived());
        REQUIRE(hold.cancel());
        hold.release();
        REQUIRE(hold.ended());
    }
    CHECK(imports == QList<int>{0});
    CHECK(novemberCount() == 0);
    for (const WorkbookFile &f : dialog.files())
        CHECK_FALSE(f.stored);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral(u"已取消，没有导入任何文件")));
    CHECK(dialog.importButton()->isEnabled());

    // Let through, all four go in.
    QList<ui::Session::Change> changed;
    QObject::connect(&session, &ui::Session::dataChanged, [&](ui::Session::Change what) { changed << what; });
    {
        test::JobHold hold(dialog.importClean(), 1);
        REQUIRE(hold.arrived());
        hold.release();
        REQUIRE(hold.ended());
    }
    CHECK(imports == QList<int>{0, 4});
    CHECK(changed == QList<ui::Session::Change>{ui::Session::Change::Figures});
    int reports = 0;
    for (const WorkbookFile &f : dialog.files()) {
        CHECK(f.stored);
        reports += int(f.reports.size());
    }
    CHECK(novemberCount() == reports);
    CHECK(dialog.table()->item(0, ui::ImportReportsDialog::StatusColumn)->text() == QStringLiteral(u"已导入"));
}

TEST_CASE("a window closed while its job runs cancels the job and waits for it, the outcome is dropped")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    const QString folder = dir.filePath(QStringLiteral("空白报表"));
    REQUIRE(QDir().mkpath(folder));
    bool told = false;
    auto page = std::make_unique<ui::EntryPage>(&session);
    page->show();
    REQUIRE(page->setPeriod(kNovember));
    page->setAsker([&told](const QString &, const QString &, QMessageBox::StandardButtons) {
        told = true;
        return QMessageBox::Ok;
    });
    page->writeTemplatesInto(folder);
    test::JobHold hold(newestJob(), 2);
    REQUIRE(hold.arrived());
    // The page goes while the worker waits at step 2. Its destructor cancels the job and waits
    // for the worker, which this thread lets go only once the cancel is there: the worker then
    // stops at its next step, and the page's destructor returns.
    const Progress *progress = &hold.job()->progress();
    std::thread releaser([progress, &hold] {
        while (!progress->isCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        hold.release();
    });
    page.reset();
    releaser.join();
    CHECK(ui::BackgroundJob::running().isEmpty());
    // Nothing arrives later either, and nothing was written.
    QCoreApplication::processEvents();
    CHECK_FALSE(told);
    CHECK(test::entriesOf(folder).isEmpty());
}

TEST_CASE("从备份恢复 is refused while a long job works on the database, and allowed again once it ended")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    const QString folder = dir.filePath(QStringLiteral("空白报表"));
    REQUIRE(QDir().mkpath(folder));
    ui::EntryPage page(&session);
    page.show();
    REQUIRE(page.setPeriod(kNovember));
    page.setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Ok; });
    page.writeTemplatesInto(folder);
    test::JobHold hold(newestJob(), 2);
    REQUIRE(hold.arrived());
    // The job's worker has a connection of its own to the file a restore would replace.
    const QString missing = dir.filePath(QStringLiteral("no-backup.sqlite"));
    QString kept;
    const Status refused = session.restoreFrom(missing, &kept);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"后台任务")));
    CHECK(kept.isEmpty());
    hold.release();
    REQUIRE(hold.ended());
    REQUIRE(test::waitUntil([] { return ui::BackgroundJob::running().isEmpty(); }));
    // With no job left, the restore goes on to look at the backup itself (here: there is none).
    const Status checked = session.restoreFrom(missing, &kept);
    CHECK_FALSE(checked.isOk());
    CHECK_FALSE(checked.message().contains(QStringLiteral(u"后台任务")));
    CHECK(session.isOpen());
}

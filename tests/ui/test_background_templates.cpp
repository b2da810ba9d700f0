// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WorkerHold.h"
#include "XlsxFixtures.h"

#include "entry/EntryPage.h"
#include "io/ReportTemplates.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace qf;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What templatesWritten said, each time.
struct Outcome
{
    Status status;
    QStringList files;
    bool cancelled = false;
};

struct Fixture
{
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::EntryPage> page;
    QString folder;
    int questions = 0;
    QList<Outcome> written;

    Fixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("templates.sqlite")), true).isOk());
        page = std::make_unique<ui::EntryPage>(&session);
        page->setAsker([this](const QString &, const QString &, QMessageBox::StandardButtons) {
            ++questions;
            return QMessageBox::Ok;
        });
        REQUIRE(page->setPeriod(YearMonth(2021, 11)));
        folder = dir.filePath(QStringLiteral("out"));
        REQUIRE(QDir().mkpath(folder));
        page->setFolderChooser([this](const QString &) { return folder; });
        QObject::connect(page.get(), &ui::EntryPage::templatesWritten,
                         [this](const Status &s, const QStringList &files, bool cancelled) { written << Outcome{s, files, cancelled}; });
    }
};

} // namespace

TEST_CASE("blank templates are written on a worker and are the workbooks written before")
{
    Fixture fx;
    QList<Outcome> &written = fx.written;
    fx.page->writeTemplates();
    // Handed to the worker: the page is back before a single workbook is reported.
    CHECK(written.isEmpty());
    // A second click while they are written starts nothing more.
    fx.page->writeTemplates();
    REQUIRE(test::waitUntil([&] { return !written.isEmpty(); }));
    test::waitUntil([] { return false; }, 200);
    REQUIRE(written.size() == 1);
    INFO(written.first().status.message().toStdString());
    REQUIRE(written.first().status.isOk());
    CHECK_FALSE(written.first().cancelled);
    const QStringList files = written.first().files;
    CHECK(fx.questions == 0);
    // The news is an information box that does not hold the page up.
    auto *box = fx.page->findChild<QMessageBox *>(QStringLiteral("templatesWrittenBox"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral(u"已为 %1 个机构").arg(files.size())));
    box->close();
    // No progress dialog is left over.
    CHECK_FALSE(fx.page->findChild<QDialog *>(QStringLiteral("jobProgress")));

    // The same files, part by part, as the synchronous writer makes them.
    const auto campaign = CampaignRepository(fx.session.database()).load(fx.session.campaignId());
    REQUIRE(campaign);
    const QString direct = fx.dir.filePath(QStringLiteral("direct"));
    REQUIRE(QDir().mkpath(direct));
    QStringList expected;
    REQUIRE(ReportTemplates::writeAll(fx.session.database(), *campaign, YearMonth(2021, 11), direct, &expected));
    REQUIRE(files.size() == expected.size());
    REQUIRE_FALSE(files.isEmpty());
    for (int i = 0; i < files.size(); ++i) {
        INFO(files.at(i).toStdString());
        CHECK(QFileInfo(files.at(i)).fileName() == QFileInfo(expected.at(i)).fileName());
        CHECK(test::workbookDifference(bytesOf(files.at(i)), bytesOf(expected.at(i))).toStdString() == "");
    }
    // Nothing but the workbooks in the folder.
    CHECK(QDir(fx.folder).entryList(QDir::Files).size() == files.size());
}

TEST_CASE("cancelling the blank templates stops before the next workbook and leaves none half written")
{
    Fixture fx;
    QList<Outcome> &written = fx.written;
    {
        // The worker has not begun when 取消 is pressed.
        test::WorkerHold hold;
        fx.page->writeTemplates();
        auto *progress = fx.page->findChild<QDialog *>(QStringLiteral("jobProgress"));
        REQUIRE(progress);
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("jobCancel"));
        REQUIRE(cancel);
        CHECK(cancel->text() == QStringLiteral(u"取消"));
        cancel->click();
        CHECK(progress->isHidden());
    }
    REQUIRE(test::waitUntil([&] { return !written.isEmpty(); }));
    CHECK(written.first().cancelled);
    CHECK(written.first().files.isEmpty());
    CHECK(QDir(fx.folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(fx.page->stateText().contains(QStringLiteral(u"已取消生成空白报表")));
    CHECK(fx.questions == 0);
    CHECK_FALSE(fx.page->findChild<QMessageBox *>(QStringLiteral("templatesWrittenBox")));

    // Once it has ended, the button works again.
    written.clear();
    fx.page->writeTemplates();
    REQUIRE(test::waitUntil([&] { return !written.isEmpty(); }));
    CHECK_FALSE(written.first().cancelled);
    CHECK_FALSE(written.first().files.isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "entry/EntryPage.h"
#include "entry/ImportReportsDialog.h"
#include "io/ReportTemplates.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>

using namespace qf;

namespace {

/// The dialog checks on a worker: the list is there once the check has ended.
void checked(ui::ImportReportsDialog &dialog, const ui::BackgroundJob *)
{
    REQUIRE(test::waitUntil([&dialog] { return !dialog.isBusy(); }));
}

/// 导入全部无误文件, to its end: how many files it stored.
int importedCount(ui::ImportReportsDialog &dialog)
{
    int stored = -1;
    const QMetaObject::Connection c = QObject::connect(&dialog, &ui::ImportReportsDialog::imported, [&stored](int n) { stored = n; });
    dialog.importClean();
    const bool ended = test::waitUntil([&stored] { return stored >= 0; });
    QObject::disconnect(c);
    REQUIRE(ended);
    return stored;
}

} // namespace

TEST_CASE("the import dialog lists every file with its status and imports the clean ones")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("import.sqlite")), true).isOk());
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    const YearMonth november(2021, 11);
    const QString folder = dir.filePath(QStringLiteral("templates"));
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, november, folder, &written));
    // Two untouched templates (November's stored figures, given back unchanged) and one broken file.
    QFile::copy(written.at(0), dir.filePath(QStringLiteral("a.xlsx")));
    QFile::copy(written.at(1), dir.filePath(QStringLiteral("b.xlsx")));
    QFile::copy(test::dataPath(QStringLiteral("import/negative.xlsx")), dir.filePath(QStringLiteral("negative.xlsx")));

    ui::EntryPage page(&session);
    CHECK(page.findChild<QPushButton *>(QStringLiteral("importReportsButton")));
    CHECK(page.findChild<QPushButton *>(QStringLiteral("templatesButton")));

    ui::ImportReportsDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 10));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    checked(dialog, dialog.addPaths({dir.path()}));
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(2, ui::ImportReportsDialog::FileColumn)->text() == QStringLiteral("negative.xlsx"));
    CHECK(table->item(2, ui::ImportReportsDialog::StatusColumn)->text() == QStringLiteral(u"有错误"));
    CHECK(table->item(2, ui::ImportReportsDialog::FindingsColumn)->text().contains(QStringLiteral(u"不能为负数")));
    CHECK(table->item(0, ui::ImportReportsDialog::MonthColumn)->text() == QStringLiteral(u"2021年11月"));
    CHECK(table->item(0, ui::ImportReportsDialog::FormColumn)->text() == QStringLiteral(u"附件1、附件3"));
    CHECK(dialog.importButton()->isEnabled());

    if (qEnvironmentVariableIsSet("QINGFENG_SCREENSHOT_DIR")) {
        dialog.show();
        dialog.grab().save(QDir(qEnvironmentVariable("QINGFENG_SCREENSHOT_DIR")).filePath(QStringLiteral("import-dialog.png")));
    }

    const QList<Report> before = ReportRepository(session.database()).all(campaign->id);
    QList<ui::Session::Change> changed;
    QObject::connect(&session, &ui::Session::dataChanged, [&](ui::Session::Change what) { changed << what; });
    CHECK(importedCount(dialog) == 2);
    CHECK(changed == QList<ui::Session::Change>{ui::Session::Change::Figures});
    CHECK(table->item(0, ui::ImportReportsDialog::StatusColumn)->text() == QStringLiteral(u"已导入"));
    CHECK(table->item(2, ui::ImportReportsDialog::StatusColumn)->text() == QStringLiteral(u"有错误"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // Returned unchanged, they change no figure (they once turned November back into October).
    const auto stored = ReportRepository(session.database()).all(campaign->id);
    REQUIRE(stored.size() == before.size());
    for (int i = 0; i < stored.size(); ++i) {
        CHECK(stored.at(i).numbers == before.at(i).numbers);
        CHECK(stored.at(i).texts == before.at(i).texts);
    }
}

TEST_CASE("the import dialog takes each file's receipt date from the file, lets the clerk change it, and stores it")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("received.sqlite")), true).isOk());
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    // November not filed yet: a workbook that gives back what is stored changes nothing, and
    // so records no receipt either; these two are the units' first filings of the month.
    test::forgetMonth(session.database(), YearMonth(2021, 11));
    const QString folder = dir.filePath(QStringLiteral("templates"));
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, YearMonth(2021, 11), folder, &written));
    const QString a = dir.filePath(QStringLiteral("a.xlsx"));
    const QString b = dir.filePath(QStringLiteral("b.xlsx"));
    REQUIRE(QFile::copy(written.at(0), a));
    REQUIRE(QFile::copy(written.at(1), b));
    // Saved from a mail on 3 December, imported on the 20th.
    for (const QString &path : {a, b}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime(QDate(2021, 12, 3), QTime(16, 5)), QFileDevice::FileModificationTime));
    }

    ui::ImportReportsDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 20));
    checked(dialog, dialog.addPaths({a, b}));
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    QTableWidgetItem *received = table->item(1, ui::ImportReportsDialog::ReceivedColumn);
    CHECK(received->data(Qt::EditRole).toDate() == QDate(2021, 12, 3));
    // Shown as the window writes dates, not in the system locale's words.
    const auto *delegate = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(ui::ImportReportsDialog::ReceivedColumn));
    REQUIRE(delegate);
    CHECK(delegate->displayText(received->data(Qt::DisplayRole), QLocale::c()) == QStringLiteral("2021-12-03"));
    CHECK(received->flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(table->item(1, ui::ImportReportsDialog::FileColumn)->flags().testFlag(Qt::ItemIsEditable));
    // The clerk knows b came in on the 12th; a date after today is taken as today.
    received->setData(Qt::EditRole, QDate(2021, 12, 12));
    CHECK(table->item(1, ui::ImportReportsDialog::ReceivedColumn)->data(Qt::EditRole).toDate() == QDate(2021, 12, 12));
    CHECK(dialog.files().at(1).receivedOn == QDate(2021, 12, 12));
    table->item(0, ui::ImportReportsDialog::ReceivedColumn)->setData(Qt::EditRole, QDate(2022, 1, 5));
    CHECK(dialog.files().at(0).receivedOn == QDate(2021, 12, 20));
    table->item(0, ui::ImportReportsDialog::ReceivedColumn)->setData(Qt::EditRole, QDate(2021, 12, 3));

    REQUIRE(importedCount(dialog) == 2);
    QHash<QString, QDate> arrived;
    for (const Report &r : ReportRepository(session.database()).all(campaign->id))
        if (r.period == YearMonth(2021, 11))
            arrived.insert(r.sourceFile, r.submittedOn);
    CHECK(arrived.value(QStringLiteral("a.xlsx")) == QDate(2021, 12, 3));
    CHECK(arrived.value(QStringLiteral("b.xlsx")) == QDate(2021, 12, 12));
}

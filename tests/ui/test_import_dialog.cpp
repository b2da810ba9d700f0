// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "entry/EntryPage.h"
#include "entry/ImportReportsDialog.h"
#include "io/ReportTemplates.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QPushButton>
#include <QTableWidget>

using namespace qf;

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
    dialog.addPaths({dir.path()});
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
    QStringList changed;
    QObject::connect(&session, &ui::Session::dataChanged, [&](const QString &what) { changed << what; });
    CHECK(dialog.importClean() == 2);
    CHECK(changed == QStringList{QStringLiteral("figures")});
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

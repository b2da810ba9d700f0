// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/CampaignPage.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include "storage/Backup.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

using namespace qf;

TEST_CASE("the main window opens on a demo database and the registry shows the demo institutions")
{
    QTemporaryDir dir;
    ui::Session session;
    const Status s = session.open(dir.filePath(QStringLiteral("gui.sqlite")), true);
    REQUIRE(s.isOk());
    ui::MainWindow window(&session);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("registry")));

    ui::RegistryPage *registry = window.registryPage();
    // 40 in the registry, one closed: the default view shows the 39 open ones.
    CHECK(registry->visibleCount() == 39);
    const QAbstractItemModel *model = registry->table()->model();
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, 0).data().toString();
    CHECK(names.contains(QStringLiteral(u"鹿寨县人民医院")));
    CHECK(names.contains(QStringLiteral(u"鹿寨县康民大药房")));
    CHECK_FALSE(names.contains(QStringLiteral(u"鹿寨县中渡镇长盛村卫生室")));
    CHECK(session.hasDemoData());
}

TEST_CASE("the campaign overview lists every due date of the demo campaign in order")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    ui::CampaignPage *page = window.campaignPage();
    page->setToday(QDate(2021, 9, 13));
    REQUIRE(test::waitUntil([&] { return !page->isTrackingPending(); }));
    QTableWidget *table = page->deadlineTable();
    // 4 monthly deadlines × 5 months + the work summary.
    REQUIRE(table->rowCount() == 21);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2021-08-12"));
    CHECK(table->item(20, 0)->text() == QStringLiteral("2021-12-14"));
    // On 2021-09-13 the September-12 deadlines are past and the 14th ones are tomorrow.
    bool sawTomorrow = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("2021-09-14"))
            sawTomorrow = table->item(r, 5)->text().startsWith(QStringLiteral(u"还有 1 天"));
    CHECK(sawTomorrow);
}

TEST_CASE("two windows on one database: the second is marked as sharing it and cannot restore over it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    ui::Session first;
    REQUIRE(first.open(path, true).isOk());
    CHECK(first.sharedWith().isEmpty());

    ui::Session second;
    REQUIRE(second.open(path, false).isOk());
    CHECK(second.sharedWith().contains(QString::number(QCoreApplication::applicationPid())));
    ui::MainWindow window(&second);
    const QLabel *badge = window.findChild<QLabel *>(QStringLiteral("sharedBadge"));
    REQUIRE(badge);
    CHECK_FALSE(badge->isHidden());

    // Restoring would pull the file from under the first window: refused, nothing replaced.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::write(first.database(), backup).isOk());
    QString kept;
    const Status restored = second.restoreFrom(backup, &kept);
    CHECK_FALSE(restored.isOk());
    CHECK(restored.message().contains(QStringLiteral(u"请先关闭那个窗口")));
    CHECK(kept.isEmpty());
    CHECK(second.isOpen());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/CampaignPage.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAbstractItemModel>
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

// SPDX-License-Identifier: GPL-3.0-or-later
// 文件 → 删除示例数据… when the user changed demo rows: the question names each changed
// row, since removing the demo takes those changes with it.
#include "TestSupport.h"

#include "actions/CampaignActions.h"
#include "demo/DemoData.h"
#include "demo/DemoEdits.h"
#include "shell/DemoRemoval.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QAction>
#include <QTemporaryDir>

using namespace qf;

TEST_CASE("demo edits: the demo as seeded has none — a changed institution stays, an edited plan is named before it goes")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    Database &db = session.database();

    QStringList edits;
    REQUIRE(DemoEdits::find(db, &edits).isOk());
    INFO(edits.join(QLatin1Char('\n')).toStdString());
    CHECK(edits.isEmpty());

    // A demo institution renamed and given the office's phone, as a clerk trying it out would.
    std::optional<Institution> hospital = InstitutionRepository(db).findByName(QStringLiteral(u"鹿寨县中医医院"));
    REQUIRE(hospital);
    REQUIRE(hospital->demo);
    hospital->name = QStringLiteral(u"象州县中医医院");
    hospital->contactPhone = QStringLiteral(u"0772-4361234");
    REQUIRE(InstitutionRepository(db).save(*hospital).isOk());
    // Saved again unchanged: still only those two fields (named in the order the trail keeps them).
    REQUIRE(InstitutionRepository(db).save(*hospital).isOk());

    // The demo campaign's plan: one phase renamed; saved through the editor's action.
    std::optional<Campaign> campaign = CampaignRepository(db).load(DemoData::campaignId(db));
    REQUIRE(campaign);
    REQUIRE_FALSE(campaign->phases.isEmpty());
    // Saving it unchanged (the editor rewrites phases and deadlines) is no edit.
    Campaign unchanged = *campaign;
    REQUIRE(CampaignActions::save(db, unchanged).isOk());
    REQUIRE(DemoEdits::find(db, &edits).isOk());
    CHECK(edits.isEmpty());   // a changed demo institution stays, as the user's own

    campaign = CampaignRepository(db).load(DemoData::campaignId(db));
    campaign->phases.first().name = QStringLiteral(u"本县动员部署");
    REQUIRE(CampaignActions::save(db, *campaign).isOk());
    REQUIRE(DemoEdits::find(db, &edits).isOk());
    REQUIRE(edits.size() == 1);
    CHECK(edits.last().startsWith(QStringLiteral(u"示例活动“")));
    CHECK(edits.last().endsWith(QStringLiteral(u"：改过工作阶段")));

    // The window's question names both, and No keeps everything.
    session.notifyChanged(ui::Session::Change::Institutions);
    ui::MainWindow window(&session);
    QStringList texts;
    window.demoRemoval()->setAsker([&texts](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
        texts << text;
        return QMessageBox::No;
    });
    auto *remove = window.findChild<QAction *>(QStringLiteral("removeDemoAction"));
    REQUIRE(remove);
    remove->trigger();
    REQUIRE(texts.size() == 1);
    CHECK(texts.first().contains(QStringLiteral(u"以下示例数据您修改过，删除时这些修改也一并删除")));
    CHECK(texts.first().contains(QStringLiteral(u"您修改过的示例机构（象州县中医医院）保留在名册中")));
    CHECK(texts.first().contains(QStringLiteral(u"：改过工作阶段")));
    CHECK(session.hasDemoData());
    CHECK(InstitutionRepository(db).findByName(QStringLiteral(u"象州县中医医院")));
}

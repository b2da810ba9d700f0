// SPDX-License-Identifier: GPL-3.0-or-later
// 文件 → 删除示例数据… and 文件 → 新建数据库…: the window's side of removing the demo county
// and of starting on an empty database.
#include "TestSupport.h"

#include "registry/RegistryPage.h"
#include "shell/DemoRemoval.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>

using namespace qf;

namespace {

QAction *removeAction(ui::MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("removeDemoAction"));
    REQUIRE(action);
    return action;
}

// Every page of the navigation, shown once: none may fail on what the database holds now.
void showEveryPage(ui::MainWindow &window)
{
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    for (int i = 0; i < nav->count(); ++i) {
        const QString key = nav->item(i)->data(Qt::UserRole).toString();
        INFO(key.toStdString());
        REQUIRE(window.showPage(key));
        QCoreApplication::processEvents();
        CHECK(window.page(key)->isVisible());
    }
    test::waitUntil([] { return false; }, 200);
}

// The user's own campaign beside the demo, shaped like it (a stored copy that is not demo).
Campaign campaignOfTheUser(ui::Session &session, const QString &title)
{
    Campaign own = *CampaignRepository(session.database()).load(session.campaignId());
    own.id = 0;
    own.demo = false;
    own.title = title;
    own.county = QStringLiteral(u"象州县");
    for (Office &o : own.offices)
        o.id = 0;
    for (Phase &p : own.phases)
        p.id = 0;
    for (Deadline &d : own.deadlines)
        d.id = 0;
    REQUIRE(CampaignRepository(session.database()).save(own).isOk());
    return own;
}

struct Asked
{
    QList<QMessageBox::Icon> icons;
    QStringList texts;
    QMessageBox::StandardButton answer = QMessageBox::Yes;

    ui::DemoRemoval::Asker asker()
    {
        return [this](QMessageBox::Icon icon, const QString &, const QString &text, QMessageBox::StandardButtons buttons) {
            icons << icon;
            texts << text;
            return buttons.testFlag(answer) ? answer : QMessageBox::Ok;
        };
    }
};

} // namespace

TEST_CASE("删除示例数据… is offered only while the database holds demo data")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("empty.sqlite")), false).isOk());
    ui::MainWindow window(&session);
    CHECK_FALSE(removeAction(window)->isEnabled());

    ui::Session demo;
    REQUIRE(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    ui::MainWindow demoWindow(&demo);
    CHECK(removeAction(demoWindow)->isEnabled());
}

TEST_CASE("removing the demo from the window: asked first, then every page shows the empty database")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("registry")));
    REQUIRE(session.campaignId() != 0);
    Asked asked;

    // No: nothing goes.
    asked.answer = QMessageBox::No;
    window.demoRemoval()->setAsker(asked.asker());
    removeAction(window)->trigger();
    REQUIRE(asked.texts.size() == 1);
    CHECK(asked.icons.first() == QMessageBox::Question);
    CHECK(asked.texts.first().contains(QStringLiteral(u"将删除：40 家示例机构，1 个示例活动")));
    CHECK(session.hasDemoData());
    CHECK(window.registryPage()->visibleCount() == 39);

    asked = Asked();
    window.demoRemoval()->setAsker(asked.asker());
    removeAction(window)->trigger();
    REQUIRE(asked.texts.size() == 2);
    CHECK(asked.icons.last() == QMessageBox::Information);
    CHECK(asked.texts.last().contains(QStringLiteral(u"已删除示例数据：40 家示例机构")));
    CHECK(asked.texts.last().contains(QStringLiteral(u"还没有专项整治")));
    CHECK_FALSE(session.hasDemoData());
    CHECK(session.campaignId() == 0);
    CHECK(InstitutionRepository(session.database()).all().isEmpty());
    CHECK(window.registryPage()->visibleCount() == 0);
    CHECK_FALSE(removeAction(window)->isEnabled());
    const auto *badge = window.findChild<QLabel *>(QStringLiteral("demoBadge"));
    REQUIRE(badge);
    CHECK(badge->isHidden());
    const auto *campaignLabel = window.findChild<QLabel *>(QStringLiteral("campaignLabel"));
    REQUIRE(campaignLabel);
    CHECK(campaignLabel->text() == QStringLiteral(u"尚未选择专项整治"));
    showEveryPage(window);
}

TEST_CASE("after removing the demo the window works on the user's own campaign")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    const Campaign own = campaignOfTheUser(session, QStringLiteral(u"象州县医疗领域专项整治"));
    session.setCampaignId(session.campaigns().last().id);   // the demo, the older one
    REQUIRE(session.campaign()->demo);
    ui::MainWindow window(&session);
    window.show();
    Asked asked;
    window.demoRemoval()->setAsker(asked.asker());
    removeAction(window)->trigger();
    REQUIRE(asked.texts.size() == 2);
    INFO(asked.texts.last().toStdString());
    CHECK(asked.icons.last() == QMessageBox::Information);
    CHECK(session.campaignId() == own.id);
    CHECK(asked.texts.last().contains(QStringLiteral(u"现在显示专项整治“象州县医疗领域专项整治”")));
    showEveryPage(window);
}

TEST_CASE("a refused removal says why in a warning and leaves the demo in place")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    Institution demoUnit;
    for (const Institution &i : session.registry())
        if (i.name == u"鹿寨县中医医院")
            demoUnit = i;
    REQUIRE(demoUnit.id != 0);
    ui::MainWindow window(&session);
    // The user's own figures for a demo unit, in a campaign of the user's.
    const Campaign own = campaignOfTheUser(session, QStringLiteral(u"本县专项整治"));
    Report r;
    r.campaignId = own.id;
    r.form = 1;
    r.unitKey = UnitKey::institution(demoUnit.id);
    r.period = YearMonth(2021, 8);
    r.numbers.insert(1, 2);
    REQUIRE(ReportRepository(session.database()).save(r).isOk());

    Asked asked;
    window.demoRemoval()->setAsker(asked.asker());
    removeAction(window)->trigger();
    REQUIRE(asked.texts.size() == 1);
    CHECK(asked.icons.first() == QMessageBox::Warning);
    CHECK(asked.texts.first().contains(QStringLiteral(u"示例机构“鹿寨县中医医院”在专项整治“本县专项整治”中有用户录入的报表 1 条")));
    CHECK(session.hasDemoData());
    CHECK(removeAction(window)->isEnabled());
}

TEST_CASE("新建数据库… opens an empty database without the demo and never replaces a file")
{
    QTemporaryDir dir;
    ui::Session session;
    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(session.open(demoPath, true).isOk());
    ui::MainWindow window(&session);
    window.show();

    const QString fresh = dir.filePath(QStringLiteral("象州县.sqlite"));
    const Status s = window.createDatabase(fresh);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(session.path() == fresh);
    CHECK(QFileInfo::exists(fresh));
    CHECK(session.campaigns().isEmpty());
    CHECK(session.registry().isEmpty());
    CHECK(session.database().schemaVersion() == Database::currentSchemaVersion());
    CHECK_FALSE(removeAction(window)->isEnabled());
    showEveryPage(window);

    // An existing file, a database or not, is refused and stays as it was.
    const QByteArray before = test::digestOf(demoPath);
    const Status refused = window.createDatabase(demoPath);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"已存在")));
    CHECK(session.path() == fresh);
    CHECK(test::digestOf(demoPath) == before);
}

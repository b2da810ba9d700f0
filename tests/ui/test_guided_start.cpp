// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's guided start on an empty database: three steps, each ticked when the data
// shows it done, the next one highlighted; and the entry page with nothing to fill in.
#include "TestSupport.h"

#include "actions/CampaignActions.h"
#include "campaign/CampaignPage.h"
#include "campaign/CampaignTemplate.h"
#include "campaign/GuidedStart.h"
#include "entry/EntryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QPushButton>
#include <QTemporaryDir>

using namespace qf;

namespace {

void waitForCounts(ui::CampaignPage *page)
{
    REQUIRE(test::waitUntil([page] { return !page->isTrackingPending(); }));
}

Campaign campaignFromTemplate(ui::Session &session)
{
    return test::savedTemplateCampaign(session.database());
}

} // namespace

TEST_CASE("guided start: an empty database shows the three steps, each ticked as its data appears")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("new.sqlite")), false).isOk());
    ui::MainWindow window(&session);
    window.show();
    ui::CampaignPage *overview = window.campaignPage();
    REQUIRE(overview);
    ui::GuidedStart *guide = overview->guidedStart();
    REQUIRE(guide);
    QCoreApplication::processEvents();

    // Nothing yet: the first step is next, the templates wait for a campaign and say so.
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isDone(ui::GuidedStart::Registry));
    CHECK_FALSE(guide->isDone(ui::GuidedStart::Campaign));
    CHECK_FALSE(guide->isDone(ui::GuidedStart::Templates));
    CHECK(guide->nextStep() == ui::GuidedStart::Registry);
    CHECK(guide->button(ui::GuidedStart::Registry)->property("nextStep").toBool());
    CHECK_FALSE(guide->button(ui::GuidedStart::Campaign)->property("nextStep").toBool());
    QPushButton *templates = guide->button(ui::GuidedStart::Templates);
    CHECK_FALSE(templates->isEnabled());
    CHECK(templates->toolTip().contains(QStringLiteral(u"先新建专项整治")));

    // The entry page has nothing to fill in: no blank workbooks for nobody, no 合计 of zeros.
    ui::EntryPage *entry = window.entryPage();
    CHECK(entry->isEmptyNoteShown());
    CHECK(entry->findChild<QPushButton *>(QStringLiteral("templatesButton"))->isHidden());
    CHECK(entry->findChild<QPushButton *>(QStringLiteral("importReportsButton"))->isHidden());
    REQUIRE(window.showPage(QStringLiteral("entry")));
    auto *toGuide = entry->findChild<QPushButton *>(QStringLiteral("toGuidedStartButton"));
    REQUIRE(toGuide);
    CHECK(toGuide->isVisible());
    toGuide->click();
    CHECK(overview->isVisible());

    // Institutions in the registry: step 1 ticked, the campaign is next.
    QList<Institution> registry;
    for (const char16_t *name : {u"象州县人民医院", u"象州县中医医院"}) {
        Institution i;
        i.name = QString::fromUtf16(name);
        i.township = QStringLiteral(u"象州镇");
        registry << i;
    }
    REQUIRE(InstitutionRepository(session.database()).saveAll(registry).isOk());
    session.notifyChanged(ui::Session::Change::Institutions);
    QCoreApplication::processEvents();
    CHECK(guide->isDone(ui::GuidedStart::Registry));
    CHECK_FALSE(guide->isDone(ui::GuidedStart::Campaign));
    CHECK(guide->nextStep() == ui::GuidedStart::Campaign);
    CHECK(guide->button(ui::GuidedStart::Campaign)->property("nextStep").toBool());
    CHECK_FALSE(templates->isEnabled());

    // A campaign: step 2 ticked, the templates are next and can be made.
    const Campaign c = campaignFromTemplate(session);
    session.notifyChanged(ui::Session::Change::Campaigns);
    session.setCampaignId(c.id);
    waitForCounts(overview);
    CHECK(guide->isVisible());
    CHECK(guide->isDone(ui::GuidedStart::Campaign));
    CHECK_FALSE(guide->isDone(ui::GuidedStart::Templates));
    CHECK(guide->nextStep() == ui::GuidedStart::Templates);
    CHECK(templates->isEnabled());
    CHECK(templates->property("nextStep").toBool());
    CHECK_FALSE(entry->isEmptyNoteShown());
    CHECK_FALSE(entry->findChild<QPushButton *>(QStringLiteral("templatesButton"))->isHidden());

    // The first form back from an institution: every step done, the guide gives way.
    Report r;
    r.campaignId = c.id;
    r.form = 1;
    r.unitKey = UnitKey::institution(InstitutionRepository(session.database()).all().first().id);
    r.period = c.reportingPeriods().first();
    r.numbers.insert(1, 2);
    REQUIRE(ReportRepository(session.database()).save(r).isOk());
    session.notifyChanged(ui::Session::Change::Figures);
    waitForCounts(overview);
    CHECK(guide->isDone(ui::GuidedStart::Templates));
    CHECK(guide->nextStep() == -1);
    CHECK(guide->isHidden());
}

TEST_CASE("guided start: its buttons call the steps, the campaign in place and the others through the window")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("new.sqlite")), false).isOk());
    ui::CampaignPage page(&session);
    QList<ui::GuidedStart::Step> asked;
    QObject::connect(&page, &ui::CampaignPage::guidedStepRequested, [&asked](ui::GuidedStart::Step step) { asked << step; });
    page.guidedStart()->button(ui::GuidedStart::Registry)->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first() == ui::GuidedStart::Registry);
    // Disabled, it asks nothing.
    page.guidedStart()->button(ui::GuidedStart::Templates)->click();
    CHECK(asked.size() == 1);
}

TEST_CASE("guided start: the demo county, under way, shows no guide")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    ui::CampaignPage page(&session);
    page.show();
    waitForCounts(&page);
    CHECK(page.guidedStart()->allDone());
    CHECK(page.guidedStart()->isHidden());
}

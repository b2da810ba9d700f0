// SPDX-License-Identifier: GPL-3.0-or-later
// A page whose database stops answering says so; it never shows the failure as "no data".
#include "TestSupport.h"

#include "analysis/ChartsPanel.h"
#include "analysis/SignalsPanel.h"
#include "analysis/SpotCheckPanel.h"
#include "campaign/CampaignPage.h"
#include "ledgers/LedgerFiguresTab.h"
#include "ledgers/LedgerTab.h"
#include "ledgers/LedgersPage.h"
#include "mail/MailAccountsDialog.h"
#include "mail/MailFetchDialog.h"
#include "printing/FormPrintPanel.h"
#include "printing/NoticePanel.h"
#include "printing/PosterPanel.h"
#include "printing/SummaryPanel.h"
#include "registry/RegistryPage.h"
#include "shell/Session.h"
#include "tracking/TrackingPage.h"
#include "widgets/ReadFailureBanner.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStringList>
#include <QTabWidget>
#include <QTableView>

using namespace qf;

namespace {

// Every table taken away underneath the open window: each read a page makes then fails as
// it does on a lost server or a file damaged underneath, while the connection still counts
// as open (so no page can take the failure for "nothing opened").
void dropEveryTable(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    REQUIRE(tables.contains(QStringLiteral("institution")));
    for (const QString &t : tables)
        REQUIRE(q.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(t)));
}

// The text of every label of the widget that is not hidden, one per line.
QString shownLabels(const QWidget *w)
{
    QStringList texts;
    for (const QLabel *l : w->findChildren<QLabel *>())
        if (!l->isHidden() && !l->text().isEmpty())
            texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

// The banner of a page that has one, shown, with the words of the failed read.
QString bannerText(const QWidget *w)
{
    const auto *banner = w->findChild<ui::ReadFailureBanner *>(QStringLiteral("readFailure"));
    REQUIRE(banner);
    return banner->isHidden() ? QString() : banner->text();
}

struct OpenDemo
{
    OpenDemo() { REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk()); }
    QTemporaryDir dir;
    ui::Session session;
};

} // namespace

TEST_CASE("every page that lists data shows a failed read in the page, keeping what it showed")
{
    OpenDemo demo;
    ui::Session &session = demo.session;

    ui::RegistryPage registry(&session);
    ui::LedgersPage ledgers(&session);
    ui::CampaignPage overview(&session);
    ui::TrackingPage tracking(&session);
    ui::PosterPanel posters(&session);
    ui::NoticePanel notice(&session);
    ui::FormPrintPanel forms(&session);
    ui::SummaryPanel summary(&session);
    ui::SpotCheckPanel spotCheck(session);
    REQUIRE(test::waitUntil([&] { return !overview.isTrackingPending(); }));

    // While the database answers, no page shows a banner, and the lists hold the demo county.
    const int institutions = registry.visibleCount();
    REQUIRE(institutions > 0);
    ui::LedgerTab *problems = ledgers.tab(LedgerKind::Problems);
    REQUIRE(problems);
    const int problemRows = problems->visibleCount();
    REQUIRE(problemRows > 0);
    CHECK_FALSE(problems->readFailed());
    for (const QWidget *page : std::initializer_list<const QWidget *>{&registry, problems, &overview, &posters, &notice,
                                                                        &forms, &summary, &spotCheck})
        CHECK(bannerText(page).isEmpty());
    CHECK_FALSE(shownLabels(&tracking).contains(QStringLiteral(u"无法读取")));

    dropEveryTable(session.database());
    registry.reload();
    ledgers.reload();
    overview.reload();
    tracking.reload();
    posters.reload();
    notice.reload();
    forms.reload();
    summary.reload();
    spotCheck.reloadPool();
    spotCheck.reloadDraw();

    // Each says what it could not read, with the driver's words, and the lists keep their rows.
    const QString registryBanner = bannerText(&registry);
    CHECK(registryBanner.contains(QStringLiteral(u"无法读取机构名册：")));
    CHECK(registryBanner.contains(QStringLiteral("institution")));
    CHECK(registry.visibleCount() == institutions);

    CHECK(bannerText(problems).contains(QStringLiteral(u"无法读取")));
    CHECK(problems->visibleCount() == problemRows);
    CHECK(problems->readFailed());
    auto *ledgerTabs = ledgers.findChild<QTabWidget *>();
    REQUIRE(ledgerTabs);
    CHECK(ledgerTabs->tabText(ledgerTabs->indexOf(problems)) == ledgerKinds().name(LedgerKind::Problems));
    CHECK(shownLabels(&ledgers).contains(QStringLiteral(u"无法读取专项整治")));
    const auto *figures = ledgers.findChild<ui::LedgerFiguresTab *>();
    REQUIRE(figures);
    CHECK(bannerText(figures).contains(QStringLiteral(u"无法读取专项整治：")));
    CHECK_FALSE(shownLabels(&ledgers).contains(QStringLiteral(u"尚未新建专项整治")));

    CHECK(bannerText(&overview).contains(QStringLiteral(u"无法读取专项整治列表：")));
    CHECK_FALSE(shownLabels(&overview).contains(QStringLiteral(u"还没有专项整治")));

    CHECK(shownLabels(&tracking).contains(QStringLiteral(u"无法读取专项整治：")));

    for (const QWidget *panel : std::initializer_list<const QWidget *>{&posters, &notice, &forms, &summary}) {
        CHECK(bannerText(panel).contains(QStringLiteral(u"无法读取专项整治：")));
        CHECK_FALSE(shownLabels(panel).contains(QStringLiteral(u"还没有专项整治")));
    }

    const QString spotBanner = bannerText(&spotCheck);
    CHECK(spotBanner.contains(QStringLiteral(u"无法读取检查人员名单：")));
    CHECK(spotBanner.contains(QStringLiteral(u"无法读取抽查记录：")));
}

TEST_CASE("the analysis panels and the mailbox lists show a failed read instead of an empty result")
{
    OpenDemo demo;
    ui::Session &session = demo.session;
    dropEveryTable(session.database());

    ui::SignalsPanel signalsPanel(session);
    int signalsLoaded = 0;
    QObject::connect(&signalsPanel, &ui::SignalsPanel::loaded, [&] { ++signalsLoaded; });
    signalsPanel.reload();
    REQUIRE(test::waitUntil([&] { return signalsLoaded > 0; }));
    CHECK(shownLabels(&signalsPanel).contains(QStringLiteral(u"无法读取")));
    CHECK_FALSE(shownLabels(&signalsPanel).contains(QStringLiteral(u"没有发现“走过场”信号")));

    ui::ChartsPanel charts(session);
    int chartsLoaded = 0;
    QObject::connect(&charts, &ui::ChartsPanel::loaded, [&] { ++chartsLoaded; });
    charts.reload();
    REQUIRE(test::waitUntil([&] { return chartsLoaded > 0; }));
    CHECK(shownLabels(&charts).contains(QStringLiteral(u"无法读取")));

    ui::MailAccountsDialog accounts(&session);
    CHECK(bannerText(&accounts).contains(QStringLiteral(u"无法读取邮箱列表：")));
    ui::MailFetchDialog fetch(&session);
    CHECK(bannerText(&fetch).contains(QStringLiteral(u"无法读取邮箱列表：")));
}

TEST_CASE("the read-failure banner shows each failure once and hides when the read succeeds")
{
    ui::ReadFailureBanner banner;
    CHECK(banner.isHidden());
    Status failed = Status::failure(QStringLiteral(u"无法读取机构名册：no such table: institution"));
    failed.add(QStringLiteral(u"无法读取机构名册：no such table: institution"));
    failed.add(QStringLiteral(u"无法读取专项整治：no such table: campaign"));
    banner.showStatus(failed);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text() == QStringLiteral(u"无法读取机构名册：no such table: institution\n无法读取专项整治：no such table: campaign"));
    banner.showStatus(Status::success());
    CHECK(banner.isHidden());
    CHECK(banner.text().isEmpty());
}

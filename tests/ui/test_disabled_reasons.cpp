// SPDX-License-Identifier: GPL-3.0-or-later
// Every action and control of the window that is greyed out says why, on an empty
// database, with a campaign but no registry, and on a month the bureau has signed.
#include "TestSupport.h"

#include "actions/CampaignActions.h"
#include "actions/SignMonth.h"
#include "campaign/CampaignPage.h"
#include "campaign/CampaignTemplate.h"
#include "entry/EntryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include "storage/CampaignRepository.h"
#include "storage/PeriodLockRepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace qf;

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// A disabled action's reason is its status tip or a tooltip of its own (Qt makes up a
// tooltip from the text when none is set: that says nothing about why).
bool actionSaysWhy(const QAction *a)
{
    return !a->statusTip().trimmed().isEmpty() || (!a->toolTip().trimmed().isEmpty() && plain(a->toolTip()) != plain(a->text()));
}

// Every disabled action of the menus and the pages, and every control on screen that is
// disabled itself (not only through its parent), named with what it lacks.
QStringList silentlyDisabled(ui::MainWindow &window, const QString &where)
{
    QStringList silent;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->isEnabled() || a->isSeparator() || a->menu() || plain(a->text()).isEmpty())
            continue;
        if (!actionSaysWhy(a))
            silent << QStringLiteral("%1: action “%2” (%3)").arg(where, plain(a->text()), a->objectName());
    }
    for (QWidget *w : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
        if (!control || !w->isVisible() || w->isEnabledTo(w->parentWidget()))
            continue;
        if (w->toolTip().trimmed().isEmpty()) {
            const auto *b = qobject_cast<QAbstractButton *>(w);
            silent << QStringLiteral("%1: %2 “%3” (%4)")
                          .arg(where, QString::fromLatin1(w->metaObject()->className()), b ? plain(b->text()) : QString(),
                               w->objectName());
        }
    }
    return silent;
}

// Each page shown in turn, its background counts given time to arrive.
QStringList silentOnEveryPage(ui::MainWindow &window, const QString &state)
{
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    QStringList silent;
    for (int i = 0; i < nav->count(); ++i) {
        const QString key = nav->item(i)->data(Qt::UserRole).toString();
        REQUIRE(window.showPage(key));
        QCoreApplication::processEvents();
        if (key == u"campaign") {
            auto *overview = window.campaignPage();
            REQUIRE(test::waitUntil([overview] { return !overview->isTrackingPending(); }));
        }
        test::waitUntil([] { return false; }, 100);
        silent << silentlyDisabled(window, state + QLatin1Char('/') + key);
    }
    return silent;
}

Campaign campaignFromTemplate(ui::Session &session)
{
    return test::savedTemplateCampaign(session.database());
}

} // namespace

TEST_CASE("every disabled action of the window says why: empty database, campaign without registry, signed month")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("new.sqlite")), false).isOk());
    ui::MainWindow window(&session);
    window.resize(1366, 768);
    window.show();

    // The check itself sees disabled actions: the empty database has some.
    int disabledActions = 0;
    for (QAction *a : window.findChildren<QAction *>())
        disabledActions += a->isEnabled() || a->isSeparator() ? 0 : 1;
    CHECK(disabledActions >= 3);

    QStringList silent = silentOnEveryPage(window, QStringLiteral("empty"));

    const Campaign c = campaignFromTemplate(session);
    session.notifyChanged(ui::Session::Change::Campaigns);
    session.setCampaignId(c.id);
    silent << silentOnEveryPage(window, QStringLiteral("no registry"));

    // The demo county with the entry page's month signed by the bureau.
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    const auto demo = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(demo);
    ui::EntryPage *entry = window.entryPage();
    REQUIRE(entry->period().isValid());
    REQUIRE(SignMonth::lock(session.database(), *demo, entry->form(), PeriodLockRepository::wholeMonth(), entry->period()).isOk());
    session.notifyChanged(ui::Session::Change::Locks);
    entry->reload();
    silent << silentOnEveryPage(window, QStringLiteral("signed"));
    REQUIRE(window.showPage(QStringLiteral("entry")));
    auto *sign = entry->findChild<QAbstractButton *>(QStringLiteral("signButton"));
    REQUIRE(sign);
    CHECK_FALSE(sign->isEnabled());
    CHECK(sign->toolTip().contains(QStringLiteral(u"已签发")));

    INFO(silent.join(QLatin1Char('\n')).toStdString());
    CHECK(silent.isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/CampaignPage.h"
#include "entry/EntryPage.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QStackedWidget>

using namespace qf;

namespace {

QStringList builtPages(ui::MainWindow &window)
{
    QStringList names;
    const auto *stack = window.centralWidget()->findChild<QStackedWidget *>();
    for (int i = 0; i < stack->count(); ++i)
        if (stack->widget(i)->metaObject()->className() != QByteArray("QWidget"))
            names << stack->widget(i)->objectName();
    return names;
}

} // namespace

TEST_CASE("the main window builds a page only when it is first shown or asked for")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("lazy.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    window.show();
    // The window opens on the overview; nothing else has read its data yet.
    CHECK(builtPages(window) == QStringList{QStringLiteral("campaign")});
    const auto *stack = window.centralWidget()->findChild<QStackedWidget *>();
    CHECK(qobject_cast<ui::CampaignPage *>(stack->currentWidget()) != nullptr);

    REQUIRE(window.showPage(QStringLiteral("registry")));
    CHECK(builtPages(window) == (QStringList{QStringLiteral("campaign"), QStringLiteral("registry")}));
    ui::RegistryPage *registry = window.registryPage();
    REQUIRE(registry != nullptr);
    CHECK(stack->currentWidget() == registry);
    CHECK(registry->visibleCount() == 39);
    // Showing it again keeps the same page (and whatever the user did on it).
    REQUIRE(window.showPage(QStringLiteral("campaign")));
    REQUIRE(window.showPage(QStringLiteral("registry")));
    CHECK(window.registryPage() == registry);

    // Asking for a page builds it without showing it, in its place in the navigation.
    ui::EntryPage *entry = window.entryPage();
    REQUIRE(entry != nullptr);
    CHECK(entry->objectName() == QStringLiteral("entry"));
    CHECK(stack->indexOf(entry) == 1);
    CHECK(stack->currentWidget() == registry);
    CHECK(window.page(QStringLiteral("nonexistent")) == nullptr);
    CHECK(stack->count() == 7);
}

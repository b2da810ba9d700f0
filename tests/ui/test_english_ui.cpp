// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>

using namespace qf;

namespace {

QStringList navigationLabels(const ui::MainWindow &window)
{
    const auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    QStringList labels;
    for (int i = 0; i < nav->count(); ++i)
        labels << nav->item(i)->text();
    return labels;
}

QStringList menuTitles(const ui::MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("with the English translator installed the main window speaks English")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/qingfeng/i18n/qingfeng_en.qm")));
    QCoreApplication::installTranslator(&english);
    QStringList labels, menus, buttons;
    QString title;
    {
        ui::MainWindow window(&session);
        window.show();
        labels = navigationLabels(window);
        menus = menuTitles(window);
        title = window.windowTitle();
        for (const QPushButton *button : window.findChildren<QPushButton *>())
            if (!button->text().isEmpty())
                buttons << button->text();
    }
    QCoreApplication::removeTranslator(&english);

    // The platform adds " — Qingfeng" (the application's display name) itself.
    CHECK(title == QStringLiteral("Rectification Campaign Workbench"));
    CHECK(labels == QStringList{QStringLiteral("Campaign overview"), QStringLiteral("Report entry"),
                                QStringLiteral("Institutions"), QStringLiteral("Tracking"),
                                QStringLiteral("Print"), QStringLiteral("Ledgers"), QStringLiteral("Analysis")});
    CHECK(menus.contains(QStringLiteral("&File")));
    CHECK(menus.contains(QStringLiteral("&Settings")));
    CHECK(menus.contains(QStringLiteral("&Help")));
    // No button anywhere in the window is left in Chinese.
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    REQUIRE_FALSE(buttons.isEmpty());
    for (const QString &text : buttons) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(han));
    }

    // Once the translator is gone, a new window is Chinese again.
    ui::MainWindow chinese(&session);
    CHECK(navigationLabels(chinese).contains(QStringLiteral(u"机构名册")));
}

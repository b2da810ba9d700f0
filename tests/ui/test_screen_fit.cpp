// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "shell/MainWindow.h"
#include "shell/ScreenFit.h"
#include "shell/Session.h"

#include <QAbstractButton>
#include <QMenuBar>
#include <QStatusBar>
#include <QTranslator>

using namespace qf;

namespace {

// A 1366×768 laptop with a 40-pixel task bar at the bottom, and a 1280×800 one with none.
const QRect laptop1366(0, 0, 1366, 728);
const QRect laptop1280(0, 0, 1280, 800);

bool inside(const QRect &r, const QRect &area) { return area.contains(r); }

} // namespace

TEST_CASE("the window's default size is kept on a screen that holds it and maximized on one that does not")
{
    const ui::ScreenFit big = ui::fitToScreen(QSize(1280, 800), QRect(0, 0, 1920, 1040));
    CHECK_FALSE(big.maximized);
    CHECK(big.geometry.size() == QSize(1280, 800));
    CHECK(inside(big.geometry, QRect(0, 0, 1920, 1040)));

    for (const QRect &screen : {laptop1366, laptop1280}) {
        const ui::ScreenFit fit = ui::fitToScreen(QSize(1280, 800), screen);
        CHECK(fit.maximized);
        // Even before the window manager maximizes it, the title bar and the status bar lie on the screen.
        CHECK(inside(fit.geometry.adjusted(0, -30, 0, 0), screen));
    }
}

TEST_CASE("a geometry remembered on a larger monitor is moved and shrunk onto today's screen")
{
    const QRect remembered(600, 300, 1600, 900);
    const QRect kept = ui::keepOnScreen(remembered, laptop1366);
    CHECK(inside(kept.adjusted(0, -30, 0, 0), laptop1366));
    CHECK(kept.width() <= laptop1366.width());

    // One that fits is left where it was.
    const QRect small(100, 100, 800, 500);
    CHECK(ui::keepOnScreen(small, laptop1366) == small);
}

TEST_CASE("every page of the main window fits a 1366x768 screen with its status bar visible")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    // The test screen's own size decided where the window opens; this test sets the size itself.
    window.setWindowState(Qt::WindowNoState);
    // The usable height of a 1366×768 screen below a title bar and above a task bar.
    const QSize room(1366 - 16, 768 - 40 - 40);
    for (const QString &key : {QStringLiteral("campaign"), QStringLiteral("entry"), QStringLiteral("registry"),
                               QStringLiteral("tracking"), QStringLiteral("printing"), QStringLiteral("ledgers")}) {
        INFO("page " << key.toStdString());
        REQUIRE(window.showPage(key));
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(least.width() <= room.width());
        CHECK(least.height() <= room.height());
        window.resize(room);
        window.show();
        QCoreApplication::processEvents();
        // The status bar is laid out inside the window, not pushed below it.
        const QStatusBar *bar = window.statusBar();
        CHECK(bar->isVisible());
        CHECK(bar->geometry().bottom() < window.height());
        CHECK(window.height() <= room.height());
    }
}

TEST_CASE("every page of the English window fits a 1366x768 screen as the Chinese one does")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/qingfeng/i18n/qingfeng_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&english));
    // The window is built after the translator is in, as the program builds it.
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui-en.sqlite")), true).isOk());
    {
        ui::MainWindow window(&session);
        window.setWindowState(Qt::WindowNoState);
        const QSize room(1366 - 16, 768 - 40 - 40);
        CHECK(window.menuBar()->actions().first()->text().contains(QStringLiteral("File")));
        window.resize(room);
        window.show();
        for (const QString &key : {QStringLiteral("campaign"), QStringLiteral("entry"), QStringLiteral("registry"),
                                   QStringLiteral("tracking"), QStringLiteral("printing"), QStringLiteral("ledgers")}) {
            REQUIRE(window.showPage(key));
            QCoreApplication::processEvents();
            const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
            INFO("page " << key.toStdString() << ": " << least.width() << " x " << least.height());
            CHECK(least.width() <= room.width());
            CHECK(least.height() <= room.height());
            // Every button shown lies inside the window: none is pushed past its right edge.
            for (const QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
                if (!b->isVisibleTo(&window) || b->text().isEmpty())
                    continue;
                INFO("button " << b->text().toStdString());
                CHECK(b->mapTo(&window, QPoint(b->width(), 0)).x() <= window.width());
            }
        }
    }
    QCoreApplication::removeTranslator(&english);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "MainWindow.h"
#include "ServerDialog.h"
#include "Session.h"
#include "Style.h"
#include "i18n/Language.h"
#include "io/CoreDumps.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>

namespace qf::ui {

int runApplication(int argc, char *argv[])
{
    // Before any password is typed or read from the keyring.
    CoreDumps::disable();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("Qingfeng"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    // Before any text is built: the options' help and every page translate once.
    const QString lang = language::resolve(language::savedChoice(), QLocale::system());
    if (!language::install(app, lang))
        qWarning("no translation for %s", qPrintable(lang));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("Application", "清风"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Application", "清风 · 专项整治工作台"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("Application", "使用指定的数据库文件。"),
                                QStringLiteral("PATH"));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QCoreApplication::translate("Application", "数据库为空时写入鹿寨县示例数据。"));
    // For documentation and visual checks: render a page to PNG and quit.
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("Application", "把页面截图保存为 PNG 后退出。"),
                                  QStringLiteral("PNG"));
    QCommandLineOption pageOption(QStringLiteral("page"), QCoreApplication::translate("Application", "启动时显示的页面。"),
                                  QStringLiteral("KEY"));
    QCommandLineOption serverOption(QStringLiteral("server"),
                                    QCoreApplication::translate("Application", "连接服务器上的共享数据库（postgresql://账户@服务器:端口/数据库）。"),
                                    QStringLiteral("URI"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.addOption(demoOption);
    parser.addOption(shotOption);
    parser.addOption(pageOption);
    parser.process(app);

    applyStyle(app);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/qingfeng/icons/qingfeng-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The embedded default: a file in the user's data directory, seeded on first start.
    QSettings settings;
    QString path = parser.value(dbOption);
    bool seed = parser.isSet(demoOption);
    // A mistyped --db must not quietly become a new, empty database: ask first.
    if (!path.isEmpty() && !QFileInfo::exists(path) && !parser.isSet(shotOption)
        && QMessageBox::question(nullptr, QCoreApplication::translate("Application", "数据库文件不存在"),
                                 QCoreApplication::translate("Application", "数据库文件 %1 不存在。要新建一个空数据库吗？")
                                     .arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return 1;
    if (path.isEmpty()) {
        path = settings.value(QStringLiteral("database/last")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = Session::defaultDatabasePath();
            seed = seed || !QFileInfo::exists(path);
        }
    }

    // The audit trail names who changed what: ask once for the name to show beside the
    // operating-system account.
    if (!parser.isSet(shotOption) && settings.value(QStringLiteral("user/displayName")).toString().isEmpty()) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            nullptr, QCoreApplication::translate("Application", "欢迎使用清风"),
            QCoreApplication::translate("Application", "请输入您的姓名（记录在变更记录中，与系统账户 %1 一起显示）：")
                .arg(Session::systemUser()),
            QLineEdit::Normal, QString(), &ok);
        settings.setValue(QStringLiteral("user/displayName"), ok && !name.trimmed().isEmpty() ? name.trimmed() : Session::systemUser());
    }

    Session session;
    if (parser.isSet(serverOption)) {
        DatabaseLocation server;
        Status s = DatabaseLocation::parseServer(parser.value(serverOption), &server);
        if (s)
            s = ServerDialog::connect(&session, server, nullptr, !parser.isSet(shotOption), !parser.isSet(shotOption));
        if (!s) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "无法连接服务器"), s.message());
            return 1;
        }
        settings.setValue(QStringLiteral("server/last"), server.toUri());
    } else {
        const Status s = session.open(path, seed);
        if (!s) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "无法打开数据库"), s.message());
            return 1;
        }
        settings.setValue(QStringLiteral("database/last"), path);
    }
    MainWindow window(&session);
    // After the window is up: the clerk works while the copy is written.
    session.startDailyBackup(&window, [&window](const Status &backup, const QString &) {
        if (!backup)
            window.statusBar()->showMessage(QCoreApplication::translate("Application", "今天的自动备份没有完成：%1").arg(backup.message()));
    });
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption)))
        qWarning("unknown page %s", qPrintable(parser.value(pageOption)));
    window.show();
    if (!parser.isSet(shotOption))
        QTimer::singleShot(0, &window, &MainWindow::tellIfShared);
    if (parser.isSet(shotOption)) {
        const QString png = parser.value(shotOption);
        QTimer::singleShot(300, &window, [&window, png] {
            window.grab().save(png);
            QCoreApplication::quit();
        });
    }
    const int code = app.exec();
    // A backup or a count still running finishes before its connection's driver goes away.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace qf::ui

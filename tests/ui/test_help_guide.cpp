// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>

using namespace qf;

TEST_CASE("F1 opens the user guide with the monthly workflow in the interface's language")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    auto *action = window.findChild<QAction *>(QStringLiteral("helpGuide"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    ui::HelpDialog *dialog = window.findChild<ui::HelpDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    // The tests run with the Chinese interface.
    CHECK(ui::HelpDialog::interfaceLanguage() == QStringLiteral("zh_CN"));
    CHECK(text.contains(QStringLiteral(u"每个月")));
    CHECK(text.contains(QStringLiteral(u"签发本月")));
    CHECK(text.contains(QStringLiteral("qingfeng-cli reports import")));
    dialog->close();
}

TEST_CASE("every command the user guide names is one the command-line tool knows, in both languages")
{
    // "qingfeng-cli OBJECT [OPERATION]" up to the first option or argument (a file name such as
    // "backup.sqlite" is an argument, not a word of the command).
    static const QRegularExpression command(QStringLiteral("qingfeng-cli((?: [a-z][a-z0-9-]*(?=[ <]))+)"));
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString html = ui::HelpDialog::guide(language);
        REQUIRE_FALSE(html.isEmpty());
        QSet<QString> seen;
        for (auto it = command.globalMatch(html); it.hasNext();) {
            QStringList words = it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // Arguments such as "problems" (a ledger kind) follow the command: ask the CLI for
            // the help of the longest prefix that is a command, and require at least the object.
            INFO(language.toStdString() << ": qingfeng-cli " << words.join(QLatin1Char(' ')).toStdString());
            bool known = false;
            while (!words.isEmpty() && !known) {
                QProcess cli;
                cli.start(QStringLiteral(QINGFENG_CLI_PROGRAM), QStringList(words) << QStringLiteral("--help"));
                REQUIRE(cli.waitForFinished(20000));
                known = cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
                if (!known)
                    words.removeLast();
            }
            CHECK(known);
            seen.insert(words.join(QLatin1Char(' ')));
        }
        // The guide walks through the whole month: collection, checking, export and backup at least.
        for (const char *needed : {"templates", "reports import", "check", "export", "tracking remind", "backup", "restore"})
            CHECK(seen.contains(QString::fromLatin1(needed)));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// 设置 → 邮箱…: the offices' mailboxes from the settings menu, and the 收报股室 offered and
// checked against the campaign's offices.
#include "TestSupport.h"

#include "actions/MailAccountActions.h"
#include "mail/MailAccountDialog.h"
#include "mail/MailAccountsDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/MailRepository.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace qf;

namespace {

MailAccount mailbox(const QString &name, const QString &office)
{
    MailAccount a;
    a.name = name;
    a.address = QStringLiteral("yz@example.cn");
    a.imapHost = QStringLiteral("imap.example.cn");
    a.userName = a.address;
    a.office = office;
    return a;
}

} // namespace

TEST_CASE("设置 → 邮箱… lists the mailboxes and marks one whose office the campaign does not have", "[mail]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    const auto campaign = session.campaign();
    REQUIRE(campaign);
    REQUIRE_FALSE(campaign->offices.isEmpty());
    MailAccount good = mailbox(QStringLiteral(u"党建办邮箱"), campaign->offices.first().name);
    REQUIRE(MailAccountActions::save(session.database(), &*campaign, good));
    // Saved before the check existed (or under another campaign): the repository takes it as it is.
    MailAccount stale = mailbox(QStringLiteral(u"旧邮箱"), QStringLiteral(u"纪检组"));
    REQUIRE(MailRepository(session.database()).save(stale));

    ui::MainWindow window(&session);
    QAction *action = window.findChild<QAction *>(QStringLiteral("mailAccountsAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral(u"邮箱…"));
    auto *settings = window.findChild<QMenu *>(QStringLiteral("settingsMenu"));
    REQUIRE(settings);
    CHECK(settings->actions().contains(action));

    int rows = -1;
    QString goodOffice;
    QString staleOffice;
    bool editable = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ui::MailAccountsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        rows = dialog->table()->rowCount();
        for (int r = 0; r < rows; ++r) {
            const QString name = dialog->table()->item(r, ui::MailAccountsDialog::NameColumn)->text();
            const QString office = dialog->table()->item(r, ui::MailAccountsDialog::OfficeColumn)->text();
            (name == good.name ? goodOffice : staleOffice) = office;
        }
        editable = dialog->editButton()->isEnabled();
        dialog->reject();
    });
    action->trigger();
    CHECK(rows == 2);
    CHECK(goodOffice == good.office);
    CHECK(staleOffice.contains(QStringLiteral(u"纪检组")));
    CHECK(staleOffice.contains(QStringLiteral(u"不是本专项整治的股室")));
    CHECK(editable);
}

TEST_CASE("The mailbox dialog offers the campaign's offices and stays open on another name", "[mail]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    const auto campaign = session.campaign();
    REQUIRE(campaign);
    REQUIRE(campaign->offices.size() >= 2);

    ui::MailAccountDialog dialog(mailbox(QStringLiteral(u"医政股邮箱"), QString()), campaign);
    QCompleter *completer = dialog.officeEdit()->completer();
    REQUIRE(completer);
    QStringList offered;
    for (int r = 0; r < completer->model()->rowCount(); ++r)
        offered << completer->model()->index(r, 0).data().toString();
    QStringList offices;
    for (const Office &o : campaign->offices)
        offices << o.name;
    CHECK(offered == offices);

    dialog.show();
    dialog.officeEdit()->setText(offices.at(1) + QStringLiteral(u"办"));
    dialog.accept();
    CHECK(dialog.isVisible()); // 确定 did not close it
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(offices.at(1) + QStringLiteral(u"办")));
    CHECK(dialog.problem().contains(offices.at(0)));

    dialog.officeEdit()->setText(offices.at(1));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.account().office == offices.at(1));
}

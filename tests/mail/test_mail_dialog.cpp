// SPDX-License-Identifier: GPL-3.0-or-later
// 收取报表 from the window: the dialog fetches off the UI thread, shows what it found and
// imports the clean workbooks, against the real test Dovecot.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"

#include "actions/MailAccountActions.h"
#include "io/ReportTemplates.h"
#include "mail/ImapClient.h"
#include "mail/MailCollector.h"
#include "mail/MailFetchDialog.h"
#include "shell/Session.h"
#include "storage/InstitutionRepository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>

using namespace qf;
using qf::test::MailServers;

TEST_CASE("收取报表 dialog: fetch in the background, list the workbooks with their errors, import the clean ones", "[mail][ui]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    const QString folder = QStringLiteral("d") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const MailServer server = MailServers::imap(QStringLiteral("yz"));
    MailAccount a;
    a.name = QStringLiteral(u"医政股邮箱");
    a.address = QStringLiteral("yz@example.cn");
    a.imapHost = server.host;
    a.imapPort = server.port;
    a.userName = server.user;
    a.caFile = server.caFile;
    a.mailbox = folder;
    const auto campaign = session.campaign();
    REQUIRE(MailAccountActions::save(session.database(), campaign ? &*campaign : nullptr, a));
    const QByteArray mail = QByteArrayLiteral("From: a@example.cn\r\nTo: yz@example.cn\r\nMessage-ID: <")
                            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                            + QByteArrayLiteral(">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n"
                                                "--x\r\nContent-Type: application/octet-stream\r\n"
                                                "Content-Disposition: attachment; filename=\"broken.xlsx\"\r\n\r\nnot a zip\r\n"
                                                "--x\r\nContent-Type: application/octet-stream\r\n"
                                                "Content-Disposition: attachment; filename=\"old.xls\"\r\n\r\nold\r\n--x--\r\n");
    MailServers::deliver(QStringLiteral("yz"), mail, QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);

    ui::MailFetchDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 20));
    REQUIRE(dialog.accountBox()->count() == 1);
    CHECK(dialog.table()->rowCount() == 0);
    dialog.fetchButton()->click();
    CHECK_FALSE(dialog.isBusy()); // no 授权码 typed or remembered: it asks instead of trying
    dialog.passwordEdit()->setText(server.password);
    dialog.fetchButton()->click();
    CHECK(dialog.isBusy()); // the window goes on while the mail is fetched
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, ui::MailFetchDialog::FileColumn)->text() == QStringLiteral("broken.xlsx"));
    CHECK(dialog.table()->item(0, ui::MailFetchDialog::SenderColumn)->text().contains(QStringLiteral("a@example.cn")));
    CHECK_FALSE(dialog.table()->item(0, ui::MailFetchDialog::FindingsColumn)->text().isEmpty());
    CHECK(dialog.table()->item(0, ui::MailFetchDialog::FindingsColumn)->text().contains(QStringLiteral(u"发件人 a@example.cn 未在名册登记")));
    CHECK(dialog.notes()->toPlainText().contains(QStringLiteral(u"请用下发的 .xlsx 模板填报")));
    CHECK_FALSE(dialog.importButton()->isEnabled()); // nothing clean to import
}

TEST_CASE("收取报表 dialog: a workbook of one unit from another unit's registered address says so among its findings", "[mail][ui]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    const auto campaign = session.campaign();
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(session.database()).findByName(QStringLiteral(u"鹿寨县中渡镇卫生院"));
    REQUIRE(unit);
    std::optional<Institution> sender;
    for (const Institution &i : InstitutionRepository(session.database()).all())
        if (!sender && i.id != unit->id && !i.reportEmail.isEmpty() && i.reportEmail != unit->reportEmail)
            sender = i;
    REQUIRE(sender);
    const QString folder = test::MailFixture::freshFolder();
    test::MailFixture::accountFor(session.database(), folder);
    const QByteArray book = test::MailFixture::novemberTemplate(session.database(), dir.path(), *campaign, *unit);
    MailServers::deliver(QStringLiteral("yz"),
                         test::MailFixture::mailWith("for-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                                     {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}, sender->reportEmail.toUtf8()),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);

    ui::MailFetchDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 20));
    dialog.passwordEdit()->setText(test::MailFixture::password());
    dialog.fetchButton()->click();
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, ui::MailFetchDialog::FindingsColumn)->text().contains(
        QStringLiteral(u"发件人 %1 登记为 %2，附件为 %3 的报表").arg(sender->reportEmail, sender->name, unit->name)));
    CHECK(dialog.importButton()->isEnabled()); // shown, not refused
}

TEST_CASE("收取报表 dialog: asked to, it moves the messages whose workbooks were imported into a folder after the import", "[mail][ui]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    const auto campaign = session.campaign();
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(session.database()).findByName(QStringLiteral(u"鹿寨县中渡镇卫生院"));
    REQUIRE(unit);
    const QString folder = test::MailFixture::freshFolder();
    const QString done = test::MailFixture::freshFolder();
    const MailAccount account = test::MailFixture::accountFor(session.database(), folder);
    const QByteArray book = test::MailFixture::novemberTemplate(session.database(), dir.path(), *campaign, *unit);
    MailServers::deliver(QStringLiteral("yz"),
                         test::MailFixture::mailWith("ok-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                                     {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);
    MailServers::deliver(QStringLiteral("yz"),
                         test::MailFixture::mailWith("bad-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                                     {{QStringLiteral(u"坏表.xlsx"), QByteArrayLiteral("not a zip")}}),
                         QDateTime(QDate(2021, 12, 9), QTime(9, 0), Qt::UTC), folder);

    ui::MailFetchDialog dialog(&session);
    dialog.setToday(QDate(2021, 12, 20));
    CHECK_FALSE(dialog.moveBox()->isChecked()); // the mailbox is changed only when asked
    CHECK_FALSE(dialog.moveFolderEdit()->isEnabled());
    dialog.moveBox()->setChecked(true);
    CHECK(dialog.moveFolderEdit()->isEnabled());
    dialog.moveFolderEdit()->setText(done);
    dialog.passwordEdit()->setText(test::MailFixture::password());
    dialog.fetchButton()->click();
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    REQUIRE(dialog.table()->rowCount() == 2);
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.summary()->text().toStdString());
    CHECK(dialog.summary()->text().contains(QStringLiteral(u"1 封报表全部导入的邮件已移到文件夹“%1”，1 封留在邮箱中").arg(done)));

    ImapClient client(MailCollector::imapServer(account, test::MailFixture::password()));
    REQUIRE(client.open());
    ImapMailboxState moved;
    REQUIRE(client.mailboxState(done, &moved));
    CHECK(moved.messages == 1);
    ImapMailboxState left;
    REQUIRE(client.mailboxState(folder, &left));
    CHECK(left.messages == 1);
}

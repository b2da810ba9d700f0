// SPDX-License-Identifier: GPL-3.0-or-later
// 收取报表 --move-to: after the import, the messages whose workbooks were all stored leave the
// office mailbox for a folder, on the real test Dovecot; everything else stays.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"

#include "actions/ImportMailAttachments.h"
#include "mail/ImapClient.h"
#include "mail/MailCollector.h"
#include "mail/MailMover.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUuid>

#include <algorithm>

using namespace qf;
using qf::test::MailFixture;
using qf::test::MailServers;

namespace {

// The Message-IDs a folder holds now, as the server lists them.
QStringList idsIn(const MailAccount &account, const QString &folder)
{
    ImapClient client(MailCollector::imapServer(account, MailFixture::password()));
    REQUIRE(client.open());
    ImapMailboxState state;
    REQUIRE(client.mailboxState(folder, &state));
    QList<ImapMessageInfo> listed;
    REQUIRE(client.list(folder, state.uidValidity, 1, &listed));
    QStringList ids;
    for (const ImapMessageInfo &m : listed) {
        QByteArray raw;
        REQUIRE(client.fetch(folder, state.uidValidity, m, true, &raw));
        const qsizetype at = raw.indexOf("Message-ID: <");
        REQUIRE(at >= 0);
        const qsizetype from = at + 13;
        ids << QString::fromLatin1(raw.mid(from, raw.indexOf('>', from) - from));
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

struct Mailbox
{
    test::DemoDatabase demo;
    std::optional<Campaign> campaign;
    std::optional<Institution> unit;
    QString folder = MailFixture::freshFolder();
    QString done = MailFixture::freshFolder();
    MailAccount account;
    QByteArray cleanId = MailFixture::freshId("clean");
    QByteArray brokenId = MailFixture::freshId("broken");
    QByteArray pictureId = MailFixture::freshId("picture");
    QByteArray laterId = MailFixture::freshId("later");
    QDateTime day{QDate(2021, 12, 9), QTime(8, 0), Qt::UTC};

    Mailbox()
    {
        campaign = CampaignRepository(demo.db()).load(demo.campaignId());
        REQUIRE(campaign);
        unit = InstitutionRepository(demo.db()).findByName(QStringLiteral(u"鹿寨县中渡镇卫生院"));
        REQUIRE(unit);
        account = MailFixture::accountFor(demo.db(), folder);
        const QByteArray book = MailFixture::novemberTemplate(demo.db(), demo.dir(), *campaign, *unit);
        deliver(MailFixture::mailWith(cleanId, {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}));
        // The same message again: a duplicate, which goes as its first copy goes.
        deliver(MailFixture::mailWith(cleanId, {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}));
        deliver(MailFixture::mailWith(brokenId, {{QStringLiteral(u"坏表.xlsx"), QByteArrayLiteral("not a zip")}}));
        deliver(MailFixture::mailWith(pictureId, {{QStringLiteral(u"盖章件.jpg"), QByteArray("\xff\xd8\xff", 3)}}));
    }
    void deliver(const QByteArray &mail)
    {
        day = day.addSecs(60);
        MailServers::deliver(QStringLiteral("yz"), mail, day, folder);
    }
    void fetch()
    {
        MailFetchResult result;
        REQUIRE(MailCollector::fetch(demo.db(), account, MailFixture::password(), MailFetchOptions(), &result));
    }
    void import()
    {
        QList<MailWorkbook> books;
        REQUIRE(ImportMailAttachments::run(demo.db(), *campaign, QDate(2021, 12, 20), &books));
    }
};

} // namespace

TEST_CASE("IMAP UID sets, CAPABILITY and SEARCH answers as the move needs them", "[mail]")
{
    CHECK(ImapClient::uidSet({9, 3, 4, 5, 12, 11, 4}) == QByteArrayLiteral("3:5,9,11:12"));
    CHECK(ImapClient::uidSet({7}) == QByteArrayLiteral("7"));
    const QStringList caps = ImapClient::parseCapabilities(
        QByteArrayLiteral("* CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE SORT uidplus MOVE\r\n"));
    CHECK(caps.contains(QStringLiteral("UIDPLUS")));
    CHECK(ImapClient::moveMethodFor(caps) == ImapClient::MoveMethod::Move);
    CHECK(ImapClient::moveMethodFor({QStringLiteral("IMAP4REV1"), QStringLiteral("UIDPLUS")}) == ImapClient::MoveMethod::CopyThenExpunge);
    // Without UIDPLUS the only EXPUNGE there is would take every \Deleted message with it.
    CHECK_FALSE(ImapClient::moveMethodFor({QStringLiteral("IMAP4REV1")}).has_value());
    CHECK(ImapClient::parseSearch(QByteArrayLiteral("* SEARCH 12 3 7\r\n")) == QList<quint32>({3, 7, 12}));
    CHECK(ImapClient::parseSearch(QByteArrayLiteral("* SEARCH\r\n")).isEmpty());
    CHECK(ImapClient::quotedMailbox(QStringLiteral(u"已导入")) == QByteArrayLiteral("\"&XfJb,FFl-\""));
    CHECK(ImapClient::quotedMailbox(QStringLiteral("a\"b\\c")) == QByteArrayLiteral("\"a\\\"b\\\\c\""));
}

TEST_CASE("Only the messages whose workbooks were all stored are moved, and the folder is made", "[mail]")
{
    Mailbox box;
    box.fetch();
    // Fetched, not imported yet: nothing may go.
    MailMoveResult moved;
    REQUIRE(MailMover::move(box.demo.db(), box.account, MailFixture::password(), box.done, &moved));
    CHECK(moved.moved == 0);
    CHECK(moved.kept == 4);
    CHECK(moved.method == QStringLiteral("UID MOVE")); // Dovecot offers MOVE

    box.import();
    // Arrived after the fetch: not recorded, so not the move's to judge.
    box.deliver(MailFixture::mailWith(box.laterId, {{QStringLiteral(u"迟到.xlsx"), QByteArrayLiteral("late")}}));
    REQUIRE(MailMover::move(box.demo.db(), box.account, MailFixture::password(), box.done, &moved));
    CHECK(moved.moved == 2);
    CHECK(moved.kept == 2);
    CHECK(idsIn(box.account, box.done) == sorted({QString::fromLatin1(box.cleanId), QString::fromLatin1(box.cleanId)}));
    CHECK(idsIn(box.account, box.folder)
          == sorted({QString::fromLatin1(box.brokenId), QString::fromLatin1(box.pictureId), QString::fromLatin1(box.laterId)}));

    // Again: nothing more to move, and the moved ones are not counted as kept.
    REQUIRE(MailMover::move(box.demo.db(), box.account, MailFixture::password(), box.done, &moved));
    CHECK(moved.moved == 0);
    CHECK(moved.kept == 2);

    // The mailbox itself is no folder to move to.
    CHECK_FALSE(MailMover::move(box.demo.db(), box.account, MailFixture::password(), box.folder, &moved));
}

TEST_CASE("A folder name that LIST would read as a wildcard, or with control characters, is refused", "[mail]")
{
    MailAccount account;
    account.name = QStringLiteral(u"医政股邮箱");
    account.mailbox = QStringLiteral("INBOX");
    CHECK(MailMover::folderProblem(account, QStringLiteral(u"已导入")).isEmpty());
    CHECK(MailMover::folderProblem(account, QStringLiteral(u"已导入/2021年")).isEmpty());
    for (const QString &bad : {QStringLiteral(u"已导入*"), QStringLiteral("%"), QStringLiteral("a\r\nb"),
                               QStringLiteral(u"a\u202eb"), QStringLiteral("a\tb")}) {
        INFO(bad.toStdString());
        CHECK(MailMover::folderProblem(account, bad).contains(QStringLiteral(u"控制字符")));
    }
    CHECK_FALSE(MailMover::folderProblem(account, QStringLiteral("inbox")).isEmpty());
}

TEST_CASE("A folder named with a quote and a backslash is made, moved to and read back", "[mail]")
{
    Mailbox box;
    box.fetch();
    box.import();
    const QString odd = box.done + QStringLiteral(u"\"已\\导入");
    MailMoveResult moved;
    REQUIRE(MailMover::move(box.demo.db(), box.account, MailFixture::password(), odd, &moved));
    CHECK(moved.moved == 2);
    // STATUS quotes the name as LIST, CREATE and MOVE do: the folder is found again by its own name.
    CHECK(idsIn(box.account, odd) == sorted({QString::fromLatin1(box.cleanId), QString::fromLatin1(box.cleanId)}));
}

TEST_CASE("Without MOVE the messages are copied, then exactly those are expunged", "[mail]")
{
    Mailbox box;
    box.fetch();
    box.import();
    // A message someone else marked deleted (Maildir's T flag) and did not expunge: a plain
    // EXPUNGE would take it too.
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray otherId = MailFixture::freshId("other");
    {
        QFile f(MailServers::maildir(QStringLiteral("yz"), box.folder) + QStringLiteral("/cur/") + other + QStringLiteral(":2,T"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(MailFixture::mailWith(otherId, {})) > 0);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup);
    }
    ImapClient client(MailCollector::imapServer(box.account, MailFixture::password()));
    REQUIRE(client.open());
    ImapMailboxState state;
    REQUIRE(client.mailboxState(box.folder, &state));
    QList<ImapMessageInfo> listed;
    REQUIRE(client.list(box.folder, state.uidValidity, 1, &listed));
    REQUIRE(listed.size() == 5);
    QList<quint32> uids;
    for (const ImapMessageInfo &m : listed)
        if (!m.flags.contains(QStringLiteral("\\Deleted")))
            uids << m.uid;
    REQUIRE(uids.size() == 4);
    // The clean message and its duplicate, by what was recorded of them (Dovecot numbers the
    // messages found in one scan in no particular order).
    QList<quint32> going;
    QList<quint32> staying;
    for (const StoredMailMessage &m : MailRepository(box.demo.db()).messages(box.account.id))
        (m.messageId == QString::fromLatin1(box.cleanId) ? going : staying) << m.uid;
    REQUIRE(going.size() == 2);
    std::sort(staying.begin(), staying.end());
    REQUIRE(client.ensureMailbox(box.done));
    REQUIRE(client.move(box.folder, state.uidValidity, going, box.done, ImapClient::MoveMethod::CopyThenExpunge));

    CHECK(idsIn(box.account, box.done) == sorted({QString::fromLatin1(box.cleanId), QString::fromLatin1(box.cleanId)}));
    CHECK(idsIn(box.account, box.folder)
          == sorted({QString::fromLatin1(box.brokenId), QString::fromLatin1(box.pictureId), QString::fromLatin1(otherId)}));
    QList<quint32> still;
    REQUIRE(client.present(box.folder, state.uidValidity, uids + going, &still));
    CHECK(still == staying);
}

TEST_CASE("cli: mail fetch --move-to files the imported messages away and leaves the rest", "[mail]")
{
    Mailbox box;
    QProcess cli;
    MailFixture::startFetch(cli, box.demo.path(), box.demo.dir(), {QStringLiteral("--move-to"), box.done});
    REQUIRE(cli.waitForFinished(60000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(printed.toStdString());
    CHECK(cli.exitCode() == 1); // the broken workbook was not imported
    CHECK(printed.contains(QStringLiteral(u"2 封报表全部导入的邮件已移到文件夹“%1”，2 封留在邮箱中").arg(box.done)));
    CHECK(idsIn(box.account, box.done) == sorted({QString::fromLatin1(box.cleanId), QString::fromLatin1(box.cleanId)}));
    CHECK(idsIn(box.account, box.folder) == sorted({QString::fromLatin1(box.brokenId), QString::fromLatin1(box.pictureId)}));

    // A preview stores nothing, so it moves nothing either.
    QProcess preview;
    MailFixture::startFetch(preview, box.demo.path(), box.demo.dir(),
                            {QStringLiteral("--preview"), QStringLiteral("--move-to"), box.done});
    REQUIRE(preview.waitForFinished(60000));
    CHECK(preview.exitCode() == 2);
}

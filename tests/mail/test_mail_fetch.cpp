// SPDX-License-Identifier: GPL-3.0-or-later
// 收取报表 end to end: a unit mails its filled workbook to the office's mailbox (a real
// Dovecot); the fetch records it once, the import takes it as a file from a folder would be
// taken, received the day the mail arrived.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"

#include "actions/ImportMailAttachments.h"
#include "mail/ImapClient.h"
#include "mail/MailCollector.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QUuid>

using namespace qf;
using qf::test::MailServers;

namespace {

const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");

QString freshFolder()
{
    return test::MailFixture::freshFolder();
}

MailAccount accountFor(Database &db, const QString &folder)
{
    return test::MailFixture::accountFor(db, folder);
}

QByteArray mailWith(const QByteArray &messageId, const QList<QPair<QString, QByteArray>> &files)
{
    return test::MailFixture::mailWith(messageId, files);
}

QByteArray novemberTemplate(test::DemoDatabase &demo, const Campaign &campaign, const Institution &unit)
{
    return test::MailFixture::novemberTemplate(demo.db(), demo.dir(), campaign, unit);
}

} // namespace

TEST_CASE("收取报表 imports a mailed workbook once, received the day the mail reached the mailbox", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    REQUIRE(unit);

    const QString folder = freshFolder();
    const MailAccount account = accountFor(db, folder);
    const QString password = MailServers::imap(QStringLiteral("yz")).password;
    // Sent in the evening of 10 December, Beijing time: on time for the 12th however late it is fetched.
    const QDateTime arrived(QDate(2021, 12, 10), QTime(21, 40), Qt::OffsetFromUTC, 8 * 3600);
    const QByteArray book = novemberTemplate(demo, *campaign, *unit);
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.cn";
    MailServers::deliver(QStringLiteral("yz"), mailWith(id, {{QStringLiteral(u"中渡镇卫生院12月.xlsx"), book},
                                                             {QStringLiteral(u"盖章件.jpg"), QByteArray("\xff\xd8\xff", 3)},
                                                             {QStringLiteral(u"旧表.xls"), QByteArray("\xd0\xcf\x11\xe0", 4)}}),
                         arrived, folder);

    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.listed == 1);
    CHECK(fetched.recorded == 1);
    CHECK(fetched.workbooks == 1);
    CHECK(fetched.refusedFiles == 2);
    CHECK(fetched.notes.join(QLatin1Char('\n')).contains(QStringLiteral(u"请用下发的 .xlsx 模板填报")));

    const QList<StoredMailMessage> messages = MailRepository(db).messages(account.id);
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].fromAddress == QStringLiteral("zdwsy@example.cn"));
    CHECK(messages[0].arrivedAt.toUTC() == arrived.toUTC());
    const QList<StoredMailAttachment> parts = MailRepository(db).attachments(messages[0].id, true);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].content == book);
    CHECK(parts[0].sha256 == QString::fromLatin1(QCryptographicHash::hash(book, QCryptographicHash::Sha256).toHex()));

    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 1);
    INFO(imported[0].file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported[0].file.isClean());
    CHECK(imported[0].file.change() == ImportChange::New);
    const auto report = ReportRepository(db).find(campaign->id, 1, UnitKey::institution(unit->id), YearMonth(2021, 11));
    REQUIRE(report);
    CHECK(report->submittedOn == arrived.toLocalTime().date());

    // Again: nothing new on the server, nothing waiting, nothing stored twice.
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.recorded == 0);
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    CHECK(imported.isEmpty());

    // The same message sent again (same Message-ID, sender and attachments) is recorded as a
    // duplicate and not imported.
    MailServers::deliver(QStringLiteral("yz"), mailWith(id, {{QStringLiteral(u"中渡镇卫生院12月.xlsx"), book},
                                                             {QStringLiteral(u"盖章件.jpg"), QByteArray("\xff\xd8\xff", 3)},
                                                             {QStringLiteral(u"旧表.xls"), QByteArray("\xd0\xcf\x11\xe0", 4)}}),
                         arrived.addDays(1), folder);
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.recorded == 1);
    CHECK(fetched.duplicates == 1);
    CHECK(fetched.workbooks == 0);
    CHECK(MailRepository(db).pendingAttachments(false).isEmpty());

    // The mailbox is as the unit left it: nothing was marked read.
    ImapClient client(MailCollector::imapServer(account, password));
    REQUIRE(client.open());
    ImapMailboxState state;
    REQUIRE(client.mailboxState(folder, &state));
    QList<ImapMessageInfo> listed;
    REQUIRE(client.list(folder, state.uidValidity, 1, &listed));
    REQUIRE(listed.size() == 2);
    for (const ImapMessageInfo &m : listed)
        CHECK_FALSE(m.seen());
}

TEST_CASE("A mailed workbook with errors is not imported and keeps its errors for the reply", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const QString folder = freshFolder();
    const MailAccount account = accountFor(db, folder);
    MailServers::deliver(QStringLiteral("yz"),
                         mailWith("bad-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                  {{QStringLiteral("report.xlsx"), QByteArrayLiteral("PK\x03\x04 not really a workbook")}}),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);
    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, MailServers::imap(QStringLiteral("yz")).password, MailFetchOptions(), &fetched));
    REQUIRE(fetched.workbooks == 1);
    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 1);
    CHECK_FALSE(imported[0].file.isClean());
    const auto parts = MailRepository(db).attachments(MailRepository(db).messages(account.id).first().id);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].outcome == MailAttachmentOutcome::Refused);
    CHECK_FALSE(parts[0].detail.isEmpty());
    // Decided once: the database keeps the outcome.
    CHECK_FALSE(MailRepository(db).decide(parts[0].id, MailAttachmentOutcome::Imported, QString()));
}

TEST_CASE("Fetched mail is history: the database refuses changing or removing it", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const QString folder = freshFolder();
    const MailAccount account = accountFor(db, folder);
    MailServers::deliver(QStringLiteral("yz"), mailWith("h-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces), {}),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);
    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, MailServers::imap(QStringLiteral("yz")).password, MailFetchOptions(), &fetched));
    REQUIRE(fetched.recorded == 1);
    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_message SET arrived_at = '2021-12-01T00:00:00'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM mail_message")));
    CHECK_FALSE(MailRepository(db).removeAccount(account.id));
    CHECK(MailRepository(db).messages(account.id).size() == 1);
}

TEST_CASE("A connection dropped in the middle of a fetch leaves no message half-stored, and the next fetch resumes", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const QString folder = freshFolder();
    MailAccount account = accountFor(db, folder);
    const QString password = MailServers::imap(QStringLiteral("yz")).password;
    QByteArray filler(300 * 1024, '\0');
    for (int i = 0; i < filler.size(); ++i)
        filler[i] = char(((i % 251) * 31 + i / 251) % 251); // incompressible enough to be sent as it is
    for (int i = 0; i < 4; ++i)
        MailServers::deliver(QStringLiteral("yz"),
                             mailWith("cut-" + QByteArray::number(i) + "-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                      {{QStringLiteral("a%1.xlsx").arg(i), filler}, {QStringLiteral("b%1.xlsx").arg(i), filler}}),
                             QDateTime(QDate(2021, 12, 9), QTime(8, i), Qt::UTC), folder);

    // The same server through a relay that hangs up after about two and a half messages.
    QProcess relay;
    relay.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(QINGFENG_TEST_TOOLS_DIR "/tcp_cut.py"), QStringLiteral("127.0.0.1:%1").arg(account.imapPort),
                 QString::number(2 * 1024 * 1024)});
    REQUIRE(relay.waitForReadyRead(10000));
    const int relayPort = relay.readLine().trimmed().toInt();
    REQUIRE(relayPort > 0);
    MailAccount cut = account;
    cut.imapPort = relayPort;
    MailFetchResult first;
    const Status dropped = MailCollector::fetch(db, cut, password, MailFetchOptions(), &first);
    relay.kill();
    relay.waitForFinished();
    CHECK_FALSE(dropped);
    CHECK(first.recorded >= 1);
    CHECK(first.recorded < 4);
    MailRepository repo(db);
    for (const StoredMailMessage &m : repo.messages(account.id)) {
        const auto parts = repo.attachments(m.id, true);
        REQUIRE(parts.size() == 2); // whole, or not there at all
        for (const auto &p : parts)
            CHECK(p.content == filler);
    }

    MailFetchResult second;
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &second));
    CHECK(first.recorded + second.recorded == 4);
    CHECK(repo.messages(account.id).size() == 4);
    CHECK(repo.pendingAttachments(false).size() == 8);
}

TEST_CASE("One import run judges a unit's second workbook against what its first one stored", "[mail]")
{
    // A unit that mails its November form twice (say, once more to be sure) in one batch,
    // with another unit's mail between them: the second must come out unchanged, as it would
    // had the clerk imported the first alone, never as new against the state before the run.
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    const auto other = InstitutionRepository(db).findByName(QStringLiteral(u"鹿寨县平山镇卫生院"));
    REQUIRE(unit);
    REQUIRE(other);

    const QString folder = freshFolder();
    const MailAccount account = accountFor(db, folder);
    const QString password = MailServers::imap(QStringLiteral("yz")).password;
    const QDateTime arrived(QDate(2021, 12, 9), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
    const QByteArray book = novemberTemplate(demo, *campaign, *unit);
    const QByteArray otherBook = novemberTemplate(demo, *campaign, *other);
    const auto messageId = [] { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.cn"; };
    MailServers::deliver(QStringLiteral("yz"), mailWith(messageId(), {{QStringLiteral(u"中渡11月.xlsx"), book}}), arrived, folder);
    MailServers::deliver(QStringLiteral("yz"),
                         test::MailFixture::mailWith(messageId(), {{QStringLiteral(u"平山11月.xlsx"), otherBook}}, QByteArrayLiteral("psws@example.cn")),
                         arrived.addSecs(60), folder);
    MailServers::deliver(QStringLiteral("yz"), mailWith(messageId(), {{QStringLiteral(u"中渡11月再发.xlsx"), book}}),
                         arrived.addSecs(120), folder);

    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    REQUIRE(fetched.workbooks == 3);

    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 3);
    QHash<QString, QList<ImportChange>> changes;
    for (const MailWorkbook &w : imported) {
        INFO(w.file.fileName.toStdString() << ": " << w.file.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(w.file.isClean());
        changes[w.file.fileName] << w.file.change();
    }
    CHECK(changes.value(QStringLiteral(u"中渡11月.xlsx")) == QList<ImportChange>{ImportChange::New});
    CHECK(changes.value(QStringLiteral(u"平山11月.xlsx")) == QList<ImportChange>{ImportChange::New});
    CHECK(changes.value(QStringLiteral(u"中渡11月再发.xlsx")) == QList<ImportChange>{ImportChange::Unchanged});
    const auto report = ReportRepository(db).find(campaign->id, 1, UnitKey::institution(unit->id), YearMonth(2021, 11));
    REQUIRE(report);
    CHECK(report->submittedOn == arrived.toLocalTime().date());
    CHECK(ReportRepository(db).find(campaign->id, 1, UnitKey::institution(other->id), YearMonth(2021, 11)));
}

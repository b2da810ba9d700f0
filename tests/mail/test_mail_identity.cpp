// SPDX-License-Identifier: GPL-3.0-or-later
// Which fetched message is one already collected: the review's cases against the real test
// Dovecot. A reused Message-ID does not hide a different message, a renumbered mailbox does
// not bring its messages in twice, two fetches at once share the work, and a workbook that
// a unit's registered address sends for another unit is shown and recorded, not refused.
#include "MailFixture.h"
#include "MailServers.h"

#include "actions/ImportMailAttachments.h"
#include "mail/MailCollector.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSet>

using namespace qf;
using qf::test::MailFixture;
using qf::test::MailServers;

namespace {

const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");

// Bytes that stand for a workbook: the fetch keeps them whatever they hold.
QByteArray blob(char fill)
{
    return QByteArray(2048, fill);
}

void deliver(const QByteArray &mail, const QDateTime &arrived, const QString &folder)
{
    MailServers::deliver(QStringLiteral("yz"), mail, arrived, folder);
}

MailFetchResult fetch(Database &db, const MailAccount &account, const MailFetchOptions &options = MailFetchOptions())
{
    MailFetchResult result;
    const Status s = MailCollector::fetch(db, account, MailFixture::password(), options, &result);
    INFO(s.message().toStdString());
    REQUIRE(s);
    return result;
}

QString warningsOf(const MailWorkbook &w)
{
    return w.file.warnings.join(QLatin1Char('\n'));
}

// The one workbook fetched is clean, and the clerk is told `expected` of it in every place:
// the preview, the command's preview, and (imported all the same) the attachment's outcome.
void checkToldEverywhere(test::DemoDatabase &demo, const Campaign &campaign, const QString &expected)
{
    Database &db = demo.db();
    const QList<MailWorkbook> books = ImportMailAttachments::preview(db, campaign, QDate(2021, 12, 20));
    REQUIRE(books.size() == 1);
    INFO(books[0].file.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(books[0].file.isClean());
    CHECK(warningsOf(books[0]).contains(expected));

    QProcess cli;
    MailFixture::startFetch(cli, demo.path(), demo.dir(), {QStringLiteral("--preview")});
    REQUIRE(cli.waitForFinished(60000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(printed.toStdString());
    CHECK(printed.contains(expected));

    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 1);
    const auto stored = MailRepository(db).attachment(imported[0].attachment.id);
    REQUIRE(stored);
    CHECK(stored->outcome == MailAttachmentOutcome::Imported);
    CHECK(stored->detail.contains(expected));
}

// The unit's workbook once more, sent a day later from `from`: its preview says nothing of `notice`.
void checkNothingToSay(test::DemoDatabase &demo, const MailAccount &account, const Campaign &campaign,
                       const Institution &unit, const QByteArray &from, const QDateTime &day, const QString &folder,
                       const QString &notice)
{
    Database &db = demo.db();
    const QByteArray again = MailFixture::novemberTemplate(db, demo.dir(), campaign, unit);
    deliver(MailFixture::mailWith(MailFixture::freshId("own"), {{QStringLiteral(u"中渡镇卫生院.xlsx"), again}}, from),
            day.addDays(1), folder);
    REQUIRE(fetch(db, account).workbooks == 1);
    const QList<MailWorkbook> own = ImportMailAttachments::preview(db, campaign, QDate(2021, 12, 20));
    REQUIRE(own.size() == 1);
    CHECK_FALSE(warningsOf(own[0]).contains(notice));
}

} // namespace

TEST_CASE("A different message reusing an earlier Message-ID is collected, and the preview says it reuses the id", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QDateTime day(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC);
    const QByteArray id = MailFixture::freshId("reused");

    deliver(MailFixture::mailWith(id, {{QStringLiteral("a.xlsx"), blob('a')}}), day, folder);
    MailFetchResult first = fetch(db, account);
    REQUIRE(first.recorded == 1);
    REQUIRE(first.workbooks == 1);

    // The mailer reused the id for another filing: other attachments, so another message.
    deliver(MailFixture::mailWith(id, {{QStringLiteral("b.xlsx"), blob('b')}}), day.addSecs(3600), folder);
    MailFetchResult second = fetch(db, account);
    CHECK(second.recorded == 1);
    CHECK(second.duplicates == 0);
    CHECK(second.workbooks == 1);
    CHECK(second.notes.join(QLatin1Char('\n')).contains(QStringLiteral(u"Message-ID 相同")));

    // Another sender with the same id and the same attachment: another message too.
    deliver(MailFixture::mailWith(id, {{QStringLiteral("b.xlsx"), blob('b')}}, "other@example.cn"), day.addSecs(7200), folder);
    MailFetchResult third = fetch(db, account);
    CHECK(third.duplicates == 0);
    CHECK(third.workbooks == 1);

    // The second one sent once more (id, sender and attachments agree): a duplicate of it.
    deliver(MailFixture::mailWith(id, {{QStringLiteral("b.xlsx"), blob('b')}}), day.addSecs(10800), folder);
    MailFetchResult fourth = fetch(db, account);
    CHECK(fourth.recorded == 1);
    CHECK(fourth.duplicates == 1);
    CHECK(fourth.workbooks == 0);

    MailRepository repo(db);
    const QList<StoredMailMessage> messages = repo.messages(account.id);
    REQUIRE(messages.size() == 4);
    CHECK(messages[3].duplicateOf == messages[1].id);
    const QList<StoredMailAttachment> waiting = repo.pendingAttachments(false);
    REQUIRE(waiting.size() == 3);
    CHECK(waiting[1].messageRow == messages[1].id);
    CHECK(waiting[2].messageRow == messages[2].id);

    // The preview shows it beside the workbooks of the messages that reuse the id.
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QList<MailWorkbook> books = ImportMailAttachments::preview(db, *campaign, QDate(2021, 12, 20));
    REQUIRE(books.size() == 3);
    CHECK_FALSE(warningsOf(books[0]).contains(QStringLiteral("Message-ID")));
    CHECK(warningsOf(books[1]).contains(QStringLiteral(u"Message-ID 相同")));
    CHECK(warningsOf(books[2]).contains(QStringLiteral(u"Message-ID 相同")));
}

TEST_CASE("A mailbox the server renumbered is said so, and its messages without a Message-ID are not recorded twice", "[mail]")
{
    test::TempDatabase t;
    Database &db = t.db();
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QDateTime day(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC);
    deliver(MailFixture::mailWith(QByteArray(), {{QStringLiteral("a.xlsx"), blob('a')}}), day, folder);
    deliver(MailFixture::mailWith(QByteArray(), {{QStringLiteral("b.xlsx"), blob('b')}}, "other@example.cn"), day.addSecs(60), folder);
    deliver(MailFixture::mailWith(MailFixture::freshId("kept"), {{QStringLiteral("c.xlsx"), blob('c')}}), day.addSecs(120), folder);
    MailFetchResult first = fetch(db, account);
    REQUIRE(first.recorded == 3);
    REQUIRE(first.workbooks == 3);
    MailRepository repo(db);
    const quint32 before = repo.messages(account.id).first().uidValidity;

    MailServers::renumber(QStringLiteral("yz"), folder);
    // The same sender and attachment, but another arrival: a message of its own.
    deliver(MailFixture::mailWith(QByteArray(), {{QStringLiteral("a.xlsx"), blob('a')}}), day.addDays(1), folder);
    MailFetchResult second = fetch(db, account);
    CHECK(second.notes.join(QLatin1Char('\n')).contains(QStringLiteral("UIDVALIDITY")));
    CHECK(second.recorded == 4);
    CHECK(second.duplicates == 3);
    CHECK(second.workbooks == 1);
    const QList<StoredMailMessage> messages = repo.messages(account.id);
    REQUIRE(messages.size() == 7);
    int renumbered = 0;
    for (const StoredMailMessage &m : messages)
        renumbered += m.uidValidity != before ? 1 : 0;
    CHECK(renumbered == 4);
    CHECK(repo.pendingAttachments(false).size() == 4);

    // And once more under the new numbering: nothing new.
    MailFetchResult third = fetch(db, account);
    CHECK(third.recorded == 0);
    CHECK(third.notes.isEmpty());
}

TEST_CASE("Two fetches of one mailbox at once: the one behind skips what the other took and collects the rest", "[mail]")
{
    test::TempDatabase t;
    Database &db = t.db();
    Database other;
    REQUIRE(other.openAlongside(t.location(), db.actor()));
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QDateTime day(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        deliver(MailFixture::mailWith(MailFixture::freshId("two"), {{QStringLiteral("r%1.xlsx").arg(i), blob(char('a' + i))}}), day.addSecs(60 * i),
                folder);

    // The other fetch starts and finishes while this one is about to download its third message.
    MailFetchResult theirs;
    MailFetchOptions options;
    options.progress = [&](int index, int) {
        if (index == 2)
            theirs = fetch(other, account);
    };
    MailFetchResult ours = fetch(db, account, options);
    CHECK(theirs.recorded == 3);
    CHECK(ours.recorded == 2);
    CHECK(ours.takenElsewhere == 3);

    MailRepository repo(db);
    const QList<StoredMailMessage> messages = repo.messages(account.id);
    REQUIRE(messages.size() == 5);
    QSet<quint32> uids;
    for (const StoredMailMessage &m : messages) {
        uids.insert(m.uid);
        CHECK(repo.attachments(m.id).size() == 1);
    }
    CHECK(uids.size() == 5);
    CHECK(repo.pendingAttachments(false).size() == 5);
}

TEST_CASE("A workbook of one unit from another unit's registered address is shown and recorded, not refused", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    REQUIRE(unit);
    REQUIRE_FALSE(unit->reportEmail.isEmpty());
    std::optional<Institution> sender;
    for (const Institution &i : InstitutionRepository(db).all())
        if (!sender && i.id != unit->id && !i.reportEmail.isEmpty() && i.reportEmail != unit->reportEmail)
            sender = i;
    REQUIRE(sender);

    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QByteArray book = MailFixture::novemberTemplate(db, demo.dir(), *campaign, *unit);
    const QDateTime day(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC);
    deliver(MailFixture::mailWith(MailFixture::freshId("for"), {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}, sender->reportEmail.toUtf8()), day,
            folder);
    REQUIRE(fetch(db, account).workbooks == 1);

    // Shown, said by the command too, and imported all the same with the evidence kept
    // beside the attachment's outcome.
    checkToldEverywhere(demo, *campaign,
                        QStringLiteral(u"发件人 %1 登记为 %2，附件为 %3 的报表").arg(sender->reportEmail, sender->name, unit->name));

    // From the unit's own registered address: nothing to say.
    checkNothingToSay(demo, account, *campaign, *unit, unit->reportEmail.toUtf8(), day, folder, QStringLiteral(u"登记为"));
}

TEST_CASE("A workbook from an address the registry does not know is noted in the preview, not refused", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    REQUIRE(unit);
    const QString stranger = QStringLiteral("zhangsan.private@example.org");
    for (const Institution &i : InstitutionRepository(db).all())
        REQUIRE(i.reportEmail.compare(stranger, Qt::CaseInsensitive) != 0);

    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QByteArray book = MailFixture::novemberTemplate(db, demo.dir(), *campaign, *unit);
    const QDateTime day(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC);
    deliver(MailFixture::mailWith(MailFixture::freshId("stranger"), {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}, stranger.toUtf8()), day, folder);
    REQUIRE(fetch(db, account).workbooks == 1);

    // Not taken for another unit's registered address either.
    const QList<MailWorkbook> books = ImportMailAttachments::preview(db, *campaign, QDate(2021, 12, 20));
    REQUIRE(books.size() == 1);
    CHECK_FALSE(warningsOf(books[0]).contains(QStringLiteral(u"登记为")));
    checkToldEverywhere(demo, *campaign, QStringLiteral(u"发件人 %1 未在名册登记").arg(stranger));

    // From the unit's registered address (in another case of letters): nothing to say.
    checkNothingToSay(demo, account, *campaign, *unit, unit->reportEmail.toUpper().toUtf8(), day, folder,
                      QStringLiteral(u"未在名册登记"));
}

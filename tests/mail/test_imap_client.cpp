// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP client against a real Dovecot on loopback (tests/tools/with-mail-servers.sh).
#include "MailServers.h"

#include "mail/ImapClient.h"
#include "mail/MailboxName.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QUuid>

using namespace qf;
using qf::test::MailServers;

namespace {

QByteArray message(const QByteArray &id, const QByteArray &subject)
{
    return QByteArrayLiteral("From: =?UTF-8?B?5Lit5rih6ZWH5Y2r55Sf6Zmi?= <zdwsy@example.cn>\r\n"
                             "To: djb@example.cn\r\nSubject: ")
           + subject + QByteArrayLiteral("\r\nMessage-ID: <") + id
           + QByteArrayLiteral(">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n附件1已报。\r\n");
}

} // namespace

TEST_CASE("Mailbox names travel in modified UTF-7 as RFC 3501 spells them", "[mail]")
{
    // RFC 3501 §5.1.3's own example.
    CHECK(MailboxName::encode(QStringLiteral("~peter/mail/台北/日本語")) == QByteArrayLiteral("~peter/mail/&U,BTFw-/&ZeVnLIqe-"));
    CHECK(MailboxName::decode(QByteArrayLiteral("~peter/mail/&U,BTFw-/&ZeVnLIqe-")) == QStringLiteral("~peter/mail/台北/日本語"));
    CHECK(MailboxName::encode(QStringLiteral("A&B")) == QByteArrayLiteral("A&-B"));
    for (const QString &name : {QStringLiteral("已发送"), QStringLiteral("报表/2021年11月"), QStringLiteral("INBOX"), QStringLiteral("😀&x")})
        CHECK(MailboxName::decode(MailboxName::encode(name)) == name);
}

TEST_CASE("An INTERNALDATE keeps its zone, so a filing at 23:30 Beijing time is on the day it was sent", "[mail]")
{
    const QDateTime t = ImapClient::parseInternalDate(QStringLiteral("11-Nov-2021 23:30:05 +0800"));
    REQUIRE(t.isValid());
    CHECK(t.toUTC() == QDateTime(QDate(2021, 11, 11), QTime(15, 30, 5), Qt::UTC));
    CHECK(ImapClient::parseInternalDate(QStringLiteral(" 1-Dec-2021 08:00:00 -0000")).toUTC()
          == QDateTime(QDate(2021, 12, 1), QTime(8, 0), Qt::UTC));
    CHECK_FALSE(ImapClient::parseInternalDate(QStringLiteral("31-Feb-2021 08:00:00 +0800")).isValid());
    CHECK_FALSE(ImapClient::parseInternalDate(QStringLiteral("yesterday")).isValid());
}

TEST_CASE("The IMAP client lists a mailbox with arrival times, fetches whole messages and leaves them unread", "[mail]")
{
    const QDateTime first(QDate(2021, 11, 10), QTime(9, 30), Qt::UTC);
    const QDateTime second(QDate(2021, 11, 12), QTime(16, 45), Qt::UTC);
    const QByteArray a = message("a-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.cn", "=?GBK?B?uL28/jE=?=");
    const QByteArray b = message("b@example.cn", "report");
    ImapClient client(MailServers::imap());
    REQUIRE(client.open());
    ImapMailboxState before;
    REQUIRE(client.mailboxState(QStringLiteral("INBOX"), &before));
    CHECK(before.uidValidity != 0);
    MailServers::deliver(QStringLiteral("djb"), a, first);
    MailServers::deliver(QStringLiteral("djb"), b, second);

    QList<ImapMessageInfo> listed;
    REQUIRE(client.list(QStringLiteral("INBOX"), before.uidValidity, before.uidNext, &listed));
    REQUIRE(listed.size() == 2);
    const QList<QDateTime> arrived = {listed[0].arrived.toUTC(), listed[1].arrived.toUTC()};
    CHECK(arrived.contains(first));
    CHECK(arrived.contains(second));
    for (const ImapMessageInfo &m : listed) {
        CHECK(m.uid >= before.uidNext);
        CHECK_FALSE(m.seen());
        QByteArray raw;
        REQUIRE(client.fetch(QStringLiteral("INBOX"), before.uidValidity, m, true, &raw));
        CHECK((raw == a || raw == b));
        CHECK(m.size == raw.size());
    }
    // Nothing was marked read: the mailbox looks as it did before the fetch.
    QList<ImapMessageInfo> again;
    REQUIRE(client.list(QStringLiteral("INBOX"), before.uidValidity, before.uidNext, &again));
    REQUIRE(again.size() == 2);
    for (const ImapMessageInfo &m : again)
        CHECK_FALSE(m.seen());
    // Only when asked.
    REQUIRE(client.markSeen(QStringLiteral("INBOX"), before.uidValidity, again[0].uid));
    REQUIRE(client.list(QStringLiteral("INBOX"), before.uidValidity, again[0].uid, &again));
    CHECK(again.first().seen());

    ImapMailboxState after;
    REQUIRE(client.mailboxState(QStringLiteral("INBOX"), &after));
    CHECK(after.uidValidity == before.uidValidity);
    CHECK(after.uidNext == before.uidNext + 2);
    // Asking from beyond the last UID lists nothing (IMAP's "n:*" would return the last one).
    REQUIRE(client.list(QStringLiteral("INBOX"), after.uidValidity, after.uidNext, &again));
    CHECK(again.isEmpty());
}

TEST_CASE("A wrong 授权码 or an untrusted certificate is refused in words the clerk can act on", "[mail]")
{
    MailServer wrong = MailServers::imap();
    wrong.password = QStringLiteral("not-the-code");
    ImapClient refused(wrong);
    const Status s = refused.open();
    REQUIRE_FALSE(s);
    CHECK(s.message().contains(QStringLiteral("授权码")));

    MailServer untrusted = MailServers::imap();
    untrusted.caFile.clear(); // the system's roots do not know the test's root
    ImapClient unverified(untrusted);
    const Status t = unverified.open();
    REQUIRE_FALSE(t);
    CHECK(t.message().contains(QStringLiteral("证书")));

    MailServer plain = MailServers::imap();
    plain.implicitTls = false; // STARTTLS on a port that speaks TLS at once: no plain login
    ImapClient mismatched(plain);
    CHECK_FALSE(mismatched.open());
}

TEST_CASE("A mailbox renumbered after STATUS told its UIDVALIDITY is neither read nor changed by its old UIDs", "[mail]")
{
    const QString folder = QStringLiteral("v") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    MailServers::deliver(QStringLiteral("djb"), message("v-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces), "renumbered"),
                         QDateTime(QDate(2021, 11, 10), QTime(9, 30), Qt::UTC), folder);
    ImapMailboxState before;
    QList<ImapMessageInfo> listed;
    {
        ImapClient first(MailServers::imap());
        REQUIRE(first.open());
        REQUIRE(first.mailboxState(folder, &before));
        REQUIRE(first.list(folder, before.uidValidity, 1, &listed));
        REQUIRE(listed.size() == 1);
    }
    // Renumbered by the server between that session and the next (Dovecot, whose test
    // maildirs stand in for it, takes it for a deleted mailbox within one session).
    MailServers::renumber(QStringLiteral("djb"), folder);

    ImapClient client(MailServers::imap());
    REQUIRE(client.open());
    QList<ImapMessageInfo> stale;
    const Status refused = client.list(folder, before.uidValidity, 1, &stale);
    REQUIRE_FALSE(refused);
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QStringLiteral("UIDVALIDITY")));
    CHECK(stale.isEmpty());
    QByteArray raw;
    CHECK_FALSE(client.fetch(folder, before.uidValidity, listed.first(), true, &raw));
    CHECK(raw.isEmpty());
    CHECK_FALSE(client.markSeen(folder, before.uidValidity, listed.first().uid));

    // Under the new numbering the message is there, still unread.
    ImapMailboxState after;
    REQUIRE(client.mailboxState(folder, &after));
    CHECK(after.uidValidity != before.uidValidity);
    QList<ImapMessageInfo> again;
    REQUIRE(client.list(folder, after.uidValidity, 1, &again));
    REQUIRE(again.size() == 1);
    CHECK_FALSE(again.first().seen());
}

TEST_CASE("The IMAP client lists a month's mail of a county in one call, beyond libcurl's cap on one answer", "[mail]")
{
    // One FETCH of every message's details is refused by libcurl ("Too large response
    // headers") from about 300 messages on: a county's 600 units mail in one month.
    const QString folder = QStringLiteral("m") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const int count = 450;
    for (int i = 0; i < count; ++i)
        MailServers::deliver(QStringLiteral("djb"), message("many-" + QByteArray::number(i), "month " + QByteArray::number(i)),
                             QDateTime(QDate(2021, 12, 1), QTime(8, 0), Qt::UTC).addSecs(60 * i), folder);
    ImapClient client(MailServers::imap());
    REQUIRE(client.open());
    ImapMailboxState state;
    REQUIRE(client.mailboxState(folder, &state));
    QList<ImapMessageInfo> listed;
    const Status s = client.list(folder, state.uidValidity, 1, &listed);
    INFO(s.message().toStdString());
    REQUIRE(s);
    REQUIRE(listed.size() == count);
    for (int i = 1; i < count; ++i)
        REQUIRE(listed.at(i - 1).uid < listed.at(i).uid);
    // Every message once, with its own arrival (Dovecot numbers a folder's new messages in
    // the order it finds their files, not the order they came).
    QSet<qint64> arrivals;
    for (const ImapMessageInfo &m : listed)
        arrivals.insert(m.arrived.toSecsSinceEpoch());
    QSet<qint64> delivered;
    for (int i = 0; i < count; ++i)
        delivered.insert(QDateTime(QDate(2021, 12, 1), QTime(8, 0), Qt::UTC).addSecs(60 * i).toSecsSinceEpoch());
    CHECK(arrivals == delivered);
    // From a UID on: that message and the ones after it, across the slices.
    QList<ImapMessageInfo> rest;
    REQUIRE(client.list(folder, state.uidValidity, listed.at(120).uid, &rest));
    REQUIRE(rest.size() == count - 120);
    CHECK(rest.first().uid == listed.at(120).uid);
    CHECK(rest.last().uid == listed.last().uid);
}

TEST_CASE("The IMAP client lists a long-used mailbox whole, beyond the length of one SEARCH answer libcurl keeps", "[mail]")
{
    // A first fetch of a mailbox the office has used for years: libcurl cuts one SEARCH answer
    // of about 10,000 UIDs and more without a word, and what it cut would never be fetched
    // (the next fetch starts after the highest UID seen).
    const QString folder = QStringLiteral("l") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const int count = 12000;
    const QDateTime start(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i)
        MailServers::deliver(QStringLiteral("djb"), message("old-" + QByteArray::number(i), "old " + QByteArray::number(i)),
                             start.addSecs(600 * i), folder);
    ImapClient client(MailServers::imap());
    REQUIRE(client.open());
    ImapMailboxState state;
    REQUIRE(client.mailboxState(folder, &state));
    QList<ImapMessageInfo> listed;
    const Status s = client.list(folder, state.uidValidity, 1, &listed);
    INFO(s.message().toStdString());
    REQUIRE(s);
    CHECK(listed.size() == count);
    QSet<quint32> uids;
    for (const ImapMessageInfo &m : listed)
        uids.insert(m.uid);
    CHECK(uids.size() == count);
    // And whether the messages asked about are still there, as a move checks them.
    QList<quint32> asked(uids.cbegin(), uids.cend());
    QList<quint32> present;
    REQUIRE(client.present(folder, state.uidValidity, asked, &present));
    CHECK(present.size() == count);
}

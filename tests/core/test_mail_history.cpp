// SPDX-License-Identifier: GPL-3.0-or-later
// Fetched mail is the evidence of what a unit sent and when: on both engines it is never
// changed or removed, and an attachment's outcome is decided once.
#include "TestSupport.h"

#include "storage/MailRepository.h"

#include <QSqlQuery>

using namespace qf;

TEST_CASE("mail history: recorded messages and attachments are never changed or removed", "[engines][mail]")
{
    test::TempDatabase t;
    Database &db = t.db();
    MailRepository repo(db);
    MailAccount account;
    account.name = QStringLiteral(u"党建办邮箱");
    account.address = QStringLiteral("djb@example.cn");
    account.imapHost = QStringLiteral("imap.example.cn");
    account.userName = QStringLiteral("djb@example.cn");
    REQUIRE(repo.save(account));
    MailAccount same = account;
    same.id = 0;
    CHECK_FALSE(repo.save(same)); // a name is used once

    StoredMailMessage m;
    m.accountId = account.id;
    m.mailbox = QStringLiteral("INBOX");
    m.uidValidity = 1638316800;
    m.uid = 7;
    m.messageId = QStringLiteral("m7@example.cn");
    m.arrivedAt = QDateTime(QDate(2021, 12, 10), QTime(21, 40), Qt::OffsetFromUTC, 8 * 3600);
    m.size = 1234;
    m.fetchedAt = QDateTime::currentDateTimeUtc();
    StoredMailAttachment a;
    a.seq = 1;
    a.fileName = QStringLiteral("a.xlsx");
    a.size = 3;
    a.sha256 = QString(64, QLatin1Char('0'));
    a.content = QByteArrayLiteral("abc");
    QList<StoredMailAttachment> parts{a};
    REQUIRE(repo.record(m, parts));
    CHECK(repo.lastUid(account.id, QStringLiteral("INBOX"), 1638316800) == 7);
    CHECK(repo.lastUid(account.id, QStringLiteral("INBOX"), 99) == 0); // another UIDVALIDITY: another mailbox
    CHECK(repo.messageWithId(QStringLiteral("m7@example.cn")) == m.id);
    CHECK(repo.message(m.id)->arrivedAt.toUTC() == m.arrivedAt.toUTC());
    CHECK(repo.message(m.id)->fetchedBy == db.actor());

    StoredMailMessage again = m;
    again.id = 0;
    QList<StoredMailAttachment> none;
    CHECK_FALSE(repo.record(again, none)); // the same UID twice

    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_message SET arrived_at = '2021-12-01T00:00:00+08:00'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM mail_message")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_attachment SET content = NULL")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM mail_attachment")));
    CHECK_FALSE(repo.removeAccount(account.id));

    REQUIRE(repo.decide(parts[0].id, MailAttachmentOutcome::Refused, QStringLiteral(u"填报单位为空")));
    CHECK_FALSE(repo.decide(parts[0].id, MailAttachmentOutcome::Imported, QString()));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_attachment SET outcome = 'imported'")));
    const auto kept = repo.attachments(m.id, true);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].outcome == MailAttachmentOutcome::Refused);
    CHECK(kept[0].content == QByteArrayLiteral("abc"));
    CHECK(repo.pendingAttachments().isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The sending log of 催报 and 回执 on both engines: a message is claimed once, its outcome
// written once, a failure claimed again; nothing in it is ever rewritten or removed.
#include "TestSupport.h"

#include "storage/CampaignRepository.h"
#include "storage/MailRepository.h"
#include "storage/SentMailRepository.h"

#include <QSqlQuery>

using namespace qf;

namespace {

SentMail reminderRow(qint64 campaignId, qint64 accountId, const QString &messageId)
{
    SentMail m;
    m.campaignId = campaignId;
    m.unitKey = QStringLiteral("I1");
    m.deliverable = 1;
    m.period = YearMonth(2021, 11);
    m.kind = SentMailKind::Reminder;
    m.accountId = accountId;
    m.recipient = QStringLiteral("lzxrmyyjw@126.com");
    m.subject = QStringLiteral(u"【催报】请报送2021年11月附件1");
    m.messageId = messageId;
    return m;
}

} // namespace

TEST_CASE("sending log: claimed once, settled once, a failure claimed again, never rewritten", "[engines][mail]")
{
    test::DemoDatabase t;
    Database &db = t.db();
    MailAccount account;
    account.name = QStringLiteral(u"党建办邮箱");
    account.address = QStringLiteral("djb@example.cn");
    account.imapHost = QStringLiteral("imap.example.cn");
    account.userName = QStringLiteral("djb@example.cn");
    REQUIRE(MailRepository(db).save(account));
    SentMailRepository log(db);

    QList<SentMail> rows{reminderRow(t.campaignId(), account.id, QStringLiteral("a@example.cn"))};
    REQUIRE(log.claim(rows));
    CHECK(rows[0].id != 0);
    CHECK(log.reminder(t.campaignId(), QStringLiteral("I1"), 1, YearMonth(2021, 11))->state == SentMailState::Sending);
    CHECK(log.reminder(t.campaignId(), QStringLiteral("I1"), 1, YearMonth(2021, 11))->sentBy == db.actor());

    // A second claim of the same (campaign, unit, deliverable, month) is refused: it is under way.
    QList<SentMail> again{reminderRow(t.campaignId(), account.id, QStringLiteral("b@example.cn"))};
    bool taken = false;
    CHECK_FALSE(log.claim(again, &taken));
    CHECK(taken);

    // A failure the server never saw may be claimed again, under the new message's id.
    REQUIRE(log.settle(QStringLiteral("a@example.cn"), SentMailState::Failed, QStringLiteral("login denied")));
    REQUIRE(log.claim(again));
    CHECK(again[0].id == rows[0].id);
    const auto claimed = log.reminder(t.campaignId(), QStringLiteral("I1"), 1, YearMonth(2021, 11));
    CHECK(claimed->messageId == QStringLiteral("b@example.cn"));
    CHECK(claimed->state == SentMailState::Sending);
    REQUIRE(log.settle(QStringLiteral("b@example.cn"), SentMailState::Sent, QString()));
    CHECK(log.reminder(t.campaignId(), QStringLiteral("I1"), 1, YearMonth(2021, 11))->state == SentMailState::Sent);
    // Settled once: a later settle changes nothing.
    REQUIRE(log.settle(QStringLiteral("b@example.cn"), SentMailState::Failed, QStringLiteral("late")));
    CHECK(log.reminder(t.campaignId(), QStringLiteral("I1"), 1, YearMonth(2021, 11))->state == SentMailState::Sent);

    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_sent SET state = 'failed'")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_sent SET recipient = 'x@example.cn'")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE mail_sent SET unit_key = 'I2'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM mail_sent")));
    CHECK(log.all(t.campaignId()).size() == 1);

    // Every claim and outcome is in the audit trail.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'mail_sent'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 4);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox's 收报股室 is one of the campaign's offices or none: 催报 finds the mailbox to send
// from by that name, so a mistyped one would send from another office's mailbox.
#include "TestSupport.h"

#include "actions/MailAccountActions.h"
#include "actions/SendReminders.h"
#include "storage/CampaignRepository.h"
#include "storage/MailRepository.h"

using namespace qf;

namespace {

MailAccount mailbox(const QString &office)
{
    MailAccount a;
    a.name = QStringLiteral(u"医政股邮箱");
    a.address = QStringLiteral("yz@example.cn");
    a.imapHost = QStringLiteral("imap.example.cn");
    a.userName = a.address;
    a.office = office;
    return a;
}

} // namespace

TEST_CASE("A mailbox's 收报股室 must be one of the campaign's offices, or left empty", "[mail]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    REQUIRE(campaign->offices.size() >= 2);
    const QString office = campaign->offices.at(1).name;

    MailAccount wrong = mailbox(office + QStringLiteral(u"室"));
    const Status refused = MailAccountActions::save(demo.db(), &*campaign, wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.message().contains(office + QStringLiteral(u"室")));
    CHECK(refused.message().contains(campaign->offices.at(0).name)); // names the ones to choose from
    CHECK(MailRepository(demo.db()).accounts().isEmpty());

    // No campaign to check against: an office cannot be taken on trust.
    MailAccount unchecked = mailbox(office);
    CHECK_FALSE(MailAccountActions::save(demo.db(), nullptr, unchecked));
    CHECK(MailRepository(demo.db()).accounts().isEmpty());

    MailAccount right = mailbox(QStringLiteral("  ") + office + QStringLiteral(" "));
    REQUIRE(MailAccountActions::save(demo.db(), &*campaign, right));
    REQUIRE(MailRepository(demo.db()).accounts().size() == 1);
    CHECK(MailRepository(demo.db()).accounts().first().office == office);

    MailAccount none = mailbox(QString());
    none.name = QStringLiteral(u"公共邮箱");
    CHECK(MailAccountActions::save(demo.db(), nullptr, none));
    CHECK(MailRepository(demo.db()).accounts().size() == 2);
}

TEST_CASE("cli: mail account add refuses an office the campaign does not have", "[mail]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    REQUIRE_FALSE(campaign->offices.isEmpty());
    const QString office = campaign->offices.first().name;
    const QStringList add = {QStringLiteral("--db"), demo.path(), QStringLiteral("mail"), QStringLiteral("account"),
                             QStringLiteral("add"), QStringLiteral(u"股室邮箱"), QStringLiteral("--address"),
                             QStringLiteral("gs@example.cn"), QStringLiteral("--imap-host"), QStringLiteral("imap.example.cn")};
    QString out, err;
    CHECK(test::runCli(add + QStringList{QStringLiteral("--office"), QStringLiteral(u"医政科")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"收报股室“医政科”不是专项整治中的股室")));
    CHECK(err.contains(office));
    CHECK(MailRepository(demo.db()).accounts().isEmpty());

    REQUIRE(test::runCli(add + QStringList{QStringLiteral("--office"), office}, &out, &err) == 0);
    REQUIRE(MailRepository(demo.db()).accounts().size() == 1);
    CHECK(MailRepository(demo.db()).accounts().first().office == office);

    // Changing the mailbox later keeps its office checked too.
    CHECK(test::runCli(add + QStringList{QStringLiteral("--office"), office + QStringLiteral("x")}, &out, &err) == 1);
    CHECK(MailRepository(demo.db()).accounts().first().office == office);
}

TEST_CASE("A mailbox whose folder name has %, * or a control character is refused, in the action and the CLI", "[mail]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    for (const QString &folder : {QStringLiteral(u"报表*"), QStringLiteral(u"报表%"), QStringLiteral(u"报表\n收件"),
                                  QStringLiteral(u"报\u202E表")}) {
        MailAccount a = mailbox(QString());
        a.mailbox = folder;
        const Status s = MailAccountActions::save(demo.db(), &*campaign, a);
        REQUIRE_FALSE(s);
        CHECK(s.message().contains(a.name));
        CHECK(s.message().contains(QStringLiteral(u"%、* 或控制字符")));
    }
    CHECK(MailRepository(demo.db()).accounts().isEmpty());
    MailAccount chinese = mailbox(QString());
    chinese.mailbox = QStringLiteral(u"报表/2021年");
    CHECK(MailAccountActions::save(demo.db(), &*campaign, chinese));

    QString out, err;
    const QStringList add = {QStringLiteral("--db"), demo.path(), QStringLiteral("mail"), QStringLiteral("account"),
                             QStringLiteral("add"), QStringLiteral(u"通配邮箱"), QStringLiteral("--address"),
                             QStringLiteral("tp@example.cn"), QStringLiteral("--imap-host"), QStringLiteral("imap.example.cn"),
                             QStringLiteral("--mailbox"), QStringLiteral("INBOX*")};
    CHECK(test::runCli(add, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("INBOX*")));
    CHECK(MailRepository(demo.db()).accounts().size() == 1);
}

TEST_CASE("催报 with no mailbox of the form's office goes from the first mailbox, and the preview says so", "[mail]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    QStringList offices;
    for (const Office &o : campaign->offices)
        offices << o.name;
    const QString party = QStringLiteral(u"党建办");
    const QString reform = QStringLiteral(u"医政体改和中医股");
    REQUIRE(offices.contains(party));
    REQUIRE(offices.contains(reform));

    MailAccount first = mailbox(party);
    first.name = QStringLiteral(u"党建办邮箱");
    first.smtpHost = QStringLiteral("smtp.example.cn");
    REQUIRE(MailAccountActions::save(demo.db(), &*campaign, first));
    const auto plan = [&] {
        QList<PlannedMail> list;
        REQUIRE(SendReminders::preview(demo.db(), *campaign, YearMonth(2021, 11), QDate(2021, 12, 20), QString(), &list));
        return list;
    };
    // 附件3 goes to 医政体改和中医股, which has no mailbox yet: from 党建办's, said so.
    const QString fallback = QStringLiteral(u"没有收报股室为“%1”的邮箱，从第一个邮箱“%2”发出").arg(reform, first.name);
    int noted = 0;
    for (const PlannedMail &p : plan()) {
        if (p.plan != PlannedMail::Plan::Send)
            continue;
        CHECK(p.account.name == first.name);
        if (p.note.contains(fallback))
            ++noted;
        else
            CHECK_FALSE(p.note.contains(reform));
    }
    CHECK(noted > 0);

    // With that office's own mailbox, its forms go from there and no note names it.
    MailAccount own = mailbox(reform);
    own.name = QStringLiteral(u"医政体改股邮箱");
    own.address = QStringLiteral("tg@example.cn");
    own.userName = own.address;
    own.smtpHost = QStringLiteral("smtp.example.cn");
    REQUIRE(MailAccountActions::save(demo.db(), &*campaign, own));
    int fromOwn = 0;
    for (const PlannedMail &p : plan()) {
        CHECK_FALSE(p.note.contains(QStringLiteral(u"“%1”的邮箱").arg(reform)));
        if (p.account.name == own.name)
            ++fromOwn;
    }
    CHECK(fromOwn > 0);
}

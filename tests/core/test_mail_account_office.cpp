// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox's 收报股室 is one of the campaign's offices or none: 催报 finds the mailbox to send
// from by that name, so a mistyped one would send from another office's mailbox.
#include "TestSupport.h"

#include "actions/MailAccountActions.h"
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

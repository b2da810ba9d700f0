// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of the bad-mail corpus against the real Dovecot: a message too large to download
// (a 60 MB attachment) and a zip bomb posing as the unit's workbook. Neither may stop the
// fetch, fill memory or hide the good mail beside it.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "actions/ImportMailAttachments.h"
#include "mail/ImapClient.h"
#include "mail/MailCollector.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"

#include <catch2/catch.hpp>


using namespace qf;
using qf::test::MailFixture;
using qf::test::MailServers;

namespace {

const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");

} // namespace

TEST_CASE("A message with a 60 MB attachment is listed and noted, never downloaded, and the mail after it is collected", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    REQUIRE(unit);
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QString password = MailServers::imap(QStringLiteral("yz")).password;

    // Base64 makes 60 MB about 81 MB on the wire: over the download bound.
    QByteArray huge(60 << 20, '\0');
    for (qsizetype i = 0; i < huge.size(); i += 4096)
        huge[i] = char(i >> 12);
    MailServers::deliver(QStringLiteral("yz"), MailFixture::mailWith(MailFixture::freshId("huge-"), {{QStringLiteral(u"扫描件.xlsx"), huge}}),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);
    huge.clear();
    huge.squeeze();
    const QByteArray book = MailFixture::novemberTemplate(db, demo.dir(), *campaign, *unit);
    MailServers::deliver(QStringLiteral("yz"), MailFixture::mailWith(MailFixture::freshId("book-"), {{QStringLiteral(u"中渡镇卫生院.xlsx"), book}}),
                         QDateTime(QDate(2021, 12, 9), QTime(9, 0), Qt::UTC), folder);

    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.listed == 2);
    CHECK(fetched.recorded == 2);
    CHECK(fetched.workbooks == 1);
    const QString notes = fetched.notes.join(QLatin1Char('\n'));
    INFO(notes.toStdString());
    CHECK(notes.contains(QStringLiteral(u"未下载")));

    const QList<StoredMailMessage> messages = MailRepository(db).messages(account.id);
    REQUIRE(messages.size() == 2);
    const auto big = std::find_if(messages.cbegin(), messages.cend(), [](const StoredMailMessage &m) { return m.size > ImapClient::MaxMessageSize; });
    REQUIRE(big != messages.cend());
    CHECK(big->note.contains(QStringLiteral(u"未下载")));
    CHECK(MailRepository(db).attachments(big->id).isEmpty());

    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 1);
    INFO(imported[0].file.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(imported[0].file.isClean());
    CHECK(ReportRepository(db).find(campaign->id, 1, UnitKey::institution(unit->id), YearMonth(2021, 11)));

    // The large message was recorded, so the next fetch does not list or try it again.
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.listed == 0);
    CHECK(fetched.recorded == 0);
}

TEST_CASE("A zip bomb sent as a workbook is refused naming the file, and the real workbook beside it is imported", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(kUnit);
    REQUIRE(unit);
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);
    const QString password = MailServers::imap(QStringLiteral("yz")).password;

    // A sheet of 200 MB of blanks deflates to a few hundred kilobytes: small in the mail, far
    // over what a part of a workbook may inflate to.
    test::Parts parts = test::libreOfficeStyleParts();
    QByteArray sheet = QByteArrayLiteral("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                         "spreadsheetml/2006/main\"><sheetData>");
    sheet.append(QByteArray(200 << 20, ' '));
    sheet.append("</sheetData></worksheet>");
    const QByteArray bomb = test::zipParts(test::withPart(parts, QStringLiteral("xl/worksheets/sheet1.xml"), sheet));
    sheet.clear();
    sheet.squeeze();
    REQUIRE(bomb.size() < (4 << 20));
    const QByteArray book = MailFixture::novemberTemplate(db, demo.dir(), *campaign, *unit);
    MailServers::deliver(QStringLiteral("yz"),
                         MailFixture::mailWith(MailFixture::freshId("bomb-"), {{QStringLiteral(u"附件1（炸弹）.xlsx"), bomb},
                                                                  {QStringLiteral(u"中渡镇卫生院.xlsx"), book}}),
                         QDateTime(QDate(2021, 12, 9), QTime(8, 0), Qt::UTC), folder);

    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, account, password, MailFetchOptions(), &fetched));
    CHECK(fetched.recorded == 1);
    CHECK(fetched.workbooks == 2);

    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, *campaign, QDate(2021, 12, 20), &imported));
    REQUIRE(imported.size() == 2);
    const auto bombed = std::find_if(imported.cbegin(), imported.cend(), [](const MailWorkbook &w) {
        return w.attachment.fileName.contains(QStringLiteral(u"炸弹"));
    });
    REQUIRE(bombed != imported.cend());
    CHECK_FALSE(bombed->file.isClean());
    const QString errors = bombed->file.errors.join(QLatin1Char('\n'));
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral(u"附件1（炸弹）.xlsx")));
    const auto good = std::find_if(imported.cbegin(), imported.cend(), [](const MailWorkbook &w) {
        return !w.attachment.fileName.contains(QStringLiteral(u"炸弹"));
    });
    REQUIRE(good != imported.cend());
    CHECK(good->file.isClean());
    CHECK(ReportRepository(db).find(campaign->id, 1, UnitKey::institution(unit->id), YearMonth(2021, 11)));

    const auto stored = MailRepository(db).attachments(MailRepository(db).messages(account.id).first().id);
    REQUIRE(stored.size() == 2);
    for (const StoredMailAttachment &a : stored)
        CHECK(a.outcome == (a.fileName.contains(QStringLiteral(u"炸弹")) ? MailAttachmentOutcome::Refused
                                                                         : MailAttachmentOutcome::Imported));
}

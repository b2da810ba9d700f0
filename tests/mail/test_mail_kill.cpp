// SPDX-License-Identifier: GPL-3.0-or-later
// `qingfeng-cli mail fetch` killed (SIGKILL) at random moments, twenty times, against the
// test Dovecot with new mail arriving between the runs: every message is recorded whole or
// not at all, none twice, every workbook decided once, and a last fetch collects everything.
#include "MailFixture.h"
#include "MailServers.h"

#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <random>

#include <signal.h>

using namespace qf;
using qf::test::MailFixture;
using qf::test::MailServers;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What any moment of a fetch may leave: messages recorded whole, each UID once, and the
// workbooks of a message either all waiting or decided, none half.
void checkWhole(Database &db, const MailAccount &account, const QSet<QString> &sent)
{
    MailRepository repo(db);
    QSet<quint32> uids;
    for (const StoredMailMessage &m : repo.messages(account.id)) {
        CHECK_FALSE(uids.contains(m.uid));
        uids.insert(m.uid);
        const QList<StoredMailAttachment> parts = repo.attachments(m.id, true);
        REQUIRE(parts.size() == 2);
        for (const StoredMailAttachment &p : parts) {
            CHECK(sent.contains(p.sha256));
            CHECK(sha256(p.content) == p.sha256);
        }
    }
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}

} // namespace

TEST_CASE("mail fetch killed at random moments leaves nothing half-stored or twice, and the next fetch collects it all", "[mail]")
{
    test::DemoDatabase demo;
    Database &db = demo.db();
    const auto campaign = CampaignRepository(db).load(demo.campaignId());
    REQUIRE(campaign);
    const auto unit = InstitutionRepository(db).findByName(QStringLiteral(u"鹿寨县中渡镇卫生院"));
    REQUIRE(unit);
    const QString folder = MailFixture::freshFolder();
    const MailAccount account = MailFixture::accountFor(db, folder);

    // Two new messages before each run, so that every kill lands in work still to do; one of
    // them a real filing, the others big enough for a kill to land inside a download.
    const QByteArray book = MailFixture::novemberTemplate(db, demo.dir(), *campaign, *unit);
    const int runs = 20;
    QSet<QString> sent;
    int delivered = 0;
    const auto deliverTwo = [&] {
        for (int n = 0; n < 2; ++n, ++delivered) {
            QByteArray filler(200 * 1024, '\0');
            for (int k = 0; k < filler.size(); ++k)
                filler[k] = char((qint64(k) * 131 + qint64(k) / 251 + delivered * 7) % 251);
            const QByteArray first = delivered == 5 ? book : filler;
            const QByteArray second = filler.left(filler.size() / 2);
            sent << sha256(first) << sha256(second);
            MailServers::deliver(QStringLiteral("yz"),
                                 MailFixture::mailWith("kill-" + QByteArray::number(delivered) + "-"
                                                           + QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                                       {{QStringLiteral("a%1.xlsx").arg(delivered), first},
                                                        {QStringLiteral("b%1.xlsx").arg(delivered), second}}),
                                 QDateTime(QDate(2021, 12, 9), QTime(8, 0).addSecs(60 * delivered), Qt::UTC), folder);
        }
    };

    // Kills from the program's start-up to well into the downloads; the seed is shown on failure.
    std::random_device device;
    const unsigned seed = device();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        deliverTwo();
        QProcess cli;
        MailFixture::startFetch(cli, demo.path(), demo.dir());
        const int delay = std::uniform_int_distribution<int>(10, 350)(random);
        if (!cli.waitForFinished(delay)) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            REQUIRE(cli.waitForFinished(10000));
            ++killed;
        }
        checkWhole(db, account, sent);
    }
    INFO(killed << " of " << runs << " runs killed");
    CHECK(killed > 0);

    QProcess last;
    MailFixture::startFetch(last, demo.path(), demo.dir());
    REQUIRE(last.waitForFinished(120000));
    INFO(QString::fromUtf8(last.readAllStandardError()).toStdString());
    CHECK(last.exitStatus() == QProcess::NormalExit);
    checkWhole(db, account, sent);
    MailRepository repo(db);
    CHECK(repo.messages(account.id).size() == delivered);
    CHECK(repo.pendingAttachments(false).isEmpty()); // every workbook decided: the filing imported, the rest refused
    int imported = 0;
    for (const StoredMailMessage &m : repo.messages(account.id))
        for (const StoredMailAttachment &p : repo.attachments(m.id))
            imported += p.outcome == MailAttachmentOutcome::Imported ? 1 : 0;
    CHECK(imported == 1);
    const auto report = ReportRepository(db).find(campaign->id, 1, UnitKey::institution(unit->id), YearMonth(2021, 11));
    REQUIRE(report);
}

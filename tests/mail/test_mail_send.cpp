// SPDX-License-Identifier: GPL-3.0-or-later
// 催报 and 回执 by e-mail against the real SMTP server of the test run (aiosmtpd over TLS):
// what arrives is read back with Python's email package, the attached workbook with the
// product's own reader; the sending log keeps every message to once, whatever breaks.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"

#include "actions/ImportMailAttachments.h"
#include "actions/SendReceipts.h"
#include "actions/SendReminders.h"
#include "io/ReportTemplates.h"
#include "mail/MailCollector.h"
#include "mail/SmtpSender.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SentMailRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QUuid>

using namespace qf;
using qf::test::MailServers;

namespace {

const QString kUnit = QStringLiteral(u"鹿寨县中渡镇卫生院");
const QString kOther = QStringLiteral(u"鹿寨县平山镇卫生院");
const YearMonth kMonth(2021, 11);
const QDate kToday(2021, 12, 20);

struct SendFixture
{
    test::DemoDatabase demo;
    Campaign campaign;
    Institution unit;
    MailAccount account;

    SendFixture()
    {
        Database &db = demo.db();
        campaign = CampaignRepository(db).load(demo.campaignId()).value();
        unit = InstitutionRepository(db).findByName(kUnit).value();
        account = test::MailFixture::accountFor(db, test::MailFixture::freshFolder());
        const MailServer smtp = MailServers::smtp(QStringLiteral("yz"));
        account.smtpHost = smtp.host;
        account.smtpPort = smtp.port;
        account.smtpImplicitTls = true;
        REQUIRE(MailRepository(db).save(account));
        // Late with November: its figures are not there.
        makeLate(unit);
    }
    void makeLate(const Institution &i)
    {
        for (int form : {1, 3})
            REQUIRE(ReportRepository(demo.db()).remove(campaign.id, form, UnitKey::institution(i.id), kMonth));
    }
    void setEmail(Institution &i, const QString &email)
    {
        i.reportEmail = email;
        REQUIRE(InstitutionRepository(demo.db()).save(i));
    }
    QList<PlannedMail> preview(const QStringList &only)
    {
        QList<PlannedMail> plan;
        const Status s = SendReminders::preview(demo.db(), campaign, kMonth, kToday, QString(), &plan);
        INFO(s.message().toStdString());
        REQUIRE(s);
        // The test sends to its own units only: the demo county has others late too.
        QList<PlannedMail> mine;
        for (const PlannedMail &p : plan)
            if (only.contains(p.unitName))
                mine << p;
        return mine;
    }
    Status send(QList<PlannedMail> &plan, const QString &password, MailRunResult *result, const MailServer *server = nullptr)
    {
        MailAccount a = account;
        if (server) {
            a.smtpHost = server->host;
            a.smtpPort = server->port;
            a.smtpImplicitTls = server->implicitTls;
            a.caFile = server->caFile;
        }
        SmtpSender sender(a, password);
        MailRunOptions options;
        options.pauseMilliseconds = 0;
        return SendReminders::run(demo.db(), [&](const MailAccount &) { return &sender; }, plan, options, result);
    }
};

QString password()
{
    return MailServers::smtp(QStringLiteral("yz")).password;
}

// The kept messages that carry this Message-ID, parsed by Python's email package.
QList<QJsonObject> arrived(const QString &messageId)
{
    QList<QJsonObject> out;
    for (const QString &path : MailServers::sentMessages()) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        if (!f.readAll().contains(messageId.toUtf8()))
            continue;
        QProcess dump;
        dump.start(QStringLiteral("/usr/bin/python3"), {test::dataPath(QStringLiteral("../tools/eml_dump.py")), path});
        REQUIRE(dump.waitForFinished(30000));
        INFO(dump.readAllStandardError().toStdString());
        REQUIRE(dump.exitCode() == 0);
        out << QJsonDocument::fromJson(dump.readAllStandardOutput()).object();
    }
    return out;
}

int sentTo(const QString &address)
{
    int n = 0;
    for (const QString &path : MailServers::sentMessages()) {
        QFile f(QString(path).replace(QStringLiteral(".eml"), QStringLiteral(".json")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        n += QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("to")).toArray().contains(address) ? 1 : 0;
    }
    return n;
}

const PlannedMail *find(const QList<PlannedMail> &plan, const QString &unit)
{
    for (const PlannedMail &p : plan)
        if (p.unitName == unit)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("催报 mails a late unit its reminder with its blank November workbook, once", "[mail][send]")
{
    SendFixture fx;
    Database &db = fx.demo.db();
    const QString address = QStringLiteral("zd-%1@example.cn").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    fx.setEmail(fx.unit, address);

    QList<PlannedMail> plan = fx.preview({kUnit});
    REQUIRE(plan.size() == 1);
    REQUIRE(plan[0].sendable());
    CHECK(plan[0].mail.toAddress == address);
    CHECK(plan[0].account.id == fx.account.id);
    // The preview sent nothing and claimed nothing.
    CHECK(sentTo(address) == 0);
    CHECK(SentMailRepository(db).all(fx.campaign.id).isEmpty());

    MailRunResult result;
    const Status s = fx.send(plan, password(), &result);
    INFO(s.message().toStdString());
    REQUIRE(s);
    CHECK(result.sent == 1);
    const QList<SentMail> log = SentMailRepository(db).all(fx.campaign.id);
    REQUIRE(log.size() >= 1);
    for (const SentMail &row : log) {
        CHECK(row.state == SentMailState::Sent);
        CHECK(row.recipient == address);
        CHECK(row.unitKey == UnitKey::institution(fx.unit.id));
        CHECK(row.period == kMonth);
    }

    const QList<QJsonObject> got = arrived(log.first().messageId);
    REQUIRE(got.size() == 1);
    const QJsonObject m = got.first();
    CHECK(m.value(QLatin1String("to")).toString().contains(address));
    CHECK(m.value(QLatin1String("to")).toString().contains(kUnit));
    CHECK(m.value(QLatin1String("from")).toString().contains(fx.account.address));
    CHECK(m.value(QLatin1String("subject")).toString().contains(QStringLiteral(u"2021年11月")));
    CHECK(m.value(QLatin1String("subject")).toString() == plan[0].mail.subject);
    CHECK(m.value(QLatin1String("crlf")).toBool());
    CHECK(m.value(QLatin1String("raw_subject_ascii")).toBool()); // RFC 2047 words, no raw 8-bit headers
    CHECK(m.value(QLatin1String("message_id")).toString() == QLatin1Char('<') + log.first().messageId + QLatin1Char('>'));
    const QString body = m.value(QLatin1String("body")).toString();
    CHECK(body.contains(kUnit));
    CHECK(body.contains(fx.campaign.title));
    CHECK(body.contains(QStringLiteral(u"附件1")));
    CHECK(m.value(QLatin1String("body_charset")).toString() == QStringLiteral("utf-8"));

    // The attachment is the unit's blank template for the month, as `templates` writes it.
    const QJsonArray files = m.value(QLatin1String("attachments")).toArray();
    REQUIRE(files.size() == 1);
    const QJsonObject file = files.first().toObject();
    CHECK(file.value(QLatin1String("name")).toString() == ReportTemplates::fileName(fx.unit, kMonth));
    const QByteArray xlsx = QByteArray::fromBase64(file.value(QLatin1String("data")).toString().toLatin1());
    CHECK(test::MailFixture::workbookDifference(xlsx, test::MailFixture::novemberTemplate(db, fx.demo.dir(), fx.campaign, fx.unit))
              .toStdString() == "");
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::openData(xlsx, QStringLiteral("reminder.xlsx"), &book));
    const WorkbookFile recognised =
        WorkbookImport::analyseWorkbook(book, QStringLiteral("reminder.xlsx"), WorkbookImport::contextFor(db, fx.campaign, kToday));
    CHECK(recognised.institution == kUnit);
    CHECK(recognised.period == kMonth);

    // The next run sends nothing: the log has it.
    QList<PlannedMail> again = fx.preview({kUnit});
    REQUIRE(again.size() == 1);
    CHECK(again[0].plan == PlannedMail::Plan::AlreadySent);
    MailRunResult second;
    REQUIRE(fx.send(again, password(), &second));
    CHECK(second.sent == 0);
    CHECK(sentTo(address) == 1);

    // Every claim and its outcome are in the audit trail.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action, new_values FROM audit_log WHERE table_name = 'mail_sent' ORDER BY id")));
    QStringList actions;
    QString last;
    while (q.next()) {
        actions << q.value(0).toString();
        last = q.value(1).toString();
    }
    CHECK(actions.contains(QStringLiteral("insert")));
    CHECK(actions.contains(QStringLiteral("update")));
    CHECK(last.contains(QStringLiteral("sent")));
}

TEST_CASE("催报 lists a late unit without an e-mail address as not sendable and never guesses one", "[mail][send]")
{
    SendFixture fx;
    fx.setEmail(fx.unit, QString());
    const QList<PlannedMail> plan = fx.preview({kUnit});
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].plan == PlannedMail::Plan::NoAddress);
    CHECK(plan[0].note.contains(QStringLiteral(u"没有登记邮箱")));
    QList<PlannedMail> run = plan;
    MailRunResult result;
    REQUIRE(fx.send(run, password(), &result));
    CHECK(result.sent == 0);
    CHECK(SentMailRepository(fx.demo.db()).all(fx.campaign.id).isEmpty());
}

TEST_CASE("催报 over STARTTLS (port 587 style) arrives too", "[mail][send]")
{
    SendFixture fx;
    const QString address = QStringLiteral("st-%1@example.cn").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    fx.setEmail(fx.unit, address);
    QList<PlannedMail> plan = fx.preview({kUnit});
    const MailServer starttls = MailServers::smtpStartTls(QStringLiteral("yz"));
    MailRunResult result;
    const Status s = fx.send(plan, password(), &result, &starttls);
    INFO(s.message().toStdString());
    REQUIRE(s);
    CHECK(sentTo(address) == 1);
}

TEST_CASE("催报 with a wrong 授权码 or an untrusted certificate says so, sends nothing, and can be sent later", "[mail][send]")
{
    SendFixture fx;
    const QString address = QStringLiteral("pw-%1@example.cn").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    fx.setEmail(fx.unit, address);

    QList<PlannedMail> plan = fx.preview({kUnit});
    MailRunResult result;
    Status s = fx.send(plan, QStringLiteral("not-the-code"), &result);
    REQUIRE_FALSE(s);
    CHECK(s.message().contains(QStringLiteral(u"拒绝登录")));
    CHECK(s.message().contains(QStringLiteral(u"授权码")));
    CHECK(result.failed == 1);
    CHECK(sentTo(address) == 0);
    for (const SentMail &row : SentMailRepository(fx.demo.db()).all(fx.campaign.id))
        CHECK(row.state == SentMailState::Failed);

    // The system's roots do not know the test server's certificate.
    MailServer untrusted = MailServers::smtp(QStringLiteral("yz"));
    untrusted.caFile.clear();
    plan = fx.preview({kUnit});
    REQUIRE(plan.size() == 1);
    REQUIRE(plan[0].sendable()); // a failure never reached the server: it may go again
    s = fx.send(plan, password(), &result, &untrusted);
    REQUIRE_FALSE(s);
    CHECK(s.message().contains(QStringLiteral(u"证书")));
    CHECK(sentTo(address) == 0);

    plan = fx.preview({kUnit});
    s = fx.send(plan, password(), &result);
    INFO(s.message().toStdString());
    REQUIRE(s);
    CHECK(result.sent == 1);
    CHECK(sentTo(address) == 1);
}

TEST_CASE("催报 cut off by the server after it had the message: recorded as possibly sent, never sent twice", "[mail][send]")
{
    SendFixture fx;
    Database &db = fx.demo.db();
    Institution other = InstitutionRepository(db).findByName(kOther).value();
    fx.makeLate(other);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    // The server keeps the message to the first unit and then drops the connection unanswered.
    const QString dropped = QStringLiteral("drop-after-data-%1@example.cn").arg(tag);
    const QString next = QStringLiteral("next-%1@example.cn").arg(tag);
    fx.setEmail(fx.unit, dropped);
    fx.setEmail(other, next);

    QList<PlannedMail> plan = fx.preview({kUnit, kOther});
    REQUIRE(plan.size() == 2);
    REQUIRE(plan[0].unitName == kUnit); // the tracker's order: the cut comes first
    MailRunResult result;
    const Status s = fx.send(plan, password(), &result);
    REQUIRE_FALSE(s);
    CHECK(result.uncertain == 1);
    CHECK(result.left == 1);
    CHECK(sentTo(dropped) == 1); // it did arrive
    CHECK(sentTo(next) == 0);    // the run stopped there
    const auto cut = SentMailRepository(db).reminder(fx.campaign.id, UnitKey::institution(fx.unit.id), 1, kMonth);
    REQUIRE(cut);
    CHECK(cut->state == SentMailState::Uncertain);

    // The next run leaves the cut message alone and sends the rest.
    plan = fx.preview({kUnit, kOther});
    REQUIRE(find(plan, kUnit));
    CHECK(find(plan, kUnit)->plan == PlannedMail::Plan::MaybeSent);
    REQUIRE(find(plan, kOther));
    CHECK(find(plan, kOther)->sendable());
    REQUIRE(fx.send(plan, password(), &result));
    CHECK(result.sent == 1);
    CHECK(sentTo(dropped) == 1);
    CHECK(sentTo(next) == 1);
}

TEST_CASE("催报 killed between claiming and sending is never sent again by itself", "[mail][send]")
{
    SendFixture fx;
    Database &db = fx.demo.db();
    const QString address = QStringLiteral("kill-%1@example.cn").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    fx.setEmail(fx.unit, address);
    QList<PlannedMail> plan = fx.preview({kUnit});
    REQUIRE(plan.size() == 1);
    // What a run killed with -9 right after its claim leaves: the claim, committed, unsettled.
    QList<SentMail> claimed = plan[0].rows;
    REQUIRE(SentMailRepository(db).claim(claimed));
    plan = fx.preview({kUnit});
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].plan == PlannedMail::Plan::MaybeSent);
    MailRunResult result;
    REQUIRE(fx.send(plan, password(), &result));
    CHECK(result.sent == 0);
    CHECK(sentTo(address) == 0);
    // Two runs claiming at once: the second is refused.
    CHECK(plan[0].rows.isEmpty()); // nothing of it is claimed again
    SentMail other = claimed.first();
    other.id = 0;
    QList<SentMail> rows{other};
    bool taken = false;
    CHECK_FALSE(SentMailRepository(db).claim(rows, &taken));
    CHECK(taken);
}

TEST_CASE("回执 answers each mailed workbook once, clean or with its errors by sheet and cell", "[mail][send]")
{
    SendFixture fx;
    Database &db = fx.demo.db();
    const QString sender = QStringLiteral("r-%1@example.cn").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray book = test::MailFixture::novemberTemplate(db, fx.demo.dir(), fx.campaign, fx.unit);
    const QDateTime when(QDate(2021, 12, 10), QTime(21, 40), Qt::OffsetFromUTC, 8 * 3600);
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.cn";
    MailServers::deliver(QStringLiteral("yz"),
                         test::MailFixture::mailWith(id, {{QStringLiteral(u"中渡镇卫生院11月.xlsx"), book}}, sender.toUtf8()), when,
                         fx.account.mailbox);
    MailFetchResult fetched;
    REQUIRE(MailCollector::fetch(db, fx.account, test::MailFixture::password(), MailFetchOptions(), &fetched));
    QList<MailWorkbook> imported;
    REQUIRE(ImportMailAttachments::run(db, fx.campaign, kToday, &imported));
    REQUIRE(imported.size() == 1);

    QList<PlannedMail> plan;
    REQUIRE(SendReceipts::preview(db, fx.campaign, kToday, &plan));
    const PlannedMail *p = nullptr;
    for (const PlannedMail &x : plan)
        if (x.mail.toAddress == sender)
            p = &x;
    REQUIRE(p);
    CHECK(p->sendable());
    const bool clean = imported[0].file.isClean();
    if (clean)
        CHECK(p->mail.body.contains(QStringLiteral(u"已收到2021年11月附件1")));
    CHECK(p->mail.body.contains(clean ? QStringLiteral(u"核对无误") : QStringLiteral(u"处错误")));
    for (const QString &e : imported[0].file.errors)
        CHECK(p->mail.body.contains(e));
    QList<PlannedMail> mine{*p};
    SmtpSender smtp(fx.account, password());
    MailRunOptions options;
    options.pauseMilliseconds = 0;
    MailRunResult result;
    REQUIRE(SendReceipts::run(db, [&](const MailAccount &) { return &smtp; }, mine, options, &result));
    CHECK(result.sent == 1);
    const QList<QJsonObject> got = arrived(mine[0].mail.messageId);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value(QLatin1String("to")).toString().contains(sender));
    CHECK(got[0].value(QLatin1String("body")).toString().contains(clean ? QStringLiteral(u"核对无误") : QStringLiteral(u"处错误")));

    // Answered once.
    REQUIRE(SendReceipts::preview(db, fx.campaign, kToday, &plan));
    for (const PlannedMail &x : plan)
        CHECK(x.mail.toAddress != sender);
}

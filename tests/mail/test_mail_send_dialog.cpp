// SPDX-License-Identifier: GPL-3.0-or-later
// 发送催报邮件 from the window: the dialog lists every message before anything goes, sends
// off the UI thread within its limit, and a second look lists what went as sent.
#include "MailFixture.h"
#include "MailServers.h"
#include "TestSupport.h"

#include "actions/MailAccountActions.h"
#include "mail/MailSendDialog.h"
#include "shell/Session.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace qf;
using qf::test::MailServers;

namespace {

// Messages the test server kept for `address` (other tests may send at the same time).
int sentTo(const QString &address)
{
    int n = 0;
    for (QString path : MailServers::sentMessages()) {
        QFile f(path.replace(QStringLiteral(".eml"), QStringLiteral(".json")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        n += QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("to")).toArray().contains(address) ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("发送催报邮件 dialog: preview first, then send at most the limit, and nothing twice", "[mail][ui][send]")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("s.sqlite")), true));
    MailAccount account = test::MailFixture::accountFor(session.database(), test::MailFixture::freshFolder());
    const MailServer smtp = MailServers::smtp(QStringLiteral("yz"));
    account.smtpHost = smtp.host;
    account.smtpPort = smtp.port;
    const auto campaign = session.campaign();
    REQUIRE(campaign);
    REQUIRE(MailAccountActions::save(session.database(), &*campaign, account));

    ui::MailSendDialog dialog(&session, ui::MailSendDialog::Kind::Reminders, YearMonth(2021, 11), QDate(2022, 1, 20));
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.summary()->text().toStdString());
    const auto sendable = [&] {
        return int(std::count_if(dialog.plan().cbegin(), dialog.plan().cend(), [](const PlannedMail &p) { return p.sendable(); }));
    };
    REQUIRE(sendable() >= 2);
    CHECK(dialog.table()->rowCount() == dialog.plan().size());
    CHECK(dialog.sendButton()->isEnabled());
    QString first;
    for (const PlannedMail &p : dialog.plan())
        if (first.isEmpty() && p.sendable())
            first = p.mail.toAddress;
    const int before = sentTo(first);
    dialog.passwordEdit()->setText(smtp.password);
    dialog.pauseBox()->setValue(0);
    dialog.findChildren<QSpinBox *>().last()->setValue(1); // 本次最多 1 封
    const int waiting = sendable();
    dialog.send(true);
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }, 60000));
    INFO(dialog.summary()->text().toStdString());
    CHECK(dialog.summary()->text().contains(QStringLiteral(u"已发送 1 封")));
    CHECK(sentTo(first) == before + 1);
    CHECK(sendable() == waiting - 1);

    dialog.refresh();
    REQUIRE(test::waitUntil([&] { return !dialog.isBusy(); }));
    CHECK(sendable() == waiting - 1);
    bool listedAsSent = false;
    for (const PlannedMail &p : dialog.plan())
        listedAsSent |= p.mail.toAddress == first && p.plan == PlannedMail::Plan::AlreadySent;
    CHECK(listedAsSent);
}

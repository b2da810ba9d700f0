// SPDX-License-Identifier: GPL-3.0-or-later
// The server dialog where no keyring is to be had (headless, as these tests run: they reach
// no session bus): it says so and asks for the password each time.
#include "PasswordAccount.h"
#include "TestSupport.h"

#include "shell/ServerDialog.h"
#include "shell/Session.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace qf;

TEST_CASE("without a keyring the server dialog says so in one line and connects with the typed password", "[server]")
{
    const DatabaseLocation nowhere = DatabaseLocation::server(QStringLiteral("db.county.lan"), 5432,
                                                              QStringLiteral("qingfeng"), QStringLiteral("zhongdu_wsy"));
    {
        ui::ServerDialog dialog(nowhere);
        bool answered = false;
        QObject::connect(&dialog, &ui::ServerDialog::keyringAnswered, [&] { answered = true; });
        REQUIRE(test::waitUntil([&] { return answered; }));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("hint"))->text()
              == QStringLiteral(u"本机没有可用的系统钥匙串，密码不会保存，每次连接时输入。"));
        CHECK_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isEnabled());
        CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("forgetPassword"))->isEnabled());
        CHECK_FALSE(dialog.remembersPassword());
        // Keeping the password is then nothing to do, and says so.
        std::optional<SecretResult> kept;
        dialog.keepPassword(dialog.location(), [&](const SecretResult &r) { kept = r; });
        REQUIRE(test::waitUntil([&] { return kept.has_value(); }));
        CHECK(kept->kind == SecretResult::Unavailable);
    }

    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: connecting with a typed password needs the test cluster and is skipped.");
        return;
    }
    test::PasswordAccount account(*server);
    qunsetenv("PGPASSWORD");
    ui::ServerDialog dialog(account.location());
    bool answered = false;
    QObject::connect(&dialog, &ui::ServerDialog::keyringAnswered, [&] { answered = true; });
    REQUIRE(test::waitUntil([&] { return answered; }));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    ui::Session session;

    // The server does check it: none, or a wrong one, is refused.
    const Status none = ui::ServerDialog::connect(&session, dialog.location(), nullptr, false, true);
    CHECK_FALSE(none.isOk());
    CHECK(none.message().contains(QLatin1String("no password supplied")));
    password->setText(QStringLiteral("wrong"));
    const Status wrong = ui::ServerDialog::connect(&session, dialog.location(), nullptr, false);
    CHECK_FALSE(wrong.isOk());
    CHECK(wrong.message().contains(QLatin1String("password authentication failed")));
    CHECK_FALSE(session.isOpen());

    password->setText(account.password);
    const Status typed = ui::ServerDialog::connect(&session, dialog.location(), nullptr, false);
    INFO(typed.message());
    REQUIRE(typed.isOk());
    CHECK(session.login() == account.role);
}

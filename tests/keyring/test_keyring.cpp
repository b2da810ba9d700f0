// SPDX-License-Identifier: GPL-3.0-or-later
// Server passwords in a real system keyring: gnome-keyring's Secret Service on a private
// session bus (CTest runs this suite through tests/tools/with-test-keyring.sh).
#include "PasswordAccount.h"
#include "TestSupport.h"

#include "SecretStore.h"
#include "ServerPassword.h"
#include "shell/MainWindow.h"
#include "shell/ServerDialog.h"
#include "shell/Session.h"
#include "shell/SettingsMenu.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>

using namespace qf;

namespace {

// Outside the throwaway keyring these tests would have nothing to test: they fail, loudly.
void requireTestKeyring()
{
    INFO("run through tests/tools/with-test-keyring.sh (CTest does): this suite needs its throwaway keyring");
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("QINGFENG_TEST_KEYRING_HOME"));
}

SecretResult finished(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }));
    return *result;
}

// The dialog has asked the keyring and shown its answer.
void waitForKeyring(ui::ServerDialog &dialog)
{
    bool answered = false;
    QObject::connect(&dialog, &ui::ServerDialog::keyringAnswered, [&] { answered = true; });
    REQUIRE(test::waitUntil([&] { return answered; }));
}

} // namespace

TEST_CASE("a secret saved in the system keyring reads back, and is gone once forgotten", "[keyring]")
{
    requireTestKeyring();
    const SecretStore store(QStringLiteral("qingfeng-test"));
    QObject context;
    const QString key = QStringLiteral(u"mailbox/dangjianban@126.com");
    const QString secret = QStringLiteral(u"授权码-ABCD1234");

    CHECK(finished([&](auto done) { store.read(key, &context, done); }).kind == SecretResult::NotFound);
    const SecretResult written = finished([&](auto done) { store.write(key, secret, &context, done); });
    INFO(written.message);
    REQUIRE(written.kind == SecretResult::Done);
    const SecretResult read = finished([&](auto done) { store.read(key, &context, done); });
    REQUIRE(read.kind == SecretResult::Done);
    CHECK(read.secret == secret);
    // Another service (another program) and another key do not see it.
    CHECK(SecretStore(QStringLiteral("qingfeng-other")).readAndWait(key).kind == SecretResult::NotFound);
    CHECK(store.readAndWait(key + QLatin1Char('x')).kind == SecretResult::NotFound);

    REQUIRE(finished([&](auto done) { store.remove(key, &context, done); }).isDone());
    CHECK(store.readAndWait(key).kind == SecretResult::NotFound);
}

TEST_CASE("the server dialog keeps the password only when 记住密码 is ticked, fills it in next time and forgets it", "[keyring]")
{
    requireTestKeyring();
    const SecretStore store(QStringLiteral("qingfeng-test-dialog"));
    const DatabaseLocation account = DatabaseLocation::server(QStringLiteral("db.county.lan"), 5432,
                                                              QStringLiteral("qingfeng"), QStringLiteral("zhongdu_wsy"));
    const QString key = ServerPassword::key(account);
    CHECK(key == QStringLiteral("server/db.county.lan:5432/qingfeng/zhongdu_wsy/require"));
    // The same login over a connection without encryption or verification is another account.
    DatabaseLocation clear = account;
    clear.setSslMode(QStringLiteral("disable"));
    CHECK(ServerPassword::key(clear) != key);
    DatabaseLocation verified = account;
    verified.setSslMode(QStringLiteral("verify-full"));
    CHECK(ServerPassword::key(verified) != key);
    CHECK(ServerPassword::key(verified) != ServerPassword::key(clear));

    ui::ServerDialog first(account, nullptr, store);
    waitForKeyring(first);
    auto *remember = first.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    REQUIRE(remember);
    CHECK(remember->isEnabled());
    CHECK_FALSE(remember->isChecked());
    first.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret-1"));

    // Not ticked: nothing is kept.
    CHECK(finished([&](auto done) { first.keepPassword(first.location(), done); }).kind != SecretResult::Unavailable);
    CHECK(store.readAndWait(key).kind == SecretResult::NotFound);
    // Ticked: kept, under the account's key.
    remember->setChecked(true);
    REQUIRE(finished([&](auto done) { first.keepPassword(first.location(), done); }).isDone());
    const SecretResult kept = store.readAndWait(key);
    REQUIRE(kept.isDone());
    CHECK(kept.secret == QStringLiteral("secret-1"));

    // Next time the dialog fills it in and shows it is remembered.
    ui::ServerDialog second(account, nullptr, store);
    waitForKeyring(second);
    auto *password = second.findChild<QLineEdit *>(QStringLiteral("password"));
    CHECK(password->text() == QStringLiteral("secret-1"));
    CHECK(second.location().password() == QStringLiteral("secret-1"));
    CHECK(second.remembersPassword());
    auto *forget = second.findChild<QPushButton *>(QStringLiteral("forgetPassword"));
    REQUIRE(forget);
    CHECK(forget->isEnabled());

    // Another account on the same server has no password filled in.
    auto *user = second.findChild<QLineEdit *>(QStringLiteral("user"));
    user->setText(QStringLiteral("liuhe_wsy"));
    emit user->editingFinished();
    waitForKeyring(second);
    CHECK(password->text().isEmpty());
    CHECK_FALSE(second.remembersPassword());
    user->setText(account.user());
    emit user->editingFinished();
    waitForKeyring(second);
    CHECK(password->text() == QStringLiteral("secret-1"));

    // 忘记保存的密码 removes it from the keyring and from the field.
    forget->click();
    waitForKeyring(second);
    CHECK(store.readAndWait(key).kind == SecretResult::NotFound);
    CHECK(password->text().isEmpty());
    CHECK_FALSE(second.remembersPassword());
    CHECK(second.findChild<QLabel *>(QStringLiteral("hint"))->text() == QStringLiteral(u"已从系统钥匙串中删除保存的密码。"));
}

TEST_CASE("connecting with 记住密码 keeps the password in the keyring and never in the settings file", "[keyring][server]")
{
    requireTestKeyring();
    const auto server = test::testServer();
    INFO("QINGFENG_TEST_PG names the test cluster (packaging/run-tests.sh starts one)");
    REQUIRE(server);
    test::PasswordAccount account(*server);
    const SecretStore store;
    const QString key = ServerPassword::key(account.location());
    QSettings().setValue(QStringLiteral("server/last"), account.location().toUri());

    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("local.sqlite")), false).isOk());
    ui::MainWindow window(&session);
    bool filledIn = false;
    // 设置 → 连接服务器 opens the dialog modally: it is filled in from inside its own loop.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ServerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // It asked the keyring when it opened; the answer may be in already.
        const auto *note = dialog->findChild<QLabel *>(QStringLiteral("hint"));
        REQUIRE(test::waitUntil([&] { return note->text() != QStringLiteral(u"正在查看系统钥匙串……"); }));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(account.password);
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
        filledIn = true;
        dialog->accept();
    });
    auto *menu = window.findChild<ui::SettingsMenu *>();
    REQUIRE(menu);
    emit menu->serverConnectionRequested();
    REQUIRE(filledIn);
    REQUIRE(session.isOpen());
    CHECK(session.login() == account.role);
    REQUIRE(test::waitUntil([&] { return store.readAndWait(key).isDone(); }));
    CHECK(store.readAndWait(key).secret == account.password);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    INFO(settings.fileName().toStdString());
    // The address is there (the settings were written), the password is not.
    CHECK(written.contains(account.role.toUtf8()));
    CHECK_FALSE(written.contains(account.password.toUtf8()));
    CHECK_FALSE(written.contains(QUrl::toPercentEncoding(account.password)));
    REQUIRE(store.removeAndWait(key).isDone());
}

TEST_CASE("the command line uses the password the window kept in the keyring", "[keyring][server]")
{
    requireTestKeyring();
    const auto server = test::testServer();
    INFO("QINGFENG_TEST_PG names the test cluster (packaging/run-tests.sh starts one)");
    REQUIRE(server);
    test::PasswordAccount account(*server);
    const QStringList command{QStringLiteral("--server"), account.location().toUri(), QStringLiteral("campaign"),
                              QStringLiteral("list")};
    qunsetenv("PGPASSWORD");

    // None kept: the server refuses, for want of a password.
    QString out, err;
    CHECK(test::runCli(command, &out, &err) != 0);
    CHECK(err.contains(QLatin1String("no password supplied")));

    const SecretStore store;
    REQUIRE(store.writeAndWait(ServerPassword::key(account.location()), account.password).isDone());
    err.clear();
    const int kept = test::runCli(command, &out, &err);
    INFO(err.toStdString());
    CHECK(kept == 0);

    // A wrong one kept is not enough: the password is the server's to check.
    REQUIRE(store.writeAndWait(ServerPassword::key(account.location()), QStringLiteral("wrong")).isDone());
    err.clear();
    CHECK(test::runCli(command, &out, &err) != 0);
    CHECK(err.contains(QLatin1String("password authentication failed")));
    REQUIRE(store.removeAndWait(ServerPassword::key(account.location())).isDone());
}

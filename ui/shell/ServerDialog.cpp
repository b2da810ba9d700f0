// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerDialog.h"

#include "ServerPassword.h"
#include "Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace qf::ui {

ServerDialog::ServerDialog(const DatabaseLocation &initial, QWidget *parent, const SecretStore &store)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("连接服务器"));
    setObjectName(QStringLiteral("serverDialog"));
    m_host = new QLineEdit(initial.host());
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("服务器名称、IP 地址或套接字目录"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port());
    m_database = new QLineEdit(initial.database());
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(initial.user().isEmpty() ? Session::systemUser() : initial.user());
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(initial.password());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("记住密码"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("连接成功后把密码保存在系统钥匙串中，不写入清风的设置文件。"));
    m_forget = new QPushButton(tr("忘记保存的密码"));
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    m_forget->setEnabled(false);

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("卫健局各科室和各医疗机构共用服务器上的同一个数据库。"
                                "每个账户能看到和修改的数据由服务器决定：机构账户只能看到本机构的报表和台账。"));
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("服务器："), m_host);
    form->addRow(tr("端口："), m_port);
    form->addRow(tr("数据库："), m_database);
    form->addRow(tr("账户："), m_user);
    form->addRow(tr("密码："), m_password);
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_remember);
    keep->addStretch();
    keep->addWidget(m_forget);
    form->addRow(keep);
    m_note = new QLabel(tr("正在查看系统钥匙串……"));
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    form->addRow(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("连接"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    // Another account or server has a password of its own (or none stored).
    for (QLineEdit *field : {m_host, m_database, m_user})
        QObject::connect(field, &QLineEdit::editingFinished, this, &ServerDialog::lookUpSaved);
    QObject::connect(m_port, &QSpinBox::editingFinished, this, &ServerDialog::lookUpSaved);
    QObject::connect(m_forget, &QPushButton::clicked, this, &ServerDialog::forgetSaved);
    lookUpSaved();
}

DatabaseLocation ServerDialog::location() const
{
    DatabaseLocation l = DatabaseLocation::server(m_host->text().trimmed(), m_port->value(),
                                                  m_database->text().trimmed(), m_user->text().trimmed());
    l.setPassword(m_password->text());
    return l;
}

bool ServerDialog::remembersPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerDialog::lookUpSaved()
{
    const DatabaseLocation l = location();
    if (m_filledFromKeyring) {
        // A password filled in for another account is not this one's, nor is its 记住密码.
        m_password->clear();
        m_remember->setChecked(false);
        m_filledFromKeyring = false;
    }
    const QString key = ServerPassword::key(l);
    m_store.read(key, this, [this, key](const SecretResult &r) {
        if (key != ServerPassword::key(location()))
            return; // the fields changed meanwhile; their own look-up answers for them
        if (r.isDone() && m_password->text().isEmpty()) {
            m_password->setText(r.secret);
            m_filledFromKeyring = true;
        }
        showKeyringState(r, false);
    });
}

void ServerDialog::forgetSaved()
{
    const QString key = ServerPassword::key(location());
    m_store.remove(key, this, [this](const SecretResult &r) {
        if (r.isDone() || r.kind == SecretResult::NotFound) {
            if (m_filledFromKeyring)
                m_password->clear();
            m_filledFromKeyring = false;
            m_remember->setChecked(false);
        }
        showKeyringState(r, true);
    });
}

void ServerDialog::showKeyringState(const SecretResult &r, bool forgotten)
{
    const bool available = r.kind != SecretResult::Unavailable;
    m_remember->setEnabled(available);
    switch (r.kind) {
    case SecretResult::Done:
        m_remember->setChecked(!forgotten);
        m_forget->setEnabled(!forgotten);
        m_note->setText(forgotten ? tr("已从系统钥匙串中删除保存的密码。") : tr("已填入系统钥匙串中保存的密码。"));
        break;
    case SecretResult::NotFound:
        m_forget->setEnabled(false);
        m_note->setText(forgotten ? tr("已从系统钥匙串中删除保存的密码。")
                                  : tr("勾选“记住密码”，连接成功后密码保存在系统钥匙串中；否则每次连接时输入。"));
        break;
    case SecretResult::Unavailable:
        m_remember->setChecked(false);
        m_forget->setEnabled(false);
        m_note->setText(tr("本机没有可用的系统钥匙串，密码不会保存，每次连接时输入。"));
        break;
    case SecretResult::Refused:
    case SecretResult::Failed:
        m_note->setText(tr("系统钥匙串未能读取密码（%1），请输入密码。").arg(r.message));
        break;
    }
    emit keyringAnswered();
}

void ServerDialog::keepPassword(const DatabaseLocation &location, SecretStore::Callback done) const
{
    const SecretStore::Callback report = done ? std::move(done) : [](const SecretResult &) {};
    const QString key = ServerPassword::key(location);
    // No context: the keyring's answer may come after the dialog is gone.
    if (remembersPassword() && !location.password().isEmpty())
        m_store.write(key, location.password(), nullptr, report);
    else if (m_remember->isEnabled())
        m_store.remove(key, nullptr, report);
    else
        report(SecretResult{SecretResult::Unavailable, QString(), QString()});
}

Status ServerDialog::connect(Session *session, DatabaseLocation location, QWidget *parent, bool mayAsk, bool lookInKeyring)
{
    if (!location.isValid())
        return Status::failure(tr("请填写服务器上的数据库名称。"));
    if (location.password().isEmpty())
        location.setPassword(qEnvironmentVariable("PGPASSWORD"));
    Status s = session->open(location, false);
    if (lookInKeyring && location.password().isEmpty() && ServerPassword::isMissing(s)) {
        // Before the window exists: nothing can re-enter while this waits for the keyring.
        location.setPassword(ServerPassword::lookUp(location));
        if (!location.password().isEmpty())
            s = session->open(location, false);
        if (s)
            return s;
        location.setPassword(QString());
    }
    const bool wantsPassword = !s && s.message().contains(QLatin1String("password"));
    if (!wantsPassword || !mayAsk || !location.password().isEmpty())
        return s;
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("连接服务器"),
                                                   tr("账户 %1 的密码：").arg(location.displayName()),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return s;
    location.setPassword(password);
    return session->open(location, false);
}

} // namespace qf::ui

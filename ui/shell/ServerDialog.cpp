// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerDialog.h"

#include "Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace qf::ui {

ServerDialog::ServerDialog(const DatabaseLocation &initial, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("连接服务器"));
    setObjectName(QStringLiteral("serverDialog"));
    m_host = new QLineEdit(initial.host());
    m_host->setPlaceholderText(tr("服务器名称、IP 地址或套接字目录"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port());
    m_database = new QLineEdit(initial.database());
    m_user = new QLineEdit(initial.user().isEmpty() ? Database::systemUser() : initial.user());
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);

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
    auto *note = new QLabel(tr("密码不会保存，每次连接时输入。"));
    note->setObjectName(QStringLiteral("hint"));
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("连接"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

DatabaseLocation ServerDialog::location() const
{
    DatabaseLocation l = DatabaseLocation::server(m_host->text().trimmed(), m_port->value(),
                                                  m_database->text().trimmed(), m_user->text().trimmed());
    l.setPassword(m_password->text());
    return l;
}

Status ServerDialog::connect(Session *session, DatabaseLocation location, QWidget *parent, bool mayAsk)
{
    if (!location.isValid())
        return Status::failure(tr("请填写服务器上的数据库名称。"));
    if (location.password().isEmpty())
        location.setPassword(qEnvironmentVariable("PGPASSWORD"));
    Status s = session->open(location, false);
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

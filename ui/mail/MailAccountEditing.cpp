// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailAccountEditing.h"

#include "MailAccountDialog.h"
#include "MailPassword.h"
#include "actions/MailAccountActions.h"
#include "shell/Session.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace qf::ui::MailAccountEditing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::ui::MailAccountEditing", text);
}

std::optional<MailAccount> run(Session *session, const MailAccount &start, const QString &title, QWidget *parent,
                               QString *typedPassword)
{
    const std::optional<Campaign> campaign = session->campaign();
    MailAccountDialog dialog(start, campaign, parent);
    while (dialog.exec() == QDialog::Accepted) {
        MailAccount a = dialog.account();
        if (const Status s = MailAccountActions::save(session->database(), campaign ? &*campaign : nullptr, a); !s) {
            QMessageBox::warning(parent, title, s.message());
            continue;
        }
        if (dialog.rememberPassword() && !dialog.password().isEmpty())
            SecretStore().write(MailPassword::key(a), dialog.password(), parent, [](const SecretResult &) {});
        if (typedPassword)
            *typedPassword = dialog.password();
        return a;
    }
    return std::nullopt;
}

} // namespace

std::optional<MailAccount> add(Session *session, QWidget *parent, QString *typedPassword)
{
    return run(session, MailAccount(), tr("添加邮箱"), parent, typedPassword);
}

std::optional<MailAccount> edit(Session *session, const MailAccount &account, QWidget *parent)
{
    return run(session, account, tr("修改邮箱"), parent, nullptr);
}

bool remove(Session *session, const MailAccount &account, QWidget *parent)
{
    if (QMessageBox::question(parent, tr("删除邮箱"), tr("删除邮箱“%1”的设置？").arg(account.name)) != QMessageBox::Yes)
        return false;
    if (const Status s = MailAccountActions::remove(session->database(), account.id); !s) {
        QMessageBox::warning(parent, tr("删除邮箱"), s.message());
        return false;
    }
    SecretStore().remove(MailPassword::key(account), parent, [](const SecretResult &) {});
    return true;
}

} // namespace qf::ui::MailAccountEditing

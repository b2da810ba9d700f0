// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace qf::ui {

/// One office mailbox's settings: where it is, who logs in, which office it serves. The
/// 授权码 typed here goes to the keyring when 记住授权码 is ticked, never to the database.
class MailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailAccountDialog(const MailAccount &account, const QStringList &offices, QWidget *parent = nullptr);
    MailAccount account() const;
    QString password() const;
    bool rememberPassword() const;

private:
    MailAccount m_account;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_startTls;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QLineEdit *m_user;
    QLineEdit *m_mailbox;
    QLineEdit *m_office;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace qf::ui

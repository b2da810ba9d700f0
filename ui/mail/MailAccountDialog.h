// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/MailAccount.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qf::ui {

/// One office mailbox's settings: where it is, who logs in, which office it serves. The
/// 授权码 typed here goes to the keyring when 记住授权码 is ticked, never to the database.
/// The 收报股室 offers the campaign's offices, and 确定 keeps the dialog open, saying why,
/// while it names another (MailAccountActions::officeCheck).
class MailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    MailAccountDialog(const MailAccount &account, const std::optional<Campaign> &campaign, QWidget *parent = nullptr);
    MailAccount account() const;
    QString password() const;
    bool rememberPassword() const;
    QLineEdit *officeEdit() const { return m_office; }
    /// Why 确定 did not close the dialog (empty when it did, or was not pressed).
    QString problem() const;
    void accept() override;

private:
    MailAccount m_account;
    std::optional<Campaign> m_campaign;
    QLabel *m_problem;
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

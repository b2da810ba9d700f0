// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"
#include "model/DatabaseLocation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace qf::ui {

class Session;

/// 设置 → 连接服务器: host, port, database and account of a shared PostgreSQL server. The
/// password is kept in the system keyring only when the user ticks 记住密码 (and only after
/// it connected); without a keyring the dialog says so and the password is asked each time.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const DatabaseLocation &initial, QWidget *parent = nullptr,
                          const SecretStore &store = SecretStore());
    DatabaseLocation location() const;
    bool remembersPassword() const;

    /// After a successful connect to location: keeps its password in the keyring when 记住密码
    /// is ticked, and removes a stored one when it is not. The keyring answers later (done,
    /// if given, is called then, even after the dialog is gone).
    void keepPassword(const DatabaseLocation &location, SecretStore::Callback done = {}) const;

    /// Connects the session to the server; when the server wants a password and none was
    /// given, asks for it (once per attempt) and tries again. With lookInKeyring (only before
    /// any window is shown: it waits for the keyring) a stored password is tried first.
    static Status connect(Session *session, DatabaseLocation location, QWidget *parent, bool mayAsk = true,
                          bool lookInKeyring = false);

signals:
    /// The keyring answered a look-up or a 忘记保存的密码 (the note says how).
    void keyringAnswered();

private:
    void lookUpSaved();
    void forgetSaved();
    void showKeyringState(const SecretResult &r, bool forgotten);

    SecretStore m_store;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_forget;
    QLabel *m_note;
    bool m_filledFromKeyring = false;
};

} // namespace qf::ui

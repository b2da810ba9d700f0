// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseLocation.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace qf::ui {

class Session;

/// 设置 → 连接服务器: host, port, database and account of a shared PostgreSQL server. The
/// password is asked for each time and never stored (there is no keyring to keep it in).
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const DatabaseLocation &initial, QWidget *parent = nullptr);
    DatabaseLocation location() const;

    /// Connects the session to the server; when the server wants a password and none was
    /// given, asks for it (once per attempt) and tries again.
    static Status connect(Session *session, DatabaseLocation location, QWidget *parent, bool mayAsk = true);

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTableWidget;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// 设置 → 邮箱: the offices' mailboxes in one list, to add, change or remove without going
/// through 收取报表. A mailbox whose 收报股室 is not one of the open campaign's offices says
/// so in the list, since 催报 would not find it by that office.
class MailAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, ServerColumn, OfficeColumn, ColumnCount };

    explicit MailAccountsDialog(Session *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void load(qint64 select = 0);
    std::optional<MailAccount> current() const;

    Session *m_session;
    QList<MailAccount> m_list;
    ReadFailureBanner *m_readFailure = nullptr;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailAccountsDialog.h"

#include "MailAccountEditing.h"
#include "actions/MailAccountActions.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

MailAccountsDialog::MailAccountsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("邮箱"));
    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    auto *hint = new QLabel(tr("各股室收取报表、发送催报和回执的邮箱。催报从截止期限“报至”股室的邮箱发出。"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("名称"), tr("邮箱地址"), tr("收信服务器"), tr("收报股室")});
    m_table->horizontalHeader()->setSectionResizeMode(OfficeColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NameColumn, 140);
    m_table->setColumnWidth(AddressColumn, 200);
    m_table->setColumnWidth(ServerColumn, 180);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_add = buttons->addButton(tr("添加…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("修改…"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("删除"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto a = MailAccountEditing::add(m_session, this))
            load(a->id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto a = current())
            if (const auto changed = MailAccountEditing::edit(m_session, *a, this))
                load(changed->id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto a = current(); a && MailAccountEditing::remove(m_session, *a, this))
            load();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(current().has_value());
        m_remove->setEnabled(current().has_value());
    });
    resize(760, 360);
    load();
}

void MailAccountsDialog::load(qint64 select)
{
    // Accounts the database did not hand over are not "no mailbox yet": the list stays.
    Status read;
    const QList<MailAccount> accounts = MailAccountActions::accounts(m_session->database(), &read);
    const std::optional<Campaign> campaign = m_session->campaign(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_list = accounts;
    m_table->setRowCount(int(m_list.size()));
    int selectRow = m_list.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_list.size(); ++row) {
        const MailAccount &a = m_list.at(row);
        QString office = a.office.isEmpty() ? tr("（不按股室区分）") : a.office;
        // Saved under an earlier campaign, or before its offices were renamed.
        const Status check = MailAccountActions::officeCheck(campaign ? &*campaign : nullptr, a.office);
        if (!check)
            office = tr("%1（不是本专项整治的股室，催报不会按它选用此邮箱）").arg(a.office);
        const QStringList cells = {a.name, a.address,
                                   QStringLiteral("%1:%2").arg(a.imapHost).arg(a.imapPort), office};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            item->setToolTip(c == OfficeColumn && !check ? check.message() : cells.at(c));
            m_table->setItem(row, c, item);
        }
        if (a.id == select)
            selectRow = row;
    }
    m_table->clearSelection();
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_edit->setEnabled(current().has_value());
    m_remove->setEnabled(current().has_value());
}

std::optional<MailAccount> MailAccountsDialog::current() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    for (const MailAccount &a : m_list)
        if (a.id == id)
            return a;
    return std::nullopt;
}

} // namespace qf::ui

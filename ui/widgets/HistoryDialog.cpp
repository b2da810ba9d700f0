// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
QString actionName(const QString &action)
{
    if (action == QLatin1String("insert"))
        return HistoryDialog::tr("新增");
    if (action == QLatin1String("delete"))
        return HistoryDialog::tr("删除");
    return HistoryDialog::tr("修改");
}
}

HistoryDialog::HistoryDialog(const QString &title, const QList<AuditEntry> &entries, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("变更记录 — %1").arg(title));
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("时间"), tr("操作人"), tr("操作"), tr("内容")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    for (const AuditEntry &e : entries) {
        QStringList details = e.changes();
        if (e.action == QLatin1String("insert"))
            details = QStringList{tr("建立记录")};
        auto *item = new QTreeWidgetItem(m_tree, {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                  e.actor, actionName(e.action), details.join(QLatin1Char('\n'))});
        item->setToolTip(3, details.join(QLatin1Char('\n')));
    }
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *note = new QLabel(entries.isEmpty() ? tr("没有变更记录。") : tr("变更记录由数据库自动保存，任何人都不能修改或删除。"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 420);
}

int HistoryDialog::entryCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace qf::ui

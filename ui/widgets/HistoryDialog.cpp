// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
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

// Locks and the reasons for typed figures read as what the user did, not as columns.
QStringList describe(const AuditEntry &e)
{
    const QJsonObject &now = e.action == QLatin1String("delete") ? e.oldValues : e.newValues;
    if (e.table == QLatin1String("period_lock")) {
        const bool whole = now.value(QStringLiteral("unit_key")).toString() == QLatin1String("*");
        if (e.action == QLatin1String("insert"))
            return {whole ? HistoryDialog::tr("签发本月：全部单位锁定") : HistoryDialog::tr("验收本月：锁定")};
        if (!now.value(QStringLiteral("unlocked_at")).toString().isEmpty())
            return {(whole ? HistoryDialog::tr("取消签发，解锁。理由：%1") : HistoryDialog::tr("解锁。理由：%1"))
                        .arg(now.value(QStringLiteral("unlock_reason")).toString())};
        // The figures the lock covers were stored as they then showed (SignMonth).
        if (e.oldValues.value(QStringLiteral("frozen_at")).toString().isEmpty()
            && !now.value(QStringLiteral("frozen_at")).toString().isEmpty())
            return {HistoryDialog::tr("锁定时的数字已保存，此后按其显示")};
    }
    if (e.table == QLatin1String("figure_override")) {
        const int column = now.value(QStringLiteral("column_no")).toInt();
        if (e.action == QLatin1String("delete"))
            return {HistoryDialog::tr("第%1栏恢复台账计算").arg(column)};
        return {HistoryDialog::tr("第%1栏以填报数覆盖台账数。理由：%2").arg(column).arg(now.value(QStringLiteral("reason")).toString())};
    }
    if (e.table == QLatin1String("figure")) {
        const int column = now.value(QStringLiteral("column_no")).toInt();
        const QJsonValue before = e.oldValues.value(QStringLiteral("number"));
        const QJsonValue after = e.newValues.value(QStringLiteral("number"));
        auto show = [](const QJsonValue &v) { return v.isNull() || v.isUndefined() ? HistoryDialog::tr("（空）") : v.toVariant().toString(); };
        if (e.action == QLatin1String("insert"))
            return {HistoryDialog::tr("第%1栏填写 %2").arg(column).arg(show(after))};
        if (e.action == QLatin1String("delete"))
            return {HistoryDialog::tr("第%1栏删除（原为 %2）").arg(column).arg(show(before))};
        if (before != after)
            return {HistoryDialog::tr("第%1栏 %2 → %3").arg(column).arg(show(before), show(after))};
    }
    if (e.action == QLatin1String("insert"))
        return {HistoryDialog::tr("建立记录")};
    return e.changes();
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
        const QStringList details = describe(e);
        auto *item = new QTreeWidgetItem(m_tree, {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                  e.who(), actionName(e.action), details.join(QLatin1Char('\n'))});
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

namespace qf::ui {

QStringList HistoryDialog::details() const
{
    QStringList texts;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        texts << m_tree->topLevelItem(i)->text(3);
    return texts;
}

} // namespace qf::ui

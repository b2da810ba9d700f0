// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCellDialog.h"

#include "forms/FormDescription.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qf::ui {

LedgerCellDialog::LedgerCellDialog(const LedgerCell &cell, const QString &unitName, QWidget *parent) : QDialog(parent)
{
    const FormDescription &form = FormCatalog::form(cell.form);
    const FormColumn *column = form.column(cell.column);
    setWindowTitle(tr("%1 第%2栏的台账记录").arg(form.attachment).arg(cell.column));
    auto *head = new QLabel(tr("<b>%1　%2　%3（第%4栏）：%5</b><br>计算方法：%6")
                                .arg(unitName, cell.period.label(), !column ? QString() : column->group.isEmpty() || column->label.startsWith(column->group) ? column->label : column->group + column->label)
                                .arg(cell.column)
                                .arg(cell.covered ? QString::number(cell.value) : tr("未建台账"))
                                .arg(cell.how.toHtmlEscaped()));
    head->setWordWrap(true);
    m_table = new QTableWidget(int(cell.items.size()), 5);
    m_table->setHorizontalHeaderLabels({tr("日期"), tr("台账"), tr("机构"), tr("计数"), tr("内容")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < cell.items.size(); ++r) {
        const LedgerCell::Item &item = cell.items.at(r);
        const LedgerEntry &e = item.entry;
        const QString amount = !item.counted ? tr("已计")
                                             : QString::number(e.distinctKey.isEmpty() ? e.amount : 1);
        const QStringList texts{e.from.toString(Qt::ISODate), tr("%1 #%2").arg(ledgerKinds().name(e.ledger)).arg(e.recordId),
                                item.institutionName, amount, e.text};
        for (int c = 0; c < texts.size(); ++c) {
            auto *cellItem = new QTableWidgetItem(texts.at(c));
            if (!item.counted)
                cellItem->setForeground(QColor(0x88, 0x88, 0x88));
            m_table->setItem(r, c, cellItem);
        }
    }
    // The counted records add up to the figure: say so, so a reader can check it.
    double sum = 0;
    for (const LedgerCell::Item &item : cell.items)
        if (item.counted)
            sum += item.entry.distinctKey.isEmpty() ? item.entry.amount : 1;
    m_total = std::round(sum * 10000.0) / 10000.0;
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(m_table, 1);
    if (!cell.items.isEmpty()) {
        auto *total = new QLabel(tr("合计：%1（%2 条记录计入）").arg(QString::number(m_total)).arg(std::count_if(
            cell.items.cbegin(), cell.items.cend(), [](const LedgerCell::Item &i) { return i.counted; })));
        total->setObjectName(QStringLiteral("ledgerCellTotal"));
        layout->addWidget(total);
    }
    if (cell.items.isEmpty())
        layout->addWidget(new QLabel(cell.covered ? tr("月末前没有计入此栏的记录，故为0。") : tr("该单位没有建立此栏所用的台账，数字以填报为准。")));
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableListEditor.h"

#include "RowFocusTracker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

TableListEditor::TableListEditor(const QStringList &headers, const QString &addLabel, QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_focus = new RowFocusTracker(m_table);

    auto *add = new QPushButton(addLabel);
    m_remove = new QPushButton(tr("删除"));
    m_up = new QPushButton(tr("上移"));
    m_down = new QPushButton(tr("下移"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        appendItem();
        rebuild();
        m_table->setCurrentCell(itemCount() - 1, 0);
        emit rowsChanged();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= itemCount())
            return;
        removeItem(row);
        rebuild();
        emit rowsChanged();
        emit changed();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TableListEditor::updateButtons);
    updateButtons();
}

void TableListEditor::move(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= itemCount())
        return;
    moveItem(row, to);
    rebuild();
    m_table->setCurrentCell(to, 0);
    emit rowsChanged();
    emit changed();
}

void TableListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < itemCount());
}

void TableListEditor::rebuild()
{
    m_table->clearContents();
    m_table->setRowCount(itemCount());
    for (int row = 0; row < itemCount(); ++row)
        fillRow(row);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_widths.size() && c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, m_widths.at(c));
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

void TableListEditor::place(int row, int column, QWidget *editor)
{
    m_table->setCellWidget(row, column, editor);
    m_focus->watch(editor, row, column);
}

} // namespace qf::ui

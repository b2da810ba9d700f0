// SPDX-License-Identifier: GPL-3.0-or-later
// The grid's spreadsheet habits: copying a block out, pasting one in, clearing cells, and
// saying at the cell why a typed value was refused.
#include "EntryPage.h"

#include "ClipboardTable.h"
#include "EntryGrid.h"
#include "EntryModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelection>
#include <QLabel>
#include <QMimeData>
#include <QToolTip>

namespace qf::ui {

namespace {

/// The smallest rectangle around the selected cells (the current cell without a selection).
QRect selectedRect(const EntryGrid *view)
{
    QRect rect;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rect |= QRect(index.column(), index.row(), 1, 1);
    if (rect.isNull() && view->currentIndex().isValid())
        rect = QRect(view->currentIndex().column(), view->currentIndex().row(), 1, 1);
    return rect;
}

} // namespace

QString EntryPage::stateText() const
{
    return m_state->text();
}

void EntryPage::setState(const QString &text)
{
    // The line gives way to the lock bar's buttons when a message is long; the whole
    // message stays in its tooltip.
    m_state->setText(text);
    m_state->setToolTip(text);
}

void EntryPage::showRefusal(const QModelIndex &index, const QString &message)
{
    const QString old = index.data().toString();
    const QString text = old.isEmpty() ? tr("%1。未修改，此格仍为空。").arg(message)
                                       : tr("%1。未修改，此格仍为 %2。").arg(message, old);
    setState(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()));
    if (m_view->isVisible())
        QToolTip::showText(m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft()), text, m_view);
}

QString EntryPage::skippedText(const QHash<int, int> &skipped) const
{
    QStringList parts;
    int total = 0;
    const QList<std::pair<EntryModel::ReadOnly, QString>> reasons = {
        {EntryModel::ReadOnly::Ledger, tr("由台账计算")},
        {EntryModel::ReadOnly::Locked, tr("已验收或已签发")},
        {EntryModel::ReadOnly::Computed, tr("合计行")},
        {EntryModel::ReadOnly::Derived, tr("由名册计算")},
        {EntryModel::ReadOnly::Fixed, tr("单位、报送情况栏")},
    };
    for (const auto &[kind, label] : reasons)
        if (const int n = skipped.value(int(kind)); n > 0) {
            parts << tr("%1 %2 格").arg(label).arg(n);
            total += n;
        }
    return total == 0 ? QString() : tr("跳过不能填写的 %1 格（%2）").arg(total).arg(parts.join(tr("、")));
}

void EntryPage::copySelection()
{
    const QRect rect = selectedRect(m_view);
    if (rect.isNull())
        return;
    const QItemSelectionModel *selection = m_view->selectionModel();
    QList<QStringList> rows;
    for (int r = rect.top(); r <= rect.bottom(); ++r) {
        QStringList row;
        for (int c = rect.left(); c <= rect.right(); ++c) {
            const QModelIndex index = m_model->index(r, c);
            // The figure as the form writes it; the month's increase is not part of it.
            row << (selection->isSelected(index) || rect.width() * rect.height() == 1 ? index.data().toString() : QString());
        }
        rows << row;
    }
    auto *mime = new QMimeData;
    mime->setText(ClipboardTable::toText(rows));
    mime->setHtml(ClipboardTable::toHtml(rows));
    QGuiApplication::clipboard()->setMimeData(mime);
    setState(tr("已复制 %1 行 %2 列").arg(rect.height()).arg(rect.width()));
}

void EntryPage::pasteClipboard()
{
    // Excel and WPS put text/html beside the text; the text is the cells' values as shown.
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    pasteText(mime && mime->hasText() ? mime->text() : QString());
}

void EntryPage::pasteText(const QString &text)
{
    const QList<QStringList> block = ClipboardTable::parse(text);
    const QModelIndex start = m_view->currentIndex();
    if (block.isEmpty() || !start.isValid()) {
        setState(block.isEmpty() ? tr("剪贴板中没有可粘贴的内容") : tr("请先选中粘贴的起始单元格"));
        return;
    }
    int width = 0;
    for (const QStringList &row : block)
        width = qMax(width, int(row.size()));
    const int rows = qMin(int(block.size()), m_model->rowCount() - start.row());
    const int columns = qMin(width, m_model->columnCount() - start.column());

    QList<EntryModel::CellText> cells;
    QHash<int, int> skipped;
    QStringList refused;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < qMin(int(block.at(r).size()), columns); ++c) {
            const QModelIndex index = m_model->index(start.row() + r, start.column() + c);
            if (const auto kind = m_model->readOnlyKind(index); kind != EntryModel::ReadOnly::Editable) {
                ++skipped[int(kind)];
                continue;
            }
            if (const QString why = m_model->refusal(index, block.at(r).at(c)); !why.isEmpty())
                refused << why;
            else
                cells << EntryModel::CellText{index, block.at(r).at(c)};
        }
    if (!refused.isEmpty()) {
        // Half a block would leave the clerk to find which cells went in: nothing does.
        setState(QStringLiteral("<span style='color:#b3261e'>%1</span>")
                             .arg(tr("未粘贴：%1 个值不符合要求").arg(refused.size()).toHtmlEscaped()));
        m_ask(tr("粘贴"), tr("粘贴的内容中有 %1 个值不符合要求，什么也没有粘贴：\n\n%2\n\n请在表格中改正后再复制粘贴。")
                              .arg(refused.size()).arg(refused.join(QLatin1Char('\n'))),
              QMessageBox::Ok);
        return;
    }
    const int changed = m_model->setTexts(cells, tr("粘贴"));
    m_view->selectionModel()->select(QItemSelection(start, m_model->index(start.row() + rows - 1, start.column() + columns - 1)),
                                     QItemSelectionModel::ClearAndSelect);
    QStringList parts{tr("已粘贴 %1 行 %2 列，修改 %3 格").arg(rows).arg(columns).arg(changed)};
    if (const QString s = skippedText(skipped); !s.isEmpty())
        parts << s;
    if (rows < block.size() || columns < width)
        parts << tr("粘贴内容有 %1 行 %2 列，超出表格的 %3 行 %4 列未粘贴")
                     .arg(block.size()).arg(width).arg(block.size() - rows).arg(width - columns);
    setState(parts.join(tr("；")));
}

void EntryPage::clearSelectedCells()
{
    const QRect rect = selectedRect(m_view);
    QList<EntryModel::CellText> cells;
    QHash<int, int> skipped;
    for (int r = rect.top(); r <= rect.bottom(); ++r)
        for (int c = rect.left(); c <= rect.right(); ++c) {
            const QModelIndex index = m_model->index(r, c);
            if (rect.width() * rect.height() > 1 && !m_view->selectionModel()->isSelected(index))
                continue;
            if (const auto kind = m_model->readOnlyKind(index); kind != EntryModel::ReadOnly::Editable)
                ++skipped[int(kind)];
            else
                cells << EntryModel::CellText{index, QString()};
        }
    if (cells.isEmpty() && skipped.isEmpty())
        return;
    QStringList parts{tr("已清除 %1 格").arg(m_model->setTexts(cells, tr("清除")))};
    if (const QString s = skippedText(skipped); !s.isEmpty())
        parts << s;
    setState(parts.join(tr("；")));
}

} // namespace qf::ui

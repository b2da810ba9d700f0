// SPDX-License-Identifier: GPL-3.0-or-later
// What the grid's cells offer beyond typing: the context menu, the read-only cells, and
// the ledger's figures with their drill-down and overrides.
#include "EntryPage.h"

#include "EntryGrid.h"
#include "EntryModel.h"
#include "actions/FigureOverrideActions.h"
#include "MonthLockBar.h"
#include "ReasonDialog.h"
#include "ledgers/LedgerCellDialog.h"
#include "forms/FormDescription.h"
#include "shell/Session.h"

#include <QAction>
#include <QMenu>

namespace qf::ui {

void EntryPage::contextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    if (!m_model->isUnitRow(index.row())) {
        if (!m_model->isLedgerCell(index))
            return;
        QMenu menu(this);
        QAction *explain = menu.addAction(tr("查看台账记录…"));
        if (menu.exec(globalPos) == explain)
            explainAt(index);
        return;
    }
    const int row = index.row();
    const QString key = m_model->unitKeyAt(row);
    const UnitFigures *unit = nullptr;
    for (const UnitFigures &u : m_model->table().units)
        if (u.unit.key == key)
            unit = &u;
    int statusColumn = 0;
    for (int c = 0; c < m_model->fixedColumnCount(); ++c)
        if (m_model->fixedColumn(c) == EntryModel::Fixed::Status)
            statusColumn = c;

    const bool locked = m_model->isLocked(row);
    QMenu menu(this);
    QAction *explain = nullptr, *keep = nullptr, *restore = nullptr, *useLedger = nullptr;
    if (m_model->isLedgerCell(index)) {
        explain = menu.addAction(tr("查看台账记录…"));
        if (m_model->isOverridden(index)) {
            restore = menu.addAction(tr("恢复台账计算"));
            restore->setEnabled(!locked);
        } else {
            // A typed figure the ledger disagrees with: take the ledger's in one click, or
            // keep the typed one with a reason.
            if (typedDisagrees(index)) {
                useLedger = menu.addAction(tr("使用台账数（%1）").arg(index.data().toString()));
                useLedger->setEnabled(!locked);
            }
            keep = menu.addAction(tr("以填报数覆盖…"));
            keep->setEnabled(!locked);
        }
        menu.addSeparator();
    }
    QAction *unchanged = menu.addAction(tr("按上月数报送（本月无变化）"));
    unchanged->setEnabled(!locked && unit && !unit->reported && unit->hasAny && !m_model->isChanged(key));
    QAction *date = menu.addAction(tr("修改报送日期…"));
    date->setEnabled(!locked);
    QAction *revert = menu.addAction(tr("撤销此单位的修改"));
    revert->setEnabled(m_model->isChanged(key));
    menu.addSeparator();
    QAction *accept = nullptr, *unlock = nullptr;
    if (locked)
        unlock = menu.addAction(tr("解锁…"));
    else
        accept = menu.addAction(tr("验收本月"));
    QAction *history = menu.addAction(tr("变更记录…"));
    QAction *chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == explain)
        explainAt(index);
    else if (chosen == keep)
        overrideAt(index);
    else if (chosen == restore)
        restoreAt(index);
    else if (chosen == useLedger)
        useLedgerAt(index);
    else if (chosen == unchanged)
        m_model->reportUnchanged(row);
    else if (chosen == date)
        m_view->frozenView()->edit(m_model->index(row, statusColumn));
    else if (chosen == revert)
        m_model->revertUnit(key);
    else if (chosen == accept)
        m_lockBar->acceptCurrent();
    else if (chosen == unlock)
        m_lockBar->unlockCurrent();
    else if (chosen == history)
        m_lockBar->showHistory();
}

QString EntryPage::rowName(int row) const
{
    return m_model->index(row, 0).data().toString();
}

void EntryPage::readOnlyCell(const QModelIndex &index, bool doubleClicked)
{
    const int row = index.row();
    if (doubleClicked && m_model->isLedgerCell(index)) {
        explainAt(index);
    } else if (m_model->isLocked(row)) {
        m_ask(tr("已锁定"),
              tr("%1 %2的%3%4，数字已锁定，不能修改。\n\n如确需修改，请先“解锁…”并说明理由。")
                  .arg(rowName(row), m_period.label(), FormCatalog::form(m_form).attachment,
                       m_model->isMonthSigned() ? tr("已签发") : tr("已验收")),
              QMessageBox::Ok);
    } else if (m_model->isLedgerCell(index) && m_model->isUnitRow(row)) {
        m_ask(tr("由台账计算"),
              tr("此数由台账计算，不能直接填写。双击可查看组成此数的记录；若本单位台账不全，请右键选择“以填报数覆盖…”并写明理由。"),
              QMessageBox::Ok);
    }
}

LedgerCell EntryPage::explainCell(const QModelIndex &index) const
{
    const int column = m_model->formColumnAt(index.column());
    if (!index.isValid() || column == 0 || m_campaign.id == 0)
        return {};
    return FigureOverrideActions::explain(m_session->database(), m_campaign.id, m_form, column, m_period,
                                    m_model->unitsOfRow(index.row()));
}

void EntryPage::explainAt(const QModelIndex &index)
{
    const LedgerCell cell = explainCell(index);
    if (cell.form == 0)
        return;
    LedgerCellDialog dialog(cell, rowName(index.row()), this);
    dialog.exec();
}

Status EntryPage::keepTyped(const QModelIndex &index, double figure, const QString &reason)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (key.isEmpty() || column == 0 || !m_model->isLedgerCell(index))
        return Status::failure(tr("请选择一个由台账计算的单位数字。"));
    return storeFigure(index.row(), [&] {
        return FigureOverrideActions::keepTyped(m_session->database(), m_model->typedReport(key), column, figure, reason);
    });
}

Status EntryPage::storeFigure(int row, const std::function<Status()> &store)
{
    if (m_model->isLocked(row))
        return Status::failure(tr("%1 本月已锁定，请先解锁。").arg(rowName(row)));
    if (m_model->hasChanges())
        return Status::failure(tr("请先保存或撤销尚未保存的修改。"));
    const Status s = store();
    if (s)
        reloadSaved();
    return s;
}

Status EntryPage::restoreLedger(const QModelIndex &index)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (key.isEmpty() || column == 0)
        return Status::failure(tr("请选择一个单位的数字。"));
    return storeFigure(index.row(), [&] {
        return FigureOverrideActions::restoreLedger(m_session->database(), m_model->typedReport(key), column);
    });
}

bool EntryPage::typedDisagrees(const QModelIndex &index) const
{
    if (!m_model->isLedgerCell(index) || m_model->isOverridden(index))
        return false;
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (key.isEmpty() || column == 0)
        return false;
    const Report typed = m_model->typedReport(key);
    return typed.hasNumber(column) && typed.number(column) != index.data(Qt::EditRole).toDouble();
}

void EntryPage::useLedgerAt(const QModelIndex &index)
{
    // The ledger's figure is the one shown already: taking it asks nothing more than
    // leaving unsaved edits behind would.
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (!confirmLeave())
        return;
    if (const Status s = restoreLedger(m_model->indexOf(key, column)); !s)
        m_ask(tr("使用台账数"), s.message(), QMessageBox::Ok);
}

void EntryPage::overrideAt(const QModelIndex &index)
{
    const int row = index.row();
    const QString key = m_model->unitKeyAt(row);
    const int column = m_model->formColumnAt(index.column());
    const FormColumn *c = FormCatalog::form(m_form).column(column);
    // Storing the figure reloads the grid: unsaved edits are saved or dropped first.
    if (key.isEmpty() || !c || !confirmLeave())
        return;
    // Start from what the unit typed, if it typed something that the ledger overrules.
    const QModelIndex current = m_model->indexOf(key, column);
    const Report typed = m_model->typedReport(key);
    const double start = typed.hasNumber(column) ? typed.number(column) : current.data(Qt::EditRole).toDouble();
    ReasonDialog dialog(tr("以填报数覆盖"),
                        tr("%1 %2 第%3栏（%4）：台账计算为 %5。\n填写采用的数字，并说明为什么以填报数为准（如：台账记录不全）。")
                            .arg(rowName(row), m_period.label()).arg(column).arg(c->label, current.data().toString()),
                        this);
    dialog.askFigure(tr("填报数："), start, c->kind == ColumnKind::Amount ? 2 : 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = keepTyped(m_model->indexOf(key, column), dialog.figure(), dialog.reason()); !s)
        m_ask(tr("以填报数覆盖"), s.message(), QMessageBox::Ok);
}

void EntryPage::restoreAt(const QModelIndex &index)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (!confirmLeave())
        return;
    if (m_ask(tr("恢复台账计算"), tr("删除此栏的填报数和理由，改用台账计算的数字？"), QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Status s = restoreLedger(m_model->indexOf(key, column)); !s)
        m_ask(tr("恢复台账计算"), s.message(), QMessageBox::Ok);
}

} // namespace qf::ui

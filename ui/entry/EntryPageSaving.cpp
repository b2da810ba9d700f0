// SPDX-License-Identifier: GPL-3.0-or-later
// Saving the month's edits, and what happens to unsaved ones when the page is left.
#include "EntryPage.h"

#include "EntryGrid.h"
#include "EntryModel.h"
#include "actions/SaveReports.h"
#include "forms/FormDescription.h"
#include "shell/Session.h"

#include <QLabel>
#include <QSet>

namespace qf::ui {

bool EntryPage::save()
{
    if (!m_model->hasChanges())
        return true;
    m_view->setFocus();   // commits an open editor
    QList<Report> reports = m_model->changedReports();
    QSet<QString> changed;
    for (const Report &r : reports)
        changed.insert(r.unitKey);
    int errors = 0;
    for (const Finding &f : m_model->table().findings)
        errors += f.isError() && changed.contains(f.unitKey) ? 1 : 0;
    // The months after this one are stored already: a figure above the next month's would
    // make that month show a fall, which only the save can see.
    QList<Finding> later;
    if (const Status read = SaveReports::laterConflicts(m_session->database(), m_session->campaignId(), reports, &later); !read) {
        m_ask(tr("保存报表"), read.message(), QMessageBox::Ok);
        return false;
    }
    // One question for both, never two dialogs in a row.
    QStringList problems;
    if (errors > 0)
        problems << tr("要保存的报表中有 %1 个错误（见下方检查结果）。").arg(errors);
    if (!later.isEmpty()) {
        // A pasted block can contradict many cells: the first ten, and how many more.
        QStringList lines;
        for (const Finding &f : later.mid(0, 10))
            lines << f.describe();
        if (later.size() > 10)
            lines << tr("……另有 %1 处").arg(later.size() - 10);
        problems << tr("与以后月份已存的累计数矛盾（%1 处）：\n%2").arg(later.size()).arg(lines.join(QLatin1Char('\n')));
    }
    if (!problems.isEmpty()
        && m_ask(tr("保存报表"),
                 tr("%1\n\n仍然保存为草稿吗？签发或导出前还需改正。").arg(problems.join(QStringLiteral("\n\n"))),
                 QMessageBox::Save | QMessageBox::Cancel) != QMessageBox::Save)
        return false;
    const Status s = SaveReports::save(m_session->database(), reports);
    if (!s) {
        // The edits stay in the grid either way: nothing was written, nothing is lost.
        if (m_session->database().connectionLost())
            m_ask(tr("保存报表"),
                  tr("与服务器 %1 的连接已断开，什么也没有保存。\n\n"
                     "您的 %2 个单位的修改仍保留在本窗口中：连接恢复后再点“保存”。")
                      .arg(m_session->database().location().displayName())
                      .arg(reports.size()),
                  QMessageBox::Ok);
        else
            m_ask(tr("保存报表"), s.message(), QMessageBox::Ok);
        return false;
    }
    reloadSaved();
    setState(tr("已保存 %1 个单位的报表").arg(reports.size()));
    return true;
}

void EntryPage::reloadSaved()
{
    // The page's own notice must not reload it a second time.
    m_saving = true;
    loadModel();
    m_session->notifyChanged(Session::Change::Figures);
    m_saving = false;
}

void EntryPage::revertAll()
{
    m_model->revertAll();
}

bool EntryPage::confirmLeave()
{
    if (!m_model->hasChanges())
        return true;
    const auto answer = m_ask(tr("未保存的修改"),
                              tr("%1 %2 有 %3 个单位的修改尚未保存。\n\n保存这些修改吗？")
                                  .arg(FormCatalog::form(m_form).attachment, m_period.label())
                                  .arg(m_model->changedCount()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revertAll();
        return true;
    }
    return false;
}

} // namespace qf::ui

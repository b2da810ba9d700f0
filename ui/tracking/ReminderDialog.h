// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ReminderList.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace qf::ui {

/// The 催报名单 to copy into a chat group or a spreadsheet, print, export as a workbook, or
/// save as text.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    /// `all` and `overdueOnly` are the same obligations built two ways; the check box picks one.
    ReminderDialog(const QString &heading, const ReminderList &all, const ReminderList &overdueOnly,
                   QWidget *parent = nullptr);
    QString text() const;
    /// Writes the list shown as a workbook (what 导出 Excel… does once a file is chosen).
    Status exportTo(const QString &path) const;
    /// Puts the list shown on the clipboard as a table (what 复制表格 does).
    void copyTable();
    /// Adds 发送催报邮件…, which calls `open` (the page opens the mail dialog over its session).
    void offerMail(const std::function<void()> &open);

private:
    void refresh();
    void copy();
    void print();
    void saveText();
    void exportWorkbook();
    const ReminderList &current() const;

    QString m_heading;
    ReminderList m_all;
    ReminderList m_overdue;
    QCheckBox *m_overdueOnly;
    QPlainTextEdit *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace qf::ui

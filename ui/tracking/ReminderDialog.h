// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ReminderList.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace qf::ui {

/// The 催报名单 to copy into a chat group, print, or save as text.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    /// `all` and `overdueOnly` are the same obligations built two ways; the check box picks one.
    ReminderDialog(const QString &heading, const ReminderList &all, const ReminderList &overdueOnly,
                   QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();
    void copy();
    void print();
    void saveText();
    const ReminderList &current() const;

    QString m_heading;
    ReminderList m_all;
    ReminderList m_overdue;
    QCheckBox *m_overdueOnly;
    QPlainTextEdit *m_view;
};

} // namespace qf::ui

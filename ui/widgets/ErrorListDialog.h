// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace qf::ui {

/// A list of errors shown whole: one line per error (each naming file, sheet, cell or
/// unit) in a resizable window that can be copied from, instead of a small message box
/// that hides them behind 显示详情.
class ErrorListDialog : public QDialog
{
    Q_OBJECT
public:
    ErrorListDialog(const QString &title, const QString &summary, const QStringList &errors, QWidget *parent = nullptr);
    /// A line under the list (what the file should look like, what to do next).
    void setNote(const QString &note);
    /// A button that closes the dialog as accepted ("仍然导出"); without one there is only 关闭.
    QPushButton *addAcceptButton(const QString &text);

    QString summary() const;
    QStringList errors() const;
    QListWidget *list() const { return m_list; }

private:
    void copyAll();

    QLabel *m_summary;
    QListWidget *m_list;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailRun.h"
#include "model/YearMonth.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qf::ui {

class Session;

/// 发送催报邮件 and 发送回执: the messages a run would send (recipient, subject, attachment, or
/// why not), each readable in full before anything goes; 发送 asks once more, naming how many
/// and to whom, then sends off the UI thread with the pause and the limit shown. The core
/// actions (SendReminders, SendReceipts) keep every message to once.
class MailSendDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Reminders, Receipts };
    enum Column { StateColumn, UnitColumn, RecipientColumn, SubjectColumn, AttachmentColumn, ColumnCount };

    MailSendDialog(Session *session, Kind kind, const YearMonth &month, const QDate &today, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *sendButton() const { return m_send; }
    QSpinBox *pauseBox() const { return m_pause; }
    QLabel *summary() const { return m_summary; }
    const QList<PlannedMail> &plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }

    /// Reads what would go (off the UI thread).
    void refresh();
    /// Sends the plan's sendable messages; `confirmed` skips the question (tests).
    void send(bool confirmed = false);

private:
    void show(const QList<PlannedMail> &plan);
    void showMessage(int row);
    void setBusy(bool busy, const QString &message);
    void fillPassword();

    Session *m_session;
    Kind m_kind;
    YearMonth m_month;
    QDate m_today;
    QList<PlannedMail> m_plan;
    bool m_busy = false;
    QTableWidget *m_table;
    QPlainTextEdit *m_preview;
    QLineEdit *m_password;
    QSpinBox *m_pause;
    QSpinBox *m_max;
    QPushButton *m_send;
    QLabel *m_summary;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ImportMailAttachments.h"
#include "mail/MailCollector.h"
#include "model/MailAccount.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// 收取报表: fetches the new mail of an office mailbox off the UI thread, shows the
/// workbooks found as the folder import shows files (unit, form, month, received, what
/// importing would change, every error), and imports the clean ones. The receipt day is
/// the mail's arrival on the server. The mailboxes themselves are set up from here too.
/// When asked, the messages whose workbooks were all stored then leave the mailbox for a
/// folder (MailMover), so the mailbox keeps only what still needs the clerk.
class MailFetchDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { FileColumn, SenderColumn, InstitutionColumn, FormColumn, MonthColumn, ReceivedColumn, StatusColumn, FindingsColumn,
                  ColumnCount };

    explicit MailFetchDialog(Session *session, QWidget *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }
    QComboBox *accountBox() const { return m_accounts; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *notes() const { return m_notes; }
    QCheckBox *moveBox() const { return m_move; }
    QLineEdit *moveFolderEdit() const { return m_moveFolder; }
    QLabel *summary() const { return m_summary; }
    /// Whether a fetch or an import is under way.
    bool isBusy() const { return m_busy; }
    const QList<MailWorkbook> &workbooks() const { return m_books; }

    void fetch();
    void importClean();

private:
    void loadAccounts(qint64 select = 0);
    std::optional<MailAccount> current() const;
    void addAccount();
    void editAccount();
    void removeAccount();
    void fillPassword();
    void setBusy(bool busy, const QString &message);
    void show(const QList<MailWorkbook> &books);
    /// After an import, when asked: the current mailbox's fully imported messages go to the folder.
    void moveImported(const QString &imported);

    Session *m_session;
    QDate m_today;
    QList<MailAccount> m_list;
    ReadFailureBanner *m_readFailure = nullptr;
    QList<MailWorkbook> m_books;
    bool m_busy = false;
    QComboBox *m_accounts;
    QLineEdit *m_password;
    QPushButton *m_fetch;
    QPushButton *m_import;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QTableWidget *m_table;
    QPlainTextEdit *m_notes;
    QCheckBox *m_move;
    QLineEdit *m_moveFolder;
    QLabel *m_summary;
};

} // namespace qf::ui

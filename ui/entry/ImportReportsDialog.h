// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/WorkbookImport.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

class BackgroundJob;
class Session;

/// 导入报表: filled workbooks from many files or a folder, each recognised and checked,
/// listed with what it would change; the clean ones are stored at once, together in one
/// transaction. Each file's 收到日期 (its modification day unless the clerk types another)
/// decides whether it counts as on time. Checking and storing run on a worker
/// (BackgroundJob: a progress dialog with 取消), so that a county's files never freeze the
/// window; cancelled, the list stays as it was and nothing is stored.
class ImportReportsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { FileColumn, InstitutionColumn, FormColumn, MonthColumn, ReceivedColumn, StatusColumn, FindingsColumn, ColumnCount };

    explicit ImportReportsDialog(Session *session, QWidget *parent = nullptr);
    /// Adds files (folders are opened for their .xlsx files) and checks them all again, on a
    /// worker; the list shows them when the check is done (checked). Returns the job.
    BackgroundJob *addPaths(const QStringList &paths);
    void setToday(const QDate &today) { m_today = today; }
    const QList<WorkbookFile> &files() const { return m_files; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    /// Stores every clean file not stored yet, on a worker; imported says how many were.
    BackgroundJob *importClean();
    /// While a check or a store runs.
    bool isBusy() const { return m_busy; }

signals:
    /// The check of the files added has ended (cancelled: the list is as it was before).
    void checked(bool cancelled);
    /// The store has ended: how many files went in (0 when cancelled or refused).
    void imported(int stored);

private:
    void chooseFiles();
    void chooseFolder();
    BackgroundJob *analyse(const QStringList &paths);
    void fillTable();
    void receivedEdited(int row, int column);

    Session *m_session;
    QDate m_today;
    QStringList m_paths;
    QHash<QString, QDate> m_received;   ///< the days the user typed, by path
    bool m_filling = false;
    bool m_busy = false;
    QList<WorkbookFile> m_files;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace qf::ui

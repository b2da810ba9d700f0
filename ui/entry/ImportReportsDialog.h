// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/WorkbookImport.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

class Session;

/// 导入报表: filled workbooks from many files or a folder, each recognised and checked,
/// listed with what it would change; the clean ones are stored at once, each file in a
/// transaction of its own. Each file's 收到日期 (its modification day unless the clerk
/// types another) decides whether it counts as on time.
class ImportReportsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { FileColumn, InstitutionColumn, FormColumn, MonthColumn, ReceivedColumn, StatusColumn, FindingsColumn, ColumnCount };

    explicit ImportReportsDialog(Session *session, QWidget *parent = nullptr);
    /// Adds files (folders are opened for their .xlsx files) and checks them all again.
    void addPaths(const QStringList &paths);
    void setToday(const QDate &today) { m_today = today; }
    const QList<WorkbookFile> &files() const { return m_files; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    /// Stores every clean file not stored yet; returns how many were stored.
    int importClean();

private:
    void chooseFiles();
    void chooseFolder();
    void analyse();
    void fillTable();
    void receivedEdited(int row, int column);

    Session *m_session;
    QDate m_today;
    QStringList m_paths;
    QHash<QString, QDate> m_received;   ///< the days the user typed, by path
    bool m_filling = false;
    QList<WorkbookFile> m_files;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"
#include "model/Institution.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QAction;
class QToolButton;

namespace qf::ui {

class LedgerFilterModel;
class LedgerTableModel;
class ReadFailureBanner;
class Session;

/// One ledger as a list: filters and search, add, edit, delete, state changes, CSV
/// import and Excel export. The list shows the same table the export writes.
class LedgerTab : public QWidget
{
    Q_OBJECT
public:
    LedgerTab(Session *session, LedgerKind kind, QWidget *parent = nullptr);
    LedgerKind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    LedgerTableModel *model() const { return m_model; }
    int visibleCount() const;
    /// The last reload could not read the ledger (its banner says why).
    bool readFailed() const;
    /// The date deadlines are measured against (today, unless a test sets another).
    void setToday(const QDate &today);
    void setSearchText(const QString &text);
    void selectRecord(qint64 id);
    qint64 selectedId() const;
    /// The state changes the selected record allows, as the menu shows them.
    QStringList transitionLabels() const;

public slots:
    void reload();
    void addRecord();
    void editSelected();
    void removeSelected();
    void importCsv();
    /// Writes the ledger to an .xlsx file; asks for the name when none is given.
    bool exportXlsx(const QString &path = QString());

signals:
    void changed();

private:
    void updateActions();
    void updateSummary();
    void refillFilters();

    Session *m_session;
    LedgerKind m_kind;
    QDate m_today;
    QList<Institution> m_registry;
    LedgerTableModel *m_model;
    LedgerFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_institution;
    QComboBox *m_state;
    QCheckBox *m_overdue = nullptr;
    QToolButton *m_transitions = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_import = nullptr;
    QLabel *m_summary;
    ReadFailureBanner *m_readFailure;
};

} // namespace qf::ui

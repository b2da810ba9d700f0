// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace qf::ui {

class InstitutionFilterModel;
class InstitutionTableModel;
class ReadFailureBanner;
class Session;

/// The institution registry: a sortable, filterable table with add, edit,
/// deactivate, import and Excel export.
class RegistryPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegistryPage(Session *session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    int visibleCount() const;

public slots:
    void reload();
    void addInstitution();
    void editSelected();
    void toggleSelectedActive();
    void showHistory();
    /// Reads a registry file (`path`, or one the user chooses when it is empty); a file
    /// with errors stores nothing and lists every error.
    void importRegistry(const QString &path = QString());
    /// Writes the registry (closed institutions too when they are shown) to `path`, or to
    /// a file the user chooses when it is empty; false when nothing was written.
    bool exportRegistry(const QString &path = QString());

private:
    qint64 selectedId() const;
    void updateSummary();
    void refillTownships();

    Session *m_session;
    InstitutionTableModel *m_model;
    InstitutionFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_ownership;
    QComboBox *m_level;
    QComboBox *m_township;
    QCheckBox *m_showInactive;
    QLabel *m_summary;
    ReadFailureBanner *m_readFailure;
};

} // namespace qf::ui

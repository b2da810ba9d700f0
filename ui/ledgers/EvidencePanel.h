// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace qf {
class Database;
}

namespace qf::ui {

/// The evidence files of one problem, before and after rectification: attach, open
/// (a copy in a temporary folder, with the program the system has for it) and remove.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    EvidencePanel(Database &db, qint64 problemId, bool readOnly, QWidget *parent = nullptr);
    int count() const;
    QListWidget *list() const { return m_list; }

public slots:
    void reload();
    /// Attaches a file; returns false with a message box when it is refused.
    bool attach(const QString &path, bool after);
    void openSelected();
    void removeSelected();

private:
    void choose(bool after);
    Database &m_db;
    qint64 m_problemId;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace qf::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AuditEntry.h"

#include <QDialog>

class QTreeWidget;

namespace qf::ui {

/// The change history of one record or figure: who changed what, when, from and to.
/// Read-only: the audit trail cannot be edited from the program.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &title, const QList<AuditEntry> &entries, QWidget *parent = nullptr);
    int entryCount() const;
    /// What each entry says, in order.
    QStringList details() const;

private:
    QTreeWidget *m_tree;
};

} // namespace qf::ui

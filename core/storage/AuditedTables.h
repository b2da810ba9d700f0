// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

/// One table whose every change the audit trail records: the one place that says which
/// columns are logged. The triggers of both engines are generated from it (AuditTriggerSql).
struct AuditedTable
{
    QString table;
    QStringList keyColumns;  ///< joined with keySeparator, they are the log's row_key
    QString keySeparator;
    QStringList logged;      ///< written as old_values / new_values
    /// The columns whose change makes an update an entry; empty means the logged ones. It
    /// differs only where a confidential column is kept out of the log but its change is not.
    QStringList compared;

    QStringList comparedColumns() const { return compared.isEmpty() ? logged : compared; }
};

namespace AuditedTables {

/// Every audited table, in the order their triggers were first made.
const QList<AuditedTable> &all();

} // namespace AuditedTables

} // namespace qf

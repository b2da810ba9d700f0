// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AuditEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class Database;

/// Reads the audit trail. It is written by database triggers and cannot be edited.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database &db) : m_db(db) {}
    /// The history of one record, oldest first.
    QList<AuditEntry> history(const QString &table, const QString &rowKey) const;
    /// The history of one figure: a report's column.
    QList<AuditEntry> figureHistory(qint64 reportId, int column) const;
    /// Everything recorded about one unit's month of a form: its report and figures, the
    /// reasons for typed figures kept against the ledgers, and the locks on the month
    /// (the unit's own and the bureau's whole-month signature), oldest first.
    QList<AuditEntry> periodHistory(qint64 campaignId, int form, const QString &unitKey, const QString &period) const;
    QList<AuditEntry> recent(int limit = 200) const;

private:
    QList<AuditEntry> select(const QString &where, const QVariantList &binds, const QString &tail) const;
    Database &m_db;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace qf {

/// The few statements every ledger repository shares: insert-or-update of a record with
/// its timestamps, delete, and the steps of a record's state.
class LedgerSql
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSql)
public:
    static QString now();
    static QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
    static QVariant flag(bool on) { return on ? 1 : 0; }

    /// Inserts (when *id is 0; sets it) or updates row *id of a table with the columns
    /// given; created_at and updated_at are set here. `what` names the record in messages.
    static Status upsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values,
                         qint64 *id, const QString &what);
    static Status remove(QSqlDatabase db, const QString &table, qint64 id, const QString &what);
    /// Appends a step of a record's state to table (problem_step, tipoff_step).
    static Status addStep(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                          const QString &from, const QString &to, const QDate &on, const QString &by, const QString &note,
                          const QDateTime &recordedAt);
    /// A record's state as stored, or an empty string when there is no such record.
    static QString storedState(QSqlDatabase db, const QString &table, qint64 id);
};

} // namespace qf

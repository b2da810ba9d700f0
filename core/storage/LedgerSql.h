// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReadError.h"
#include "SqlValues.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
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
    /// The database's refusal in words a clerk can act on: a write the signed-month triggers
    /// refused says which rule it broke and what to do; anything else passes as it came.
    static QString errorText(const QSqlError &error);
    /// The stamp of a save over a record last saved at `previous`: now, or just after
    /// `previous` when the clock has not moved on, so that every save changes the stamp
    /// the next save of an older copy is checked against.
    static QString stampAfter(const QDateTime &previous);
    static QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
    static QVariant flag(bool on) { return on ? 1 : 0; }

    /// Inserts (when *id is 0; sets it) or updates row *id of a table with the columns
    /// given; created_at and updated_at are set here, and *updatedAt is set to the new
    /// stamp. An update of a record read with a valid *updatedAt is refused when someone
    /// else saved the record since (two people on one ledger must not overwrite each other
    /// unawares). `what` names the record in messages.
    static Status upsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values,
                         qint64 *id, QDateTime *updatedAt, const QString &what);
    static Status remove(QSqlDatabase db, const QString &table, qint64 id, const QString &what);
    /// Appends a step of a record's state to table (problem_step, tipoff_step).
    static Status addStep(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                          const QString &from, const QString &to, const QDate &on, const QString &by, const QString &note,
                          const QDateTime &recordedAt);
    /// A record's state as stored, or an empty string when there is no such record.
    static QString storedState(QSqlDatabase db, const QString &table, qint64 id);

    /// The records recordSql selects (its %1 is the condition `where`, with one bound
    /// value), each with the steps of its state from table_step in the order they were
    /// taken. readRecord makes a record of a row; toState a state of its stored key. A read
    /// that fails gives no records and says so in *status (ReadError), naming `what`.
    template<typename Record, typename ReadRecord, typename ToState>
    static QList<Record> selectWithSteps(QSqlDatabase db, const QString &table, const QString &recordSql,
                                         const QString &where, const QVariant &bind, ReadRecord readRecord,
                                         ToState toState, const QString &what, Status *status);
};

template<typename Record, typename ReadRecord, typename ToState>
QList<Record> LedgerSql::selectWithSteps(QSqlDatabase db, const QString &table, const QString &recordSql,
                                         const QString &where, const QVariant &bind, ReadRecord readRecord,
                                         ToState toState, const QString &what, Status *status)
{
    QList<Record> list;
    QHash<qint64, int> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(recordSql.arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(what, q.lastError(), status);
        return {};
    }
    while (q.next()) {
        Record r = readRecord(q);
        index.insert(r.id, int(list.size()));
        list << r;
    }
    if (list.isEmpty())
        return list;
    // Two statements rather than a join: a record with many steps is read once.
    QSqlQuery s(db);
    s.setForwardOnly(true);
    const bool sPrepared = s.prepare(QStringLiteral("SELECT %1_id, from_state, to_state, done_on, done_by, note, recorded_at FROM %1_step "
                                                    "WHERE %1_id IN (SELECT id FROM %1 WHERE %2) ORDER BY id").arg(table, where));
    s.addBindValue(bind);
    // Records without their steps would show a state nobody can trace: none, then.
    if (!sPrepared || !s.exec()) {
        ReadError::report(what, s.lastError(), status);
        return {};
    }
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        typename Record::Step step{toState(s.value(1).toString()), toState(s.value(2).toString()),
                                   SqlValues::toDate(s.value(3)), s.value(4).toString(), s.value(5).toString(),
                                   QDateTime::fromString(s.value(6).toString(), Qt::ISODateWithMs)};
        list[*it].steps << step;
    }
    return list;
}

} // namespace qf

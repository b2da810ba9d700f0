// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSql.h"

#include "SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QString LedgerSql::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status LedgerSql::upsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values,
                         qint64 *id, const QString &what)
{
    Q_ASSERT(columns.size() == values.size());
    const QString stamp = now();
    QSqlQuery q(db);
    if (*id == 0) {
        QStringList marks;
        for (int i = 0; i < columns.size() + 2; ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at) VALUES (%3) RETURNING id")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    } else {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    }
    for (const QVariant &v : values)
        SqlValues::bind(q, v);
    if (*id == 0)
        q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (*id != 0)
        q.addBindValue(*id);
    if (!q.exec())
        return Status::failure(tr("无法保存%1：%2").arg(what, q.lastError().text()));
    if (*id == 0)
        *id = SqlValues::returnedId(q);
    else if (q.numRowsAffected() == 0)
        return Status::failure(tr("无法保存%1：记录已不存在（可能已被删除）。").arg(what));
    return Status::success();
}

Status LedgerSql::remove(QSqlDatabase db, const QString &table, qint64 id, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("无法删除%1：%2").arg(what, q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("无法删除%1：记录已不存在。").arg(what));
    return Status::success();
}

Status LedgerSql::addStep(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                          const QString &from, const QString &to, const QDate &on, const QString &by, const QString &note,
                          const QDateTime &recordedAt)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, from_state, to_state, done_on, done_by, note, recorded_at) "
                             "VALUES (?,?,?,?,?,?,?)").arg(table, ownerColumn));
    for (const QVariant &v : {QVariant(ownerId), QVariant(from), QVariant(to), SqlValues::fromDate(on), QVariant(by),
                              QVariant(note),
                              QVariant((recordedAt.isValid() ? recordedAt : QDateTime::currentDateTimeUtc())
                                           .toString(Qt::ISODateWithMs))})
        SqlValues::bind(q, v);
    if (!q.exec())
        return Status::failure(tr("无法保存状态变更：%1").arg(q.lastError().text()));
    return Status::success();
}

QString LedgerSql::storedState(QSqlDatabase db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

} // namespace qf

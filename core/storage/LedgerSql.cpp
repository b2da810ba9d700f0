// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSql.h"

#include "SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QString LedgerSql::errorText(const QSqlError &error)
{
    if (SqlValues::isLockViolation(error))
        return tr("这项改动落在已验收或已签发的月份（或其之前的日期），会改变已锁定月份的数字。"
                  "请核对日期，或先在报表填报中解锁该月（须说明理由）后再改。");
    // The shared server's trigger: 销号 is the bureau's review (0009_server_hardening.pg.sql).
    if (error.text().contains(QLatin1String("closing needs the bureau")))
        return tr("销号（以及撤销销号）是卫健局的审核，须由卫健局的账户办理。");
    return error.text();
}

QString LedgerSql::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString LedgerSql::stampAfter(const QDateTime &previous)
{
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    if (previous.isValid() && stamp <= previous)
        stamp = previous.toUTC().addMSecs(1);
    return stamp.toString(Qt::ISODateWithMs);
}

Status LedgerSql::upsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values,
                         qint64 *id, QDateTime *updatedAt, const QString &what)
{
    Q_ASSERT(columns.size() == values.size());
    const bool inserting = *id == 0;
    const bool checkSeen = !inserting && updatedAt && updatedAt->isValid();
    const QString stamp = checkSeen ? stampAfter(*updatedAt) : now();
    QSqlQuery q(db);
    if (inserting) {
        QStringList marks;
        for (int i = 0; i < columns.size() + 2; ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at) VALUES (%3) RETURNING id")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    } else {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?%3")
                      .arg(table, sets.join(QStringLiteral(", ")), checkSeen ? QStringLiteral(" AND updated_at = ?") : QString()));
    }
    for (const QVariant &v : values)
        SqlValues::bind(q, v);
    if (inserting)
        q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!inserting)
        q.addBindValue(*id);
    if (checkSeen)
        q.addBindValue(updatedAt->toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(tr("无法保存%1：%2").arg(what, errorText(q.lastError())));
    if (inserting) {
        *id = SqlValues::returnedId(q);
    } else if (q.numRowsAffected() == 0) {
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table));
        current.addBindValue(*id);
        if (!current.exec() || !current.next())
            return Status::failure(tr("无法保存%1：记录已不存在（可能已被删除）。").arg(what));
        const QDateTime savedAt = QDateTime::fromString(current.value(0).toString(), Qt::ISODateWithMs);
        return Status::failure(tr("无法保存%1：您打开这条记录之后，别人在%2保存过它。为免覆盖别人的修改，这次没有保存；"
                                  "请记下您的改动，关闭后重新打开这条记录再改。")
                                   .arg(what, savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    if (updatedAt)
        *updatedAt = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return Status::success();
}

Status LedgerSql::remove(QSqlDatabase db, const QString &table, qint64 id, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("无法删除%1：%2").arg(what, errorText(q.lastError())));
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
        return Status::failure(tr("无法保存状态变更：%1").arg(errorText(q.lastError())));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace qf {

QStringList AuditEntry::changes() const
{
    QStringList result;
    QSet<QString> keys;
    for (const QString &k : oldValues.keys())
        keys.insert(k);
    for (const QString &k : newValues.keys())
        keys.insert(k);
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &k : sorted) {
        const QJsonValue before = oldValues.value(k);
        const QJsonValue after = newValues.value(k);
        if (before == after)
            continue;
        auto show = [](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? QStringLiteral(u"（空）") : v.toVariant().toString();
        };
        result << QStringLiteral(u"%1：%2 → %3").arg(k, show(before), show(after));
    }
    return result;
}

QList<AuditEntry> AuditLog::select(const QString &where, const QVariantList &binds, const QString &tail) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, actor, table_name, row_key, action, old_values, new_values FROM audit_log %1 %2")
                  .arg(where, tail));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowKey = q.value(4).toString();
        e.action = q.value(5).toString();
        e.oldValues = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.newValues = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        entries << e;
    }
    return entries;
}

QList<AuditEntry> AuditLog::history(const QString &table, const QString &rowKey) const
{
    return select(QStringLiteral("WHERE table_name = ? AND row_key = ?"), {table, rowKey}, QStringLiteral("ORDER BY id"));
}

QList<AuditEntry> AuditLog::figureHistory(qint64 reportId, int column) const
{
    return history(QStringLiteral("figure"), QStringLiteral("%1:%2").arg(reportId).arg(column));
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QList<AuditEntry> entries = select(QString(), {}, QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
    return entries;
}

} // namespace qf

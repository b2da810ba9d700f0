// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace qf {

QList<AuditEntry> AuditLog::select(const QString &where, const QVariantList &binds, const QString &tail) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, actor, table_name, row_key, action, old_values, new_values, login FROM audit_log %1 %2")
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
        e.login = q.value(8).toString();
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

QList<AuditEntry> AuditLog::periodHistory(qint64 campaignId, int form, const QString &unitKey, const QString &period) const
{
    // Reports and figures are found through the report rows that still exist: a month's
    // report is never deleted by the program, only its figures change.
    const QString reports = QStringLiteral("SELECT id FROM report WHERE campaign_id = ? AND form = ? AND unit_key = ? AND period = ?");
    const QString overridePrefix = QStringLiteral("%1|%2|%3|%4|").arg(campaignId).arg(form).arg(unitKey, period);
    const QString where = QStringLiteral(
        "WHERE (table_name = 'report' AND row_key IN (SELECT CAST(id AS TEXT) FROM (%1))) "
        "OR (table_name = 'figure' AND EXISTS (SELECT 1 FROM (%1) r WHERE audit_log.row_key LIKE r.id || ':%')) "
        "OR (table_name = 'period_lock' AND row_key IN (SELECT CAST(id AS TEXT) FROM period_lock WHERE campaign_id = ? "
        "AND form = ? AND period = ? AND unit_key IN ('*', ?))) "
        "OR (table_name = 'figure_override' AND substr(row_key, 1, length(?)) = ?)").arg(reports);
    const QVariantList binds{campaignId, form, unitKey, period, campaignId, form, unitKey, period,
                             campaignId, form, period, unitKey, overridePrefix, overridePrefix};
    return select(where, binds, QStringLiteral("ORDER BY id"));
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QList<AuditEntry> entries = select(QString(), {}, QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
    return entries;
}

} // namespace qf

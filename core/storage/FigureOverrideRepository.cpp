// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureOverrideRepository.h"

#include "LedgerSql.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QList<FigureOverride> FigureOverrideRepository::list(qint64 campaignId, int form) const
{
    QList<FigureOverride> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT campaign_id, form, unit_key, period, column_no, reason, created_by, created_at "
                             "FROM figure_override WHERE campaign_id = ? AND (? = 0 OR form = ?) "
                             "ORDER BY form, period, unit_key, column_no"));
    q.addBindValue(campaignId);
    q.addBindValue(form);
    q.addBindValue(form);
    q.exec();
    while (q.next()) {
        FigureOverride o;
        o.campaignId = q.value(0).toLongLong();
        o.form = q.value(1).toInt();
        o.unitKey = q.value(2).toString();
        o.period = SqlValues::toPeriod(q.value(3));
        o.column = q.value(4).toInt();
        o.reason = q.value(5).toString();
        o.createdBy = q.value(6).toString();
        o.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        list << o;
    }
    return list;
}

Status FigureOverrideRepository::set(FigureOverride &o)
{
    if (o.reason.trimmed().isEmpty())
        return Status::failure(tr("以填报数代替台账数须写明理由。"));
    if (o.form < 1 || o.form > 3 || o.unitKey.isEmpty() || !o.period.isValid() || o.column < 1)
        return Status::failure(tr("要说明理由的单元格不完整（表%1，单位%2，月份%3，第%4栏）。")
                                   .arg(o.form).arg(o.unitKey, o.period.toString()).arg(o.column));
    o.createdAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO figure_override (campaign_id, form, unit_key, period, column_no, reason, created_by, "
                             "created_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (campaign_id, form, unit_key, period, column_no) "
                             "DO UPDATE SET reason = excluded.reason, created_by = excluded.created_by, "
                             "created_at = excluded.created_at"));
    for (const QVariant &v : {QVariant(o.campaignId), QVariant(o.form), QVariant(o.unitKey), SqlValues::fromPeriod(o.period),
                              QVariant(o.column), QVariant(o.reason.trimmed()), QVariant(o.createdBy.trimmed()),
                              QVariant(o.createdAt.toString(Qt::ISODateWithMs))})
        SqlValues::bind(q, v);
    if (!q.exec())
        return Status::failure(tr("无法保存理由：%1").arg(LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

Status FigureOverrideRepository::remove(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period,
                                        int column)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM figure_override WHERE campaign_id = ? AND form = ? AND unit_key = ? "
                             "AND period = ? AND column_no = ?"));
    for (const QVariant &v : {QVariant(campaignId), QVariant(form), QVariant(unitKey), SqlValues::fromPeriod(period),
                              QVariant(column)})
        SqlValues::bind(q, v);
    if (!q.exec())
        return Status::failure(tr("无法删除理由：%1").arg(LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

} // namespace qf

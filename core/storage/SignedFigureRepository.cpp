// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedFigureRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Status SignedFigureRepository::freeze(qint64 lockId, const QList<SignedFigure> &cells)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO signed_figure (lock_id, row_key, seq, column_no, value, increase, marks) "
                             "VALUES (?,?,?,?,?,?,?)"));
    for (const SignedFigure &c : cells) {
        // A null QString binds as NULL: a blank cell stays blank, never 0.
        for (const QVariant &v : {QVariant(lockId), QVariant(c.rowKey), QVariant(c.seq), QVariant(c.column),
                                  c.value.isNull() ? QVariant() : QVariant(c.value),
                                  c.increase.isNull() ? QVariant() : QVariant(c.increase)})
            q.addBindValue(v);
        SqlValues::bind(q, c.marks);
        if (!q.exec())
            return Status::failure(tr("无法保存签发时的数字：%1").arg(q.lastError().text()));
    }
    QSqlQuery mark(m_db.connection());
    mark.prepare(QStringLiteral("UPDATE period_lock SET frozen_at = ? WHERE id = ? AND unlocked_at IS NULL AND frozen_at IS NULL"));
    mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    mark.addBindValue(lockId);
    if (!mark.exec())
        return Status::failure(tr("无法保存签发时的数字：%1").arg(mark.lastError().text()));
    if (mark.numRowsAffected() != 1)
        return Status::failure(tr("该锁定已解除或已冻结，签发时的数字未改动。"));
    return tx.commit();
}

QList<SignedFigure> SignedFigureRepository::standing(qint64 campaignId, const YearMonth &first, const YearMonth &last,
                                                     int form) const
{
    QString where = QStringLiteral("l.unlocked_at IS NULL AND l.frozen_at IS NOT NULL AND l.campaign_id = ? "
                                   "AND l.period >= ? AND l.period <= ?");
    QVariantList values{campaignId, first.toString(), last.toString()};
    if (form) {
        where += QStringLiteral(" AND l.form = ?");
        values << form;
    }
    return read(where, values);
}

QList<SignedFigure> SignedFigureRepository::ofLock(qint64 lockId) const
{
    return read(QStringLiteral("l.id = ?"), {lockId});
}

QList<SignedFigure> SignedFigureRepository::read(const QString &where, const QVariantList &values) const
{
    QList<SignedFigure> cells;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.lock_id, l.form, l.unit_key, l.period, s.row_key, s.seq, s.column_no, s.value, "
                             "s.increase, s.marks FROM signed_figure s JOIN period_lock l ON l.id = s.lock_id WHERE ")
              + where + QStringLiteral(" ORDER BY l.form, s.lock_id, s.seq, s.row_key, s.column_no"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return cells;
    while (q.next()) {
        SignedFigure c;
        c.lockId = q.value(0).toLongLong();
        c.form = q.value(1).toInt();
        c.lockUnitKey = q.value(2).toString();
        c.period = YearMonth::parse(q.value(3).toString());
        c.rowKey = q.value(4).toString();
        c.seq = q.value(5).toInt();
        c.column = q.value(6).toInt();
        if (!q.value(7).isNull())
            c.value = q.value(7).toString();
        if (!q.value(8).isNull())
            c.increase = q.value(8).toString();
        c.marks = q.value(9).toString();
        cells << c;
    }
    return cells;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QList<Inspector> InspectorRepository::select(const QString &where, const QVariantList &binds, Status *status) const
{
    QList<Inspector> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, name, office, institution_id FROM inspector WHERE %1 ORDER BY office, name, id").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("检查人员名单"), q.lastError(), status);
        return list;
    }
    while (q.next())
        list << Inspector{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
    return list;
}

QList<Inspector> InspectorRepository::all(Status *status) const
{
    return select(QStringLiteral("1 = 1"), {}, status);
}

std::optional<Inspector> InspectorRepository::find(qint64 id) const
{
    const QList<Inspector> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Inspector>(found.first());
}

Status InspectorRepository::save(Inspector &inspector)
{
    Inspector i = inspector;
    i.name = i.name.trimmed();
    i.office = i.office.trimmed();
    if (i.name.isEmpty())
        return Status::failure(tr("检查人员的姓名不能为空。"));
    for (const Inspector &other : all())
        if (other.id != i.id && other.name == i.name && other.office == i.office)
            return Status::failure(tr("检查人员库中已有%1的“%2”。").arg(i.office, i.name));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (i.id == 0)
        q.prepare(QStringLiteral("INSERT INTO inspector (name, office, institution_id) VALUES (?, ?, ?) RETURNING id"));
    else
        q.prepare(QStringLiteral("UPDATE inspector SET name = ?, office = ?, institution_id = ? WHERE id = ?"));
    SqlValues::bind(q, i.name);
    SqlValues::bind(q, i.office);
    q.addBindValue(LedgerSql::idOrNull(i.institutionId));
    if (i.id)
        q.addBindValue(i.id);
    if (!q.exec())
        return Status::failure(tr("无法保存检查人员“%1”：%2").arg(i.name, LedgerSql::errorText(q.lastError())));
    if (i.id == 0)
        i.id = SqlValues::returnedId(q);
    else if (q.numRowsAffected() == 0)
        return Status::failure(tr("检查人员“%1”已不在库中。").arg(i.name));
    const Status s = tx.commit();
    if (s)
        inspector = i;
    return s;
}

Status InspectorRepository::remove(qint64 id)
{
    const auto existing = find(id);
    if (!existing)
        return Status::failure(tr("检查人员库中没有编号为%1的人员。").arg(id));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM inspector WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("无法删除检查人员“%1”：%2").arg(existing->name, LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

} // namespace qf

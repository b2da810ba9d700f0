// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupplierRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QList<SupplierInterview> SupplierRepository::selectInterviews(const QString &where, const QVariant &bind, Status *status) const
{
    QList<SupplierInterview> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, institution_id, supplier, held_on, pledge_signed, interviewer, note, "
                                                    "created_at, updated_at FROM supplier_interview WHERE %1 ORDER BY held_on, id").arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("约谈供应商记录"), q.lastError(), status);
        return {};
    }
    while (q.next()) {
        SupplierInterview i;
        i.id = q.value(0).toLongLong();
        i.campaignId = q.value(1).toLongLong();
        i.institutionId = q.value(2).toLongLong();
        i.supplier = q.value(3).toString();
        i.heldOn = SqlValues::toDate(q.value(4));
        i.pledgeSigned = q.value(5).toInt() != 0;
        i.interviewer = q.value(6).toString();
        i.note = q.value(7).toString();
        i.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        i.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        list << i;
    }
    return list;
}

QList<NegativeListEntry> SupplierRepository::selectListed(const QString &where, const QVariant &bind, Status *status) const
{
    QList<NegativeListEntry> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, supplier, listed_on, reason, institution_id, note, created_at, updated_at "
                                                    "FROM supplier_blacklist WHERE %1 ORDER BY listed_on, id").arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("负面名单"), q.lastError(), status);
        return {};
    }
    while (q.next()) {
        NegativeListEntry e;
        e.id = q.value(0).toLongLong();
        e.campaignId = q.value(1).toLongLong();
        e.supplier = q.value(2).toString();
        e.listedOn = SqlValues::toDate(q.value(3));
        e.reason = q.value(4).toString();
        e.institutionId = q.value(5).toLongLong();
        e.note = q.value(6).toString();
        e.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        e.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        list << e;
    }
    return list;
}

QList<SupplierInterview> SupplierRepository::interviews(qint64 campaignId, Status *status) const
{
    return selectInterviews(QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<SupplierInterview> SupplierRepository::findInterview(qint64 id) const
{
    const auto found = selectInterviews(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<SupplierInterview>(found.first());
}

Status SupplierRepository::save(SupplierInterview &interview)
{
    QList<SupplierInterview> one{interview};
    Status s = saveAll(one);
    if (s)
        interview = one.first();
    return s;
}

Status SupplierRepository::saveAll(QList<SupplierInterview> &interviews)
{
    QList<SupplierInterview> written = interviews;
    Transaction tx(m_db);
    for (SupplierInterview &i : written) {
        Status s = i.validate();
        if (!s)
            return s;
        s = LedgerSql::upsert(m_db.connection(), QStringLiteral("supplier_interview"),
                              {QStringLiteral("campaign_id"), QStringLiteral("institution_id"), QStringLiteral("supplier"),
                               QStringLiteral("held_on"), QStringLiteral("pledge_signed"), QStringLiteral("interviewer"),
                               QStringLiteral("note")},
                              {i.campaignId, i.institutionId, i.supplier.trimmed(), SqlValues::fromDate(i.heldOn),
                               LedgerSql::flag(i.pledgeSigned), i.interviewer.trimmed(), i.note.trimmed()},
                              &i.id, &i.updatedAt, tr("约谈记录"));
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        interviews = written;
    return s;
}

Status SupplierRepository::removeInterview(qint64 id)
{
    Transaction tx(m_db);
    Status s = LedgerSql::remove(m_db.connection(), QStringLiteral("supplier_interview"), id, tr("约谈记录"));
    if (!s)
        return s;
    return tx.commit();
}

QList<NegativeListEntry> SupplierRepository::negativeList(qint64 campaignId, Status *status) const
{
    return selectListed(QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<NegativeListEntry> SupplierRepository::findListed(qint64 id) const
{
    const auto found = selectListed(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<NegativeListEntry>(found.first());
}

Status SupplierRepository::save(NegativeListEntry &entry)
{
    QList<NegativeListEntry> one{entry};
    Status s = saveAll(one);
    if (s)
        entry = one.first();
    return s;
}

Status SupplierRepository::saveAll(QList<NegativeListEntry> &entries)
{
    QList<NegativeListEntry> written = entries;
    Transaction tx(m_db);
    for (NegativeListEntry &e : written) {
        Status s = e.validate();
        if (!s)
            return s;
        QSqlQuery dup(m_db.connection());
        dup.prepare(QStringLiteral("SELECT listed_on FROM supplier_blacklist WHERE campaign_id = ? AND supplier = ? AND id <> ?"));
        dup.addBindValue(e.campaignId);
        dup.addBindValue(e.supplier.trimmed());
        dup.addBindValue(e.id);
        if (dup.exec() && dup.next())
            return Status::failure(tr("供应商“%1”已于 %2 列入负面名单。").arg(e.supplier.trimmed(), dup.value(0).toString()));
        s = LedgerSql::upsert(m_db.connection(), QStringLiteral("supplier_blacklist"),
                              {QStringLiteral("campaign_id"), QStringLiteral("supplier"), QStringLiteral("listed_on"),
                               QStringLiteral("reason"), QStringLiteral("institution_id"), QStringLiteral("note")},
                              {e.campaignId, e.supplier.trimmed(), SqlValues::fromDate(e.listedOn), e.reason.trimmed(),
                               LedgerSql::idOrNull(e.institutionId), e.note.trimmed()},
                              &e.id, &e.updatedAt, tr("负面名单记录"));
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        entries = written;
    return s;
}

Status SupplierRepository::removeListed(qint64 id)
{
    Transaction tx(m_db);
    Status s = LedgerSql::remove(m_db.connection(), QStringLiteral("supplier_blacklist"), id, tr("负面名单记录"));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf

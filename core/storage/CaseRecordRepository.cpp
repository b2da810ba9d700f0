// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecordRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QList<CaseRecord> CaseRecordRepository::select(const QString &where, const QVariant &bind, Status *status) const
{
    QList<CaseRecord> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, institution_id, kind, held_on, title, persons, amount_yuan, reference, "
                                                    "answered_on, note, created_at, updated_at FROM case_record WHERE %1 "
                                                    "ORDER BY held_on, id").arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("以案促改与教育记录"), q.lastError(), status);
        return {};
    }
    while (q.next()) {
        CaseRecord r;
        r.id = q.value(0).toLongLong();
        r.campaignId = q.value(1).toLongLong();
        r.institutionId = q.value(2).toLongLong();
        r.kind = caseKinds().fromKey(q.value(3).toString()).value_or(CaseKind::WarningEducation);
        r.heldOn = SqlValues::toDate(q.value(4));
        r.title = q.value(5).toString();
        r.persons = q.value(6).toInt();
        r.amountYuan = q.value(7).toLongLong();
        r.reference = q.value(8).toString();
        r.answeredOn = SqlValues::toDate(q.value(9));
        r.note = q.value(10).toString();
        r.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        r.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        list << r;
    }
    return list;
}

QList<CaseRecord> CaseRecordRepository::list(qint64 campaignId, Status *status) const
{
    return select(QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<CaseRecord> CaseRecordRepository::find(qint64 id) const
{
    const QList<CaseRecord> found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status CaseRecordRepository::save(CaseRecord &record)
{
    QList<CaseRecord> one{record};
    Status s = saveAll(one);
    if (s)
        record = one.first();
    return s;
}

Status CaseRecordRepository::saveAll(QList<CaseRecord> &records)
{
    QList<CaseRecord> written = records;
    Transaction tx(m_db);
    for (CaseRecord &r : written) {
        Status s = r.validate();
        if (!s)
            return s;
        s = LedgerSql::upsert(m_db.connection(), QStringLiteral("case_record"),
                              {QStringLiteral("campaign_id"), QStringLiteral("institution_id"), QStringLiteral("kind"),
                               QStringLiteral("held_on"), QStringLiteral("title"), QStringLiteral("persons"),
                               QStringLiteral("amount_yuan"), QStringLiteral("reference"), QStringLiteral("answered_on"),
                               QStringLiteral("note")},
                              {r.campaignId, r.institutionId, caseKinds().key(r.kind), SqlValues::fromDate(r.heldOn),
                               r.title.trimmed(), r.persons, r.amountYuan, r.reference.trimmed(),
                               SqlValues::fromDate(r.answeredOn), r.note.trimmed()},
                              &r.id, &r.updatedAt, tr("记录"));
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        records = written;
    return s;
}

Status CaseRecordRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Status s = LedgerSql::remove(m_db.connection(), QStringLiteral("case_record"), id, tr("记录"));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf

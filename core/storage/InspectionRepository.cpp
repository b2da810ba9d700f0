// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

QList<Inspection> InspectionRepository::select(const QString &where, const QVariant &bind, Status *status) const
{
    QList<Inspection> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, institution_id, inspected_on, method, inspectors, findings, interview, "
                                                    "criticism, rectify_order, clues_transferred, funds_recovered, fined, other_measure, refund_yuan, "
                                                    "recovered_yuan, fine_yuan, suspended_persons, revoked_persons, prosecuted_persons, note, "
                                                    "created_at, updated_at FROM inspection WHERE %1 ORDER BY inspected_on, id").arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("监督检查记录"), q.lastError(), status);
        return {};
    }
    while (q.next()) {
        Inspection i;
        i.id = q.value(0).toLongLong();
        i.campaignId = q.value(1).toLongLong();
        i.institutionId = q.value(2).toLongLong();
        i.inspectedOn = SqlValues::toDate(q.value(3));
        i.method = q.value(4).toString();
        i.inspectors = q.value(5).toString();
        i.findings = q.value(6).toString();
        i.interview = q.value(7).toInt() != 0;
        i.criticism = q.value(8).toInt() != 0;
        i.rectifyOrder = q.value(9).toInt() != 0;
        i.cluesTransferred = q.value(10).toInt();
        i.fundsRecovered = q.value(11).toInt() != 0;
        i.fined = q.value(12).toInt() != 0;
        i.otherMeasure = q.value(13).toString();
        i.refundYuan = q.value(14).toLongLong();
        i.recoveredYuan = q.value(15).toLongLong();
        i.fineYuan = q.value(16).toLongLong();
        i.suspendedPersons = q.value(17).toInt();
        i.revokedPersons = q.value(18).toInt();
        i.prosecutedPersons = q.value(19).toInt();
        i.note = q.value(20).toString();
        i.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
        i.updatedAt = QDateTime::fromString(q.value(22).toString(), Qt::ISODateWithMs);
        list << i;
    }
    return list;
}

QList<Inspection> InspectionRepository::list(qint64 campaignId, Status *status) const
{
    return select(QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<Inspection> InspectionRepository::find(qint64 id) const
{
    const QList<Inspection> found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status InspectionRepository::save(Inspection &inspection)
{
    QList<Inspection> one{inspection};
    Status s = saveAll(one);
    if (s)
        inspection = one.first();
    return s;
}

Status InspectionRepository::saveAll(QList<Inspection> &inspections)
{
    QList<Inspection> written = inspections;
    Transaction tx(m_db);
    for (Inspection &i : written) {
        Status s = i.validate();
        if (!s)
            return s;
        s = LedgerSql::upsert(
            m_db.connection(), QStringLiteral("inspection"),
            {QStringLiteral("campaign_id"), QStringLiteral("institution_id"), QStringLiteral("inspected_on"),
             QStringLiteral("method"), QStringLiteral("inspectors"), QStringLiteral("findings"), QStringLiteral("interview"),
             QStringLiteral("criticism"), QStringLiteral("rectify_order"), QStringLiteral("clues_transferred"),
             QStringLiteral("funds_recovered"), QStringLiteral("fined"), QStringLiteral("other_measure"),
             QStringLiteral("refund_yuan"), QStringLiteral("recovered_yuan"), QStringLiteral("fine_yuan"),
             QStringLiteral("suspended_persons"), QStringLiteral("revoked_persons"), QStringLiteral("prosecuted_persons"),
             QStringLiteral("note")},
            {i.campaignId, i.institutionId, SqlValues::fromDate(i.inspectedOn), i.method.trimmed(), i.inspectors.trimmed(),
             i.findings.trimmed(), LedgerSql::flag(i.interview), LedgerSql::flag(i.criticism),
             LedgerSql::flag(i.rectifyOrder), i.cluesTransferred, LedgerSql::flag(i.fundsRecovered),
             LedgerSql::flag(i.fined), i.otherMeasure.trimmed(), i.refundYuan, i.recoveredYuan, i.fineYuan,
             i.suspendedPersons, i.revokedPersons, i.prosecutedPersons, i.note.trimmed()},
            &i.id, &i.updatedAt, tr("检查记录"));
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        inspections = written;
    return s;
}

Status InspectionRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Status s = LedgerSql::remove(m_db.connection(), QStringLiteral("inspection"), id, tr("检查记录"));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace qf {

namespace {

QList<qint64> idsOf(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

QString textOf(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

SpotCheckPickRecord readPick(const QSqlQuery &q, int from)
{
    SpotCheckPickRecord p;
    p.id = q.value(from).toLongLong();
    p.position = q.value(from + 1).toInt();
    p.institutionId = q.value(from + 2).toLongLong();
    p.inspectorIds = idsOf(q.value(from + 3).toString());
    p.inspectors = q.value(from + 4).toString();
    p.inspectionId = q.value(from + 5).toLongLong();
    return p;
}

const QString kPickColumns = QStringLiteral("id, position, institution_id, inspector_ids, inspectors, inspection_id");

} // namespace

QList<SpotCheckRecord> SpotCheckRepository::select(const QString &where, const QVariant &bind, Status *status) const
{
    QList<SpotCheckRecord> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, drawn_at, drawn_by, seed, inputs, result FROM spot_check_draw "
                                                    "WHERE %1 ORDER BY drawn_at DESC, id DESC").arg(where));
    q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("抽查记录"), q.lastError(), status);
        return list;
    }
    while (q.next()) {
        SpotCheckRecord r;
        r.id = q.value(0).toLongLong();
        r.campaignId = q.value(1).toLongLong();
        r.drawnAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.drawnBy = q.value(3).toString();
        r.seed = q.value(4).toString().toULongLong();
        r.inputs = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.result = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
        list << r;
    }
    for (SpotCheckRecord &r : list) {
        QSqlQuery p(m_db.connection());
        p.setForwardOnly(true);
        const bool pPrepared = p.prepare(QStringLiteral("SELECT %1 FROM spot_check_pick WHERE draw_id = ? ORDER BY position").arg(kPickColumns));
        p.addBindValue(r.id);
        // A draw without its picks would look like one that drew nobody.
        if (!pPrepared || !p.exec()) {
            ReadError::report(tr("抽查记录"), p.lastError(), status);
            return {};
        }
        while (p.next())
            r.picks << readPick(p, 0);
    }
    return list;
}

QList<SpotCheckRecord> SpotCheckRepository::list(qint64 campaignId, Status *status) const
{
    return select(QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<SpotCheckRecord> SpotCheckRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<SpotCheckRecord>(found.first());
}

std::optional<SpotCheckPickRecord> SpotCheckRepository::findPick(qint64 pickId, qint64 *drawId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, draw_id FROM spot_check_pick WHERE id = ?").arg(kPickColumns));
    q.addBindValue(pickId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (drawId)
        *drawId = q.value(6).toLongLong();
    return readPick(q, 0);
}

QHash<qint64, QList<qint64>> SpotCheckRepository::lastInspectors() const
{
    QHash<qint64, QList<qint64>> map;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Oldest first, so that a later draw's inspectors replace an earlier one's.
    q.exec(QStringLiteral("SELECT p.institution_id, p.inspector_ids FROM spot_check_pick p "
                          "JOIN spot_check_draw d ON d.id = p.draw_id ORDER BY d.drawn_at, d.id"));
    while (q.next())
        map.insert(q.value(0).toLongLong(), idsOf(q.value(1).toString()));
    return map;
}

Status SpotCheckRepository::save(SpotCheckRecord &record)
{
    SpotCheckRecord r = record;
    if (!r.drawnAt.isValid())
        r.drawnAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO spot_check_draw (campaign_id, drawn_at, drawn_by, seed, inputs, result) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.campaignId);
    q.addBindValue(r.drawnAt.toUTC().toString(Qt::ISODateWithMs));
    SqlValues::bind(q, r.drawnBy);
    q.addBindValue(QString::number(r.seed));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.inputs).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.result).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(tr("无法保存抽查记录：%1").arg(LedgerSql::errorText(q.lastError())));
    r.id = SqlValues::returnedId(q);
    for (SpotCheckPickRecord &p : r.picks) {
        QSqlQuery i(m_db.connection());
        i.prepare(QStringLiteral("INSERT INTO spot_check_pick (draw_id, position, institution_id, inspector_ids, inspectors, inspection_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        i.addBindValue(r.id);
        i.addBindValue(p.position);
        i.addBindValue(p.institutionId);
        SqlValues::bind(i, textOf(p.inspectorIds));
        SqlValues::bind(i, p.inspectors);
        i.addBindValue(LedgerSql::idOrNull(p.inspectionId));
        if (!i.exec())
            return Status::failure(tr("无法保存抽查名单第%1号：%2").arg(p.position).arg(LedgerSql::errorText(i.lastError())));
        p.id = SqlValues::returnedId(i);
    }
    const Status s = tx.commit();
    if (s)
        record = r;
    return s;
}

Status SpotCheckRepository::linkInspection(qint64 pickId, qint64 inspectionId)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE spot_check_pick SET inspection_id = ? WHERE id = ?"));
    q.addBindValue(LedgerSql::idOrNull(inspectionId));
    q.addBindValue(pickId);
    if (!q.exec())
        return Status::failure(tr("无法把检查记录与抽查名单关联：%1").arg(LedgerSql::errorText(q.lastError())));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("抽查名单中没有编号为%1的一项。").arg(pickId));
    return tx.commit();
}

} // namespace qf

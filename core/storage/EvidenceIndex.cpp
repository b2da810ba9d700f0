// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceIndex.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace qf::EvidenceIndex {

QString columns(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList names;
    for (const char *c : {"id", "problem_id", "stage", "file_name", "size", "sha256", "added_at", "added_by"})
        names << prefix + QLatin1String(c);
    return names.join(QStringLiteral(", "));
}

EvidenceFile fromRow(const QSqlQuery &q)
{
    EvidenceFile f;
    f.id = q.value(0).toLongLong();
    f.problemId = q.value(1).toLongLong();
    f.stage = q.value(2).toString() == QLatin1String("after") ? EvidenceFile::Stage::After : EvidenceFile::Stage::Before;
    f.fileName = q.value(3).toString();
    f.size = q.value(4).toLongLong();
    f.sha256 = q.value(5).toString();
    f.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    f.addedBy = q.value(7).toString();
    return f;
}

QList<EvidenceFile> forCampaign(Database &db, qint64 campaignId)
{
    QList<EvidenceFile> list;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM problem_evidence e JOIN problem p ON p.id = e.problem_id "
                             "WHERE p.campaign_id = ? ORDER BY e.id")
                  .arg(columns(QStringLiteral("e"))));
    q.addBindValue(campaignId);
    q.exec();
    while (q.next())
        list << fromRow(q);
    return list;
}

} // namespace qf::EvidenceIndex

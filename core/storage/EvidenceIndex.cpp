// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceIndex.h"

#include "Database.h"

#include <QSqlQuery>

namespace qf::EvidenceIndex {

QList<EvidenceFile> forCampaign(Database &db, qint64 campaignId)
{
    QList<EvidenceFile> list;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.problem_id, e.stage, e.file_name, e.size, e.sha256, e.added_by "
                             "FROM problem_evidence e JOIN problem p ON p.id = e.problem_id "
                             "WHERE p.campaign_id = ? ORDER BY e.id"));
    q.addBindValue(campaignId);
    q.exec();
    while (q.next()) {
        EvidenceFile f;
        f.id = q.value(0).toLongLong();
        f.problemId = q.value(1).toLongLong();
        f.stage = q.value(2).toString() == QLatin1String("after") ? EvidenceFile::Stage::After : EvidenceFile::Stage::Before;
        f.fileName = q.value(3).toString();
        f.size = q.value(4).toLongLong();
        f.sha256 = q.value(5).toString();
        f.addedBy = q.value(6).toString();
        list << f;
    }
    return list;
}

} // namespace qf::EvidenceIndex

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceActions.h"

#include "storage/Database.h"
#include "storage/EvidenceRepository.h"

namespace qf {

QList<EvidenceFile> EvidenceActions::list(Database &db, qint64 problemId)
{
    return EvidenceRepository(db).list(problemId);
}

Status EvidenceActions::attach(Database &db, qint64 problemId, EvidenceFile::Stage stage, const QString &path,
                               const QString &by, EvidenceFile *added)
{
    // Who added a file is recorded even when nobody gave a name at first start.
    const QString who = by.trimmed().isEmpty() ? Database::systemUser() : by.trimmed();
    return EvidenceRepository(db).addFile(problemId, stage, path, who, added);
}

Status EvidenceActions::content(Database &db, qint64 evidenceId, QByteArray *content)
{
    return EvidenceRepository(db).content(evidenceId, content);
}

Status EvidenceActions::remove(Database &db, qint64 evidenceId)
{
    return EvidenceRepository(db).remove(evidenceId);
}

} // namespace qf

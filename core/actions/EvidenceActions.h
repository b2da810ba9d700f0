// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/EvidenceFile.h"
#include "model/Status.h"

#include <QList>

namespace qf {

class Database;

/// 佐证材料 of a problem, before and after rectification: attach a file, read one back
/// (checked against its SHA-256) and remove one. A 已销号 problem's files are final, so
/// attaching or removing is refused then.
class EvidenceActions
{
public:
    /// The problem's files without their content, oldest first.
    static QList<EvidenceFile> list(Database &db, qint64 problemId);
    /// Stores the file at `path` (a regular file of at most EvidenceFile::kMaxSize) as `by`'s.
    static Status attach(Database &db, qint64 problemId, EvidenceFile::Stage stage, const QString &path,
                         const QString &by, EvidenceFile *added = nullptr);
    static Status content(Database &db, qint64 evidenceId, QByteArray *content);
    static Status remove(Database &db, qint64 evidenceId);
};

} // namespace qf

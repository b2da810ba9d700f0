// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/EvidenceFile.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>

namespace qf {

class Database;

/// Evidence files of problems, stored in the database with their SHA-256.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)
public:
    explicit EvidenceRepository(Database &db) : m_db(db) {}

    /// A problem's files without their content, oldest first.
    QList<EvidenceFile> list(qint64 problemId) const;
    /// Stores a file (at most EvidenceFile::kMaxSize); refused once the problem is 已销号.
    Status add(qint64 problemId, EvidenceFile::Stage stage, const QString &fileName, const QByteArray &content,
               const QString &by, EvidenceFile *added = nullptr);
    /// add() with the file at path: only a regular file of at most EvidenceFile::kMaxSize
    /// is read (InputFile), so a device, a FIFO or an oversized file is refused before
    /// anything is read into memory.
    Status addFile(qint64 problemId, EvidenceFile::Stage stage, const QString &path, const QString &by,
                   EvidenceFile *added = nullptr);
    /// Reads a file's content and checks it against its SHA-256.
    Status content(qint64 evidenceId, QByteArray *content) const;
    Status remove(qint64 evidenceId);

private:
    Database &m_db;
};

} // namespace qf

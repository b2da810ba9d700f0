// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace qf {

/// What only the embedded engine does: recognising and checking the file, pragmas, the
/// backup before an upgrade, the schema version in PRAGMA user_version, and the audit
/// actor filled in at commit.
class SqliteEngine
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// 'QFNG' in PRAGMA application_id: marks a file as ours, so a foreign SQLite file is
    /// recognised and left alone.
    static constexpr int kApplicationId = 0x51464E47;

    /// Opens the connection named connectionName on the file; refuses a file that is not
    /// ours, damaged or newer, and backs an older one up before it is migrated. Without
    /// checkTables, a file of the current version has only its schema checked here, and
    /// checkTables() must pass before anything is written to it (a file to be migrated is
    /// always checked in full first: migrating writes).
    static Status open(const QString &connectionName, const QString &path, int currentVersion, bool checkTables = true);
    /// Every table but the audit trail (PRAGMA quick_check per table): a damaged one is
    /// refused, naming the file, a check that could not read says why.
    static Status checkTables(QSqlDatabase db, const QString &path);
    /// One more connection on a file that open() has checked in this process.
    static Status openAlongside(const QString &connectionName, const QString &path);
    /// The files SQLite keeps beside a database (-journal, -wal, -shm) are absent or plain
    /// files: SQLite opens them without asking, and a FIFO there blocks it forever, a
    /// symbolic link sends its writes elsewhere, a folder fails it with a bare I/O error.
    static Status checkCompanions(const QString &path);
    /// A consistent copy of the open database (its WAL included) written atomically to
    /// path, owner-only; check, when given, sees the finished copy before it takes the name.
    static Status vacuumInto(QSqlDatabase db, const QString &path,
                             const std::function<Status(const QString &)> &check = {});
    static int schemaVersion(QSqlDatabase db);
    static Status setSchemaVersion(QSqlDatabase db, int version);
    static Status attributeAudit(QSqlDatabase db, const QString &actor);
};

} // namespace qf

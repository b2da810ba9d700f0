// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qf {

/// What only the embedded engine does: recognising and checking the file, pragmas, the
/// backup before an upgrade, the schema version in PRAGMA user_version, and the audit
/// actor filled in at commit.
class SqliteEngine
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// Opens the connection named connectionName on the file; refuses a file that is not
    /// ours, damaged or newer, and backs an older one up before it is migrated.
    static Status open(const QString &connectionName, const QString &path, int currentVersion);
    static int schemaVersion(QSqlDatabase db);
    static Status setSchemaVersion(QSqlDatabase db, int version);
    static Status attributeAudit(QSqlDatabase db, const QString &actor);
};

} // namespace qf

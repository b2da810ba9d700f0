// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DatabaseLocation.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qf {

/// What only the server engine does: connecting through QPSQL, recognising a Qingfeng
/// schema (the schema_version table), and naming the audit actor for the session.
class PostgresEngine
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// Connects; refuses a database that holds another program's tables or a newer schema.
    /// Only when migrate is set may an empty or older schema be accepted (server init):
    /// clients never change the shared schema by merely connecting.
    static Status open(const QString &connectionName, const DatabaseLocation &location, int currentVersion,
                       bool migrate);
    static int schemaVersion(QSqlDatabase db);
    static Status setSchemaVersion(QSqlDatabase db, int version);
    static Status setActor(QSqlDatabase db, const QString &actor);
    /// How long a statement waits for a lock another session holds before it fails.
    static constexpr int kLockTimeoutMs = 15000;
    /// The SCRAM-SHA-256 verifier of a role's password, computed on this machine by libpq:
    /// what ALTER ROLE … PASSWORD sends instead of the password.
    static Status passwordVerifier(QSqlDatabase db, const QString &role, const QString &password, QString *verifier);
    /// True when an error means the server went away (as opposed to a refused statement).
    static bool isConnectionLost(QSqlDatabase db);
};

} // namespace qf

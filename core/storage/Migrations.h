// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DatabaseLocation.h"
#include "model/Status.h"

#include <QSqlDatabase>
#include <QStringList>

namespace qf::Migrations {

/// The schema version this build writes: the number of migration steps.
int count();

/// The statements of one step (0-based) for an engine. A step is NNNN_name.sql; where the
/// SQL of PostgreSQL differs (triggers, roles) NNNN_name.pg.sql stands beside it and
/// replaces it on the server. Plain table definitions are shared: their few SQLite type
/// spellings are rewritten for PostgreSQL (see toPostgres).
bool statements(int step, DatabaseEngine engine, QStringList *out, QString *file);

/// Runs one step's statements on the connection; the caller holds the transaction and
/// records the version. Both the real upgrade and the reference schema a restore compares
/// a backup with (BackupCheck) go through here, so they cannot drift apart.
Status apply(QSqlDatabase db, int step, DatabaseEngine engine);

/// The schema version the step of this file (its name without .sql) makes, or 0.
int versionOf(const QString &name);

/// What follows the last step of an upgrade to `version`: from 0015 on, the audit triggers
/// generated from AuditedTables replace any other text (AuditTriggerSql::sync). The
/// upgrade and the reference schema of a backup's check both end with it. The caller holds
/// the transaction.
Status finish(QSqlDatabase db, int version, DatabaseEngine engine);

/// The SQLite table definitions in PostgreSQL's words: INTEGER PRIMARY KEY (SQLite's row
/// id) becomes an identity column, BLOB bytea, REAL double precision, WITHOUT ROWID goes.
QString toPostgres(const QString &sqliteDdl);

} // namespace qf::Migrations

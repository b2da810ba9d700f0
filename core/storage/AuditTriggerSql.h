// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditedTables.h"
#include "model/DatabaseLocation.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

namespace qf {

/// The audit triggers, written from AuditedTables for each engine instead of by hand in
/// every migration that adds a column. SQLite states each table's rule in three triggers
/// of its own; PostgreSQL has one trigger per table calling qf_audit() (0003, 0009) with
/// the table's columns as arguments. The entries they write are those the hand-written
/// triggers wrote, character for character.
class AuditTriggerSql
{
    Q_DECLARE_TR_FUNCTIONS(AuditTriggerSql)

public:
    /// The first schema version whose audit triggers are these (0015_generated_audit.sql);
    /// an older file keeps the hand-written ones its migrations made until it is upgraded.
    static int sinceVersion();

    /// The table's triggers by name: SQLite's CREATE TRIGGER text as sqlite_master keeps
    /// it; PostgreSQL's statement. Listed columns the table lacks (`present`, when given,
    /// are the columns it has) are left out: an older schema had them not yet.
    static QMap<QString, QString> triggers(const AuditedTable &table, DatabaseEngine engine,
                                           const QStringList &present = {});

    /// Whether this connection may rewrite the triggers: always a file; on a server only
    /// the schema's owner (who alone runs its upgrades), not the accounts of its users.
    static bool mayRewrite(QSqlDatabase db, DatabaseEngine engine);

    /// Makes the audit triggers of every audited table in the database the generated ones,
    /// table by table where they differ (a table the schema lacks is skipped). The caller
    /// holds the transaction. `changed`, if given, says whether anything was rewritten.
    static Status sync(QSqlDatabase db, DatabaseEngine engine, bool *changed = nullptr);
};

} // namespace qf

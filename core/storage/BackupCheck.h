// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace qf {

/// Whether a file may replace the database: checked completely, without changing it, before
/// anything is touched. A regular, non-empty file with SQLite's header; our application_id;
/// a schema version this build knows; PRAGMA integrity_check and foreign_key_check clean;
/// and tables, indexes, triggers and views exactly those our migrations build for that
/// version — a backup whose audit or lock triggers were dropped, or that brings a trigger
/// of its own, is refused with what differs named.
class BackupCheck
{
    Q_DECLARE_TR_FUNCTIONS(BackupCheck)
public:
    /// Checks the file at path (a private copy the caller owns: opening it may leave -shm
    /// and -wal beside it, which are removed). Messages name shownAs, the user's file.
    static Status check(const QString &path, const QString &shownAs);

    /// "type name" → normalised SQL of every table, index, trigger and view.
    using Schema = QMap<QString, QString>;
    static Schema schemaOf(QSqlDatabase db);
    /// What the migrations build up to that version, in a database in memory.
    static Status referenceSchema(int version, Schema *out);
    /// The differences, one sentence each ("备份缺少触发器 audit_report_update").
    static QStringList differences(const Schema &reference, const Schema &candidate);
};

} // namespace qf

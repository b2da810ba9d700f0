// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Progress.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qf {

class Database;

/// Consistent copies of a database, made while it is in use, and their restoration.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    /// Writes a consistent copy (VACUUM INTO a temporary file beside it, owner-only,
    /// checked as a restore would check it, then renamed into place) — safe while the
    /// program has the database open. Cancelled through `progress` (optional), nothing is
    /// written and an existing file of that name stays.
    static Status write(Database &db, const QString &outPath, Progress *progress = nullptr);

    /// Checks that a file could be restored (BackupCheck), on a private copy: the file
    /// itself is never opened by SQLite.
    static Status verify(const QString &path);

    /// Replaces the database file at dbPath with the backup: the backup is copied beside
    /// the database and that copy checked completely (BackupCheck); the current file is kept
    /// as "<db>.before-restore-<time>.bak" (its WAL included); then the copy is renamed over
    /// the database in one step, keeping the database's mode. Refused, with nothing changed,
    /// while any other program has the database open.
    static Status restore(const QString &backupPath, const QString &dbPath, QString *keptCopy = nullptr);

    /// The automatic daily backup: writes "qingfeng-YYYY-MM-DD.sqlite" into dir unless one
    /// from today exists, then keeps only the newest `keep` daily files.
    static Status daily(Database &db, const QString &dir, const QDate &today, int keep = 14, QString *written = nullptr);
};

} // namespace qf

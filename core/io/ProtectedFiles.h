// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qf {

/// The files no export, backup or other writer of this program may replace: the open
/// databases with their -wal, -shm, -journal and lock files, and every file that is being
/// written right now (a backup in progress). Replacing a live database by a workbook
/// loses it and sends the open connection's later saves into an unlinked file, so every
/// writer (AtomicFile, the workbook and PDF writers) asks check() before it writes.
///
/// A target matches by path (its folder resolved through symbolic links, so that a
/// companion that does not exist yet, such as "db.sqlite-wal", is caught too) and, when it
/// exists, by device and inode (a hard or symbolic link to the database).
class ProtectedFiles
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedFiles)
public:
    /// Registrations belong to an owner (the Database or the writer object), which
    /// releases all of its own at once; several owners may name the same files.
    /// Protects a database file and its companions until release(owner).
    static void protectDatabase(const void *owner, const QString &databasePath);
    /// Protects one file being written until release(owner).
    static void protectWriting(const void *owner, const QString &path);
    static void release(const void *owner);

    /// Databases: a restore replaces the database on purpose (and takes it for itself
    /// first); only files being written are refused then.
    enum class Except { Nothing, Databases };
    /// Failure naming the target when writing it would replace a protected file.
    static Status check(const QString &target, Except except = Except::Nothing);
    /// The companion files SQLite and the instance lock put beside a database.
    static QStringList companionsOf(const QString &databasePath);
};

} // namespace qf

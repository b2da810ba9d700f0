// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/PrivateFiles.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qf {

/// Writes a file so that the target is, at every moment, either the old file or the whole
/// new one: the new content goes into a temporary file beside the target (same folder,
/// so same file system), is flushed to disk, and then renamed over the target, which
/// rename(2) does in one step. The old file is never removed first. The temporary file is
/// created with the given mode (owner-only by default) before a byte is written, so
/// nothing private is ever readable by others, not even half-written.
///
/// Writers that write by path (SQLite's VACUUM INTO, libxlsxwriter) write into
/// temporaryPath(); others call write(). Without commit() the temporary file is removed.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    /// Database: the target is meant to be a database file (a restore replacing it, which
    /// makes sure on its own that nobody has it open); every other writer is Ordinary.
    enum class Target { Ordinary, Database };
    explicit AtomicFile(const QString &target, unsigned mode = PrivateFiles::kFileMode, Target kind = Target::Ordinary);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates the target's folder if it is missing (0700) and the empty temporary file.
    /// Refuses a target that is an open database, one of its companion files or a file
    /// being written (ProtectedFiles; a Database target only the last); the target is itself
    /// protected until commit().
    Status open();
    QString temporaryPath() const { return m_temp; }
    QString target() const { return m_target; }
    /// Appends to the temporary file.
    Status write(const QByteArray &bytes);
    /// Flushes the temporary file to disk and renames it over the target.
    Status commit();
    /// Removes the temporary file; the target stays as it was.
    void discard();

    /// What a user can do about a failed write, for an errno: a full disk and a folder
    /// without write permission are named as such (shared by the other file writers).
    static QString reason(int error);

    /// The whole file in one call.
    static Status write(const QString &target, const QByteArray &bytes, unsigned mode = PrivateFiles::kFileMode);

private:
    Status checkTarget() const;
    QString m_target;
    QString m_temp;
    unsigned m_mode;
    Target m_kind;
    int m_fd = -1;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

/// Files and folders only their owner may read. The database names the people who made
/// tip-offs: the database itself, its backups and every export of a ledger are created
/// 0600, and the folders the program creates for them 0700. (Folders and files that
/// already exist keep the mode their owner gave them.)
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    static constexpr unsigned kFileMode = 0600;
    static constexpr unsigned kFolderMode = 0700;
    /// The documents the bureau sends out (the notice, the 工作总结, the posters, the forms as
    /// PDF, Word or Excel, a reminder list) hold what is published or reported upward, counts
    /// and no reporter's name, and the clerk attaches them to mail or hands them to a
    /// colleague: a new one is readable by others, as a file the clerk saves from any editor
    /// is. A replaced document keeps the mode its owner gave it, so one made private stays so.
    /// (Ledger exports and backups name reporters: they keep kFileMode.)
    static constexpr unsigned kDocumentMode = 0644;
    /// The mode a document written to `path` gets: the existing file's, or kDocumentMode.
    static unsigned documentMode(const QString &path);

    /// Creates the folder and any missing parents, each new one 0700; an existing folder is
    /// left as it is.
    static Status makeFolder(const QString &path);
    /// Creates an empty file 0600 unless one exists (then it is left alone), so that the
    /// program that fills it (SQLite, libxlsxwriter) keeps that mode.
    static Status createEmpty(const QString &path);
    /// The file's permission bits (as stat gives them), or -1 when it does not exist.
    static int modeOf(const QString &path);
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace qf {

/// What a SQLite error means for the user. "Damaged, restore from a backup" is said only
/// when SQLite found the file corrupt or not a database; a full disk, a file or folder
/// that may not be written, a file that cannot be opened and an input/output error each
/// get their own message, since each asks for something else to be done (and restoring a
/// sound file because the disk was full would lose the day's work).
class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)
public:
    enum class Kind { None, Full, ReadOnly, CantOpen, IoError, Damaged, Busy, Other };

    /// From QSqlError::nativeErrorCode (the SQLite result code, primary or extended).
    static Kind kindOf(const QSqlError &error);
    /// One sentence naming the file and what to do; the driver's own text in brackets.
    static QString describe(const QSqlError &error, const QString &path);
    static QString describe(Kind kind, const QString &path, const QString &detail);
    /// The short reason for a message that names the file itself ("磁盘空间不足"), or the
    /// driver's text when SQLite says nothing more specific.
    static QString reason(const QSqlError &error);
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qf {

/// Reads a file the user named (an import, an attachment) without trusting it: only a
/// regular file is opened, so a FIFO, a device such as /dev/zero or a directory is refused
/// before anything blocks or fills memory; and no more than the limit is ever read, whatever
/// size the file claims (a file may grow while it is read, or lie through a special file).
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    static constexpr qint64 kDefaultLimit = 50LL * 1024 * 1024;

    /// The whole file into *out, or a message naming the file: not a regular file, larger
    /// than maxBytes (with both sizes), or unreadable. When sha256 is given it receives the
    /// file's SHA-256, computed while reading.
    static Status read(const QString &path, qint64 maxBytes, QByteArray *out, QByteArray *sha256 = nullptr);
    /// The first bytes of a regular file (at most count; fewer when the file is shorter),
    /// with read()'s refusal of anything else: to tell a file's kind by its content.
    static Status readHead(const QString &path, qint64 count, QByteArray *out);
    /// Only the checks read() makes before it opens the file.
    static Status checkRegular(const QString &path, qint64 maxBytes);
};

} // namespace qf

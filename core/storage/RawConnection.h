// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace qf {

/// A SQLite connection of its own on a file, outside Database: nothing is migrated or
/// checked on open. For looking at a file that is not (yet) the database — a backup being
/// checked, the reference schema in memory — and for taking the database over during a
/// restore. Closed and removed however the caller ends.
class RawConnection
{
public:
    /// options as QSqlDatabase::setConnectOptions takes them ("QSQLITE_OPEN_READONLY").
    explicit RawConnection(const QString &file, const QString &options = QString());
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    /// Why it did not open.
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const;

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace qf

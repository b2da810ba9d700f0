// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace qf {

/// One recorded change: who, when, what, and the values before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;             ///< the name the program declared (or the login)
    QString login;             ///< on a server, the login the database saw; empty in a file
    QString table;
    QString rowKey;
    QString action;            ///< insert, update, delete
    QJsonObject oldValues;
    QJsonObject newValues;
    /// The fields whose value changed ("number: 3 → 4").
    QStringList changes() const;
    /// Who made the change, as the history shows it: the declared name, and beside it the
    /// login when that says something more.
    QString who() const;
};

} // namespace qf

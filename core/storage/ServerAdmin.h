// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;

/// The administrator's work on a shared server: moving a local database onto it and
/// giving people their accounts. Needs the server's owner account (the one that ran
/// server init); the accounts it creates are what everyone else connects as.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)
public:
    enum class AccountKind { Bureau, City, Institution };

    /// Who this connection is on the server: the login and, for an institution's
    /// account, its institution (0 otherwise, and always 0 for a file).
    struct Account
    {
        QString login;
        AccountKind kind = AccountKind::Bureau;
        qint64 institutionId = 0;
    };
    static Account currentAccount(Database &db);

    /// Copies every row of the SQLite file into the (empty) server database in one
    /// transaction, keeping ids, and sets the id sequences past them. lines receives one
    /// "table: rows" line per table. On any error nothing is stored.
    static Status importSqlite(Database &server, const QString &file, QStringList *lines);

    /// What the schema could not close to every login of the server because only the
    /// superuser may (large objects, which fill the disk): one line of explanation and
    /// the statement for the superuser to run. Empty when nothing is left open.
    static QStringList openToEveryone(Database &server);

    /// Creates the login role (when missing), sets its password when one is given (only
    /// its SCRAM verifier, computed here, reaches the server), makes its memberships
    /// exactly the group role of its kind (revoking the others: a demoted bureau account
    /// keeps no bureau rights) and, for an institution, maps it to the institution's id,
    /// which is all the row-level security looks at. changes receives one line per thing
    /// that changed; none when the account already was as asked. A password, when given, has
    /// at least MinPasswordLength characters; an empty one leaves the login's password alone.
    static constexpr int MinPasswordLength = 8;
    static Status addAccount(Database &server, const QString &role, AccountKind kind, qint64 institutionId,
                             const QString &password, QStringList *changes = nullptr);
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DatabaseLocation.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <future>

namespace qf {

/// One open Qingfeng database brought to the current schema version: a SQLite file (the
/// embedded default) or a database on a PostgreSQL server. Both engines share the
/// migrations, the repositories and their SQL; what differs lives in SqliteEngine and
/// PostgresEngine.
/// Each Database object owns its own Qt SQL connection, so several may be open at once
/// (tests, the benchmark, a backup being checked).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates the file. Refuses a file that is not a
    /// Qingfeng database or that a newer version wrote; such files are never modified.
    Status open(const QString &path);
    /// Opens a file or connects to a server. A server's schema is created or migrated only
    /// when migrateServer is set (server init); otherwise an outdated one is refused.
    Status open(const DatabaseLocation &location, bool migrateServer = false);
    /// When the tables of a file are checked for damage: before open() returns, or (for the
    /// window, which is usable meanwhile) on a connection of their own in another thread,
    /// with the first write waiting for the result. A file to be migrated is checked first.
    enum class TableCheck { BeforeOpen, AlongsideFirstReads };
    Status open(const DatabaseLocation &location, TableCheck check);
    /// The result of the tables' check, waiting for it when it is still running: success
    /// when open() checked them already or on a server (the server keeps its own pages).
    /// Every transaction waits for it before writing, and writes nothing when it failed.
    Status tablesChecked() const;
    /// Whether the tables' check is still running (the window may say so).
    bool tablesBeingChecked() const;
    /// A second connection to a database that another Database object of this process has
    /// open (its location() and actor()), for work in another thread: Qt SQL connections
    /// belong to the thread that made them, so open, use and destroy this object there. The
    /// first connection checked the file and brought the schema up to date, so this one does
    /// neither and costs only the connect.
    Status openAlongside(const DatabaseLocation &location, const QString &actor);
    void close();
    bool isOpen() const;
    /// The file's path; empty for a server.
    QString path() const { return m_location.isServer() ? QString() : m_location.path(); }
    const DatabaseLocation &location() const { return m_location; }
    DatabaseEngine engine() const { return m_location.engine(); }
    bool isServer() const { return m_location.isServer(); }
    /// After a failed statement: whether the server is gone (so unsaved edits must be kept
    /// and the user told), rather than the statement refused. Tries to connect again, so
    /// that the next save can go through when the server is back.
    bool connectionLost();
    QSqlDatabase connection() const;

    /// The schema version this build writes.
    static int currentSchemaVersion();
    int schemaVersion() const;

    /// The default database file in the user's data directory.
    static QString defaultPath();

    /// Who the audit trail names for changes made through this connection: a name chosen
    /// by the user plus the operating-system account ("张三（zhangsan）"). On a server the
    /// session is told at once; that can fail when the connection is gone.
    Status setActor(const QString &displayName);
    QString actor() const { return m_actor; }
    static QString systemUser();

private:
    friend class Transaction;
    /// After the engine opened the connection: the actor on a server, migrations, the file's
    /// protection; closes again on failure.
    Status opened(Status s);
    Status migrate();
    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_actor;
    int m_transactionDepth = 0;
    std::shared_future<Status> m_tableCheck;   ///< set while, or after, checking alongside
};

/// A scoped transaction: rolls back unless commit() succeeds. Transactions nest (as
/// savepoints), so a repository call that is atomic on its own can also be one step of
/// a larger all-or-nothing write.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    Status commit();

private:
    void rollback();
    Database &m_database;
    int m_depth = 0;
    bool m_active = false;
    Status m_refused;   ///< why nothing may be written (the file is damaged)
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

enum class DatabaseEngine { Sqlite, Postgres };

/// Where a Qingfeng database lives: a SQLite file (the embedded default) or a database on
/// a PostgreSQL server shared by the bureau and its institutions.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    DatabaseLocation() = default;
    static DatabaseLocation file(const QString &path);
    static DatabaseLocation server(const QString &host, int port, const QString &database, const QString &user);

    /// Parses postgresql://user[:password]@host[:port]/dbname, where the host may be left
    /// out and given as ?host=/socket/dir (as libpq accepts), and ?sslmode= may say how the
    /// connection is encrypted. A password in the URI is taken but never written back by
    /// toUri().
    static Status parseServer(const QString &uri, DatabaseLocation *out);

    DatabaseEngine engine() const { return m_engine; }
    bool isServer() const { return m_engine == DatabaseEngine::Postgres; }
    bool isValid() const { return isServer() ? !m_database.isEmpty() : !m_path.isEmpty(); }

    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setHost(const QString &host) { m_host = host; }
    void setPort(int port) { m_port = port; }
    void setDatabase(const QString &name) { m_database = name; }
    void setUser(const QString &user) { m_user = user; }
    void setPassword(const QString &password) { m_password = password; }
    /// libpq's sslmode as the location states it (empty when it does not).
    QString sslMode() const { return m_sslMode; }
    void setSslMode(const QString &mode) { m_sslMode = mode; }
    /// Whether the server is reached through a Unix socket on this machine: no network,
    /// so nothing to encrypt.
    bool isLocalSocket() const { return m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')); }
    /// The sslmode the connection uses: the stated one, else require over a network (a
    /// password and the county's figures never cross it in clear unless the address says
    /// so), and none for a local socket.
    QString effectiveSslMode() const;

    /// The URI without the password: safe for settings files, titles and messages.
    QString toUri() const;
    /// What the window title and messages show: the file path, or user@host:port/db.
    QString displayName() const;

private:
    DatabaseEngine m_engine = DatabaseEngine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
};

} // namespace qf

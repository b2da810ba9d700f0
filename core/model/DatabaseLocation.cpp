// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace qf {

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation l;
    l.m_path = path;
    return l;
}

DatabaseLocation DatabaseLocation::server(const QString &host, int port, const QString &database, const QString &user)
{
    DatabaseLocation l;
    l.m_engine = DatabaseEngine::Postgres;
    l.m_host = host;
    l.m_port = port;
    l.m_database = database;
    l.m_user = user;
    return l;
}

Status DatabaseLocation::parseServer(const QString &uri, DatabaseLocation *out)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Status::failure(tr("服务器地址“%1”无效：应为 postgresql://用户@主机:端口/数据库。").arg(uri));
    DatabaseLocation l;
    l.m_engine = DatabaseEngine::Postgres;
    l.m_host = url.host();
    l.m_port = url.port(5432);
    l.m_user = url.userName();
    l.m_password = url.password();
    l.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        l.m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        l.m_port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("user")))
        l.m_user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("password")))
        l.m_password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("sslmode"))) {
        l.m_sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
        static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(l.m_sslMode))
            return Status::failure(tr("服务器地址“%1”的 sslmode 无效：应为 disable、prefer、require、verify-ca 或 verify-full。").arg(uri));
    }
    if (l.m_database.isEmpty() || l.m_database.contains(QLatin1Char('/')))
        return Status::failure(tr("服务器地址“%1”没有指明数据库名称（…/数据库）。").arg(uri));
    if (l.m_port <= 0 || l.m_port > 65535)
        return Status::failure(tr("服务器地址“%1”的端口无效。").arg(uri));
    *out = l;
    return Status::success();
}

QString DatabaseLocation::toUri() const
{
    if (!isServer())
        return m_path;
    if (m_host.startsWith(QLatin1Char('/'))) {
        // A socket directory is no host name: libpq's query form says it (QUrl would drop
        // the empty authority, so the form is written out).
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), m_host);
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
        if (!m_user.isEmpty())
            query.addQueryItem(QStringLiteral("user"), m_user);
        if (!m_sslMode.isEmpty())
            query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
        return QStringLiteral("postgresql:///%1?%2")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_database)), query.toString(QUrl::FullyEncoded));
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host.isEmpty() ? QStringLiteral("localhost") : m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseLocation::effectiveSslMode() const
{
    if (!m_sslMode.isEmpty())
        return m_sslMode;
    return isLocalSocket() ? QString() : QStringLiteral("require");
}

QString DatabaseLocation::displayName() const
{
    if (!isServer())
        return m_path;
    const QString who = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    if (m_host.startsWith(QLatin1Char('/')))
        return QStringLiteral("%1%2 %3").arg(who, m_database, m_host);
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return QStringLiteral("%1%2:%3/%4").arg(who, host).arg(m_port).arg(m_database);
}

} // namespace qf

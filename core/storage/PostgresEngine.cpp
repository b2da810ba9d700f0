// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresEngine.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace qf {

namespace {

bool hasTable(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toBool();
}

int tableCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace

Status PostgresEngine::open(const QString &connectionName, const DatabaseLocation &location, int currentVersion,
                            bool migrate)
{
    const QString where = location.displayName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            result = Status::failure(tr("无法连接服务器 %1：本机缺少 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。").arg(where));
        } else {
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setDatabaseName(location.database());
            db.setUserName(location.user());
            db.setPassword(location.password());
            // Any account that may update a table may also LOCK it, and hold the lock in an idle
            // transaction: a statement waiting for a lock gives up after a while and says so
            // instead of leaving the bureau's window or script waiting for good. A startup
            // option rather than a SET after connecting, so that a connection dialled again
            // after it was lost (Database::connectionLost) has it too.
            QString options = QStringLiteral("connect_timeout=5;application_name=qingfeng;options='-c lock_timeout=%1'")
                                  .arg(kLockTimeoutMs);
            const QString sslMode = location.effectiveSslMode();
            if (!sslMode.isEmpty())
                options += QStringLiteral(";sslmode=") + sslMode;
            db.setConnectOptions(options);
            if (!db.open()) {
                const QString error = db.lastError().text();
                // libpq's words when sslmode asks for TLS and the server answers it has none.
                if (error.contains(QLatin1String("does not support SSL")))
                    result = Status::failure(tr("无法连接服务器 %1：服务器不提供加密连接（TLS），清风不经网络以明文传送密码和数据。"
                                                "请管理员为服务器开启 ssl；服务器若在可信的内网中，可在地址后加上 ?sslmode=prefer 或 ?sslmode=disable。")
                                                 .arg(where));
                else
                    result = Status::failure(tr("无法连接服务器 %1：%2").arg(where, error));
            }
        }
        if (result) {
            const int version = schemaVersion(db);
            if (version == 0 && tableCount(db) > 0)
                result = Status::failure(tr("服务器数据库 %1 中有其他程序的数据表，不是清风数据库，未做任何修改。").arg(where));
            else if (version > currentVersion)
                result = Status::failure(tr("服务器数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。")
                                             .arg(where).arg(version).arg(currentVersion));
            else if (version < currentVersion && !migrate)
                result = Status::failure(version == 0
                    ? tr("服务器数据库 %1 还没有清风的数据结构，请管理员先运行 qingfeng-cli --server … server init。").arg(where)
                    : tr("服务器数据库 %1 的数据结构是版本 %2，本程序需要版本 %3，请管理员运行 qingfeng-cli --server … server init 升级。")
                          .arg(where).arg(version).arg(currentVersion));
        }
    }
    if (!result) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    return result;
}

int PostgresEngine::schemaVersion(QSqlDatabase db)
{
    if (!hasTable(db, QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version WHERE application = 'qingfeng'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status PostgresEngine::setSchemaVersion(QSqlDatabase db, int version)
{
    QSqlQuery q(db);
    if (version == 1) {
        // The server's counterpart of PRAGMA application_id and user_version.
        if (!q.exec(QStringLiteral("CREATE TABLE schema_version (application TEXT PRIMARY KEY, version INTEGER NOT NULL)"))
            || !q.exec(QStringLiteral("INSERT INTO schema_version VALUES ('qingfeng', 1)")))
            return Status::failure(q.lastError().text());
        return Status::success();
    }
    q.prepare(QStringLiteral("UPDATE schema_version SET version = ? WHERE application = 'qingfeng'"));
    q.addBindValue(version);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status PostgresEngine::setActor(QSqlDatabase db, const QString &actor)
{
    // The audit trigger reads it for every row this session writes.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('qingfeng.actor', ?, false)"));
    q.addBindValue(actor);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status PostgresEngine::passwordVerifier(QSqlDatabase db, const QString &role, const QString &password, QString *verifier)
{
    // libpq computes the verifier here, so the server (and its log) never sees the password.
    const QVariant handle = db.driver()->handle();
    // QPSQL hands out its PGconn* (Qt's metatype names it by the struct libpq declares).
    const bool isPgConn = handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    PGconn *conn = isPgConn ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return Status::failure(tr("无法取得服务器连接（%1），密码没有设置。").arg(QString::fromLatin1(handle.typeName())));
    char *encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return Status::failure(tr("无法计算密码的校验值：%1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    *verifier = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return Status::success();
}

bool PostgresEngine::isConnectionLost(QSqlDatabase db)
{
    // Outside a transaction nothing but a missing server makes this fail (QPSQL reports a
    // dropped connection as a statement error, so the error type does not tell).
    QSqlQuery q(db);
    return !q.exec(QStringLiteral("SELECT 1"));
}

} // namespace qf

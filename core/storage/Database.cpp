// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "AuditTriggerSql.h"
#include "Migrations.h"
#include "PostgresEngine.h"
#include "SqliteEngine.h"
#include "SqliteError.h"
#include "io/ProtectedFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace qf {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("qingfeng-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()), m_actor(systemUser()) {}

QString Database::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // A launcher or a service may start the program without $USER; the account is still known
    // to the system, and the audit trail names it rather than "unknown".
    if (user.isEmpty()) {
        static const QString account = [] {
            std::array<char, 4096> buffer{};
            passwd entry{};
            passwd *found = nullptr;
            if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
                return QString::fromLocal8Bit(found->pw_name);
            return QStringLiteral("uid%1").arg(geteuid());
        }();
        user = account;
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status Database::setActor(const QString &displayName)
{
    const QString name = displayName.trimmed();
    m_actor = name.isEmpty() || name == systemUser() ? systemUser() : QStringLiteral(u"%1（%2）").arg(name, systemUser());
    if (isServer() && isOpen())
        return PostgresEngine::setActor(connection(), m_actor);
    return Status::success();
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("qingfeng.sqlite"));
}

int Database::currentSchemaVersion()
{
    return Migrations::count();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    // The check's connection reads the file: it is done before the file may be replaced.
    if (m_tableCheck.valid())
        m_tableCheck.wait();
    m_tableCheck = {};
    // No writer of this program may replace the open file or its companions.
    ProtectedFiles::release(this);
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion() const
{
    return isServer() ? PostgresEngine::schemaVersion(connection()) : SqliteEngine::schemaVersion(connection());
}

bool Database::connectionLost()
{
    if (!isServer())
        return !isOpen();
    QSqlDatabase db = connection();
    if (!PostgresEngine::isConnectionLost(db))
        return false;
    // Dial again now, so that the next attempt can succeed once the server is back.
    db.close();
    // A connection whose actor is not set would write audit rows naming nobody: it is
    // closed again, and the next attempt dials once more.
    if (db.open() && !PostgresEngine::setActor(db, m_actor))
        db.close();
    m_transactionDepth = 0;
    return true;
}

Status Database::open(const QString &path)
{
    return open(DatabaseLocation::file(path));
}

Status Database::open(const DatabaseLocation &location, bool migrateServer)
{
    close();
    m_location = location;
    m_transactionDepth = 0;
    Status s = location.isServer()
        ? PostgresEngine::open(m_connectionName, location, currentSchemaVersion(), migrateServer)
        : SqliteEngine::open(m_connectionName, location.path(), currentSchemaVersion());
    return opened(s);
}

Status Database::open(const DatabaseLocation &location, TableCheck check)
{
    if (location.isServer() || check == TableCheck::BeforeOpen)
        return open(location);
    close();
    m_location = location;
    m_transactionDepth = 0;
    const Status s = opened(SqliteEngine::open(m_connectionName, location.path(), currentSchemaVersion(), false));
    if (s) {
        // Reading a city's figure pages takes a second or two; the window reads meanwhile
        // (a damaged page read says so where it is shown), and nothing is written before
        // the check has passed (Transaction waits for it).
        const QString actor = m_actor;
        m_tableCheck = std::async(std::launch::async, [location, actor] {
            Database worker;
            Status checked = worker.openAlongside(location, actor);
            if (checked)
                checked = SqliteEngine::checkTables(worker.connection(), location.path());
            return checked;
        }).share();
    }
    return s;
}

Status Database::tablesChecked() const
{
    return m_tableCheck.valid() ? m_tableCheck.get() : Status::success();
}

bool Database::tablesBeingChecked() const
{
    return m_tableCheck.valid() && m_tableCheck.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

Status Database::opened(Status s)
{
    if (s && m_location.isServer())
        s = PostgresEngine::setActor(connection(), m_actor);
    if (s)
        s = migrate();
    if (!s)
        close();
    else if (!m_location.isServer())
        ProtectedFiles::protectDatabase(this, m_location.path());
    return s;
}

Status Database::openAlongside(const DatabaseLocation &location, const QString &actor)
{
    close();
    m_location = location;
    m_actor = actor;
    m_transactionDepth = 0;
    Status s = m_location.isServer()
        ? PostgresEngine::open(m_connectionName, m_location, currentSchemaVersion(), false)
        : SqliteEngine::openAlongside(m_connectionName, m_location.path());
    if (s && m_location.isServer())
        s = PostgresEngine::setActor(connection(), m_actor);
    if (s && schemaVersion() != currentSchemaVersion())
        s = Status::failure(tr("数据库的数据结构版本已改变，请重新打开数据库。"));
    if (!s)
        close();
    return s;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const int steps = Migrations::count();
    for (int step = schemaVersion(); step < steps; ++step) {
        // One transaction per version: a failed step leaves the previous version intact.
        if (!db.transaction())
            return Status::failure(tr("无法开始数据库事务：%1").arg(db.lastError().text()));
        Status s = Migrations::apply(db, step, engine());
        if (s)
            s = isServer() ? PostgresEngine::setSchemaVersion(db, step + 1) : SqliteEngine::setSchemaVersion(db, step + 1);
        if (!s || !db.commit()) {
            db.rollback();
            if (s)
                s = Status::failure(tr("数据库升级提交失败：%1").arg(db.lastError().text()));
            return Status::failure(tr("数据库从版本 %1 升级到 %2 失败：%3").arg(step).arg(step + 1).arg(s.message()));
        }
    }
    // Generated triggers where the database holds other text: after an upgrade, or when the
    // list of audited columns grew. A server's are changed by its owner only (server init).
    if (!AuditTriggerSql::mayRewrite(db, engine()))
        return Status::success();
    if (!db.transaction())
        return Status::failure(tr("无法开始数据库事务：%1").arg(db.lastError().text()));
    Status s = Migrations::finish(db, schemaVersion(), engine());
    if (!s || !db.commit()) {
        db.rollback();
        return Status::failure(tr("数据库的审计触发器未能更新：%1").arg(s ? db.lastError().text() : s.message()));
    }
    return Status::success();
}

Transaction::Transaction(Database &db) : m_database(db), m_depth(db.m_transactionDepth)
{
    // A damaged file is never written to: the first write waits for the tables' check,
    // and when it failed the transaction still begins (so that no statement of the caller
    // commits on its own) but commit() rolls it back.
    if (m_depth == 0)
        m_refused = db.tablesChecked();
    QSqlDatabase conn = db.connection();
    if (m_depth == 0)
        m_active = conn.transaction();
    else
        m_active = QSqlQuery(conn).exec(QStringLiteral("SAVEPOINT qf_%1").arg(m_depth));
    if (m_active)
        ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::rollback()
{
    QSqlDatabase conn = m_database.connection();
    if (m_depth == 0) {
        conn.rollback();
    } else {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("ROLLBACK TO qf_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE qf_%1").arg(m_depth));
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth;
}

Status Transaction::commit()
{
    QSqlDatabase conn = m_database.connection();
    if (!m_refused) {
        if (m_active)
            rollback();
        return Status::failure(Database::tr("未保存：%1").arg(m_refused.message()));
    }
    if (!m_active)
        return Status::failure(Database::tr("事务未能开始：%1").arg(conn.lastError().text()));
    bool ok = false;
    QString err;
    if (m_depth == 0) {
        // On the server the audit trigger names the session's actor itself.
        if (!m_database.isServer()) {
            const Status who = SqliteEngine::attributeAudit(conn, m_database.actor());
            if (!who) {
                rollback();
                return Status::failure(Database::tr("保存失败，所有改动已撤销：%1").arg(who.message()));
            }
        }
        ok = conn.commit();
        // A full disk or a read-only file is said as such (the server's errors as it gives them).
        err = m_database.isServer() ? conn.lastError().text() : SqliteError::reason(conn.lastError());
    } else {
        QSqlQuery q(conn);
        ok = q.exec(QStringLiteral("RELEASE qf_%1").arg(m_depth));
        err = m_database.isServer() ? q.lastError().text() : SqliteError::reason(q.lastError());
    }
    if (!ok) {
        rollback();
        return Status::failure(Database::tr("保存失败，所有改动已撤销：%1").arg(err));
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth;
    return Status::success();
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlScript.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace qf {

namespace {

// 'QFNG': marks a file as ours, so a foreign SQLite file is recognised and left alone.
constexpr int kApplicationId = 0x51464E47;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("qingfeng-%1").arg(counter.fetchAndAddRelaxed(1));
}

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/qingfeng/storage/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(Database::tr("数据库语句执行失败：%1（%2）").arg(q.lastError().text(), sql.left(120)));
    return Status::success();
}

int pragmaInt(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
        return q.value(0).toInt();
    return -1;
}

int objectCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
        return q.value(0).toInt();
    return 0;
}

// Refuses a damaged file, another program's database and one from a newer version.
Status checkFile(QSqlDatabase db, const QString &path)
{
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok")) {
            const QString detail = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            return Status::failure(Database::tr("数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。").arg(path, detail));
        }
    }
    const int appId = pragmaInt(db, QStringLiteral("application_id"));
    const int version = pragmaInt(db, QStringLiteral("user_version"));
    if (objectCount(db) > 0 && appId != kApplicationId)
        return Status::failure(Database::tr("文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。").arg(path));
    if (version > Database::currentSchemaVersion())
        return Status::failure(Database::tr("数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。")
                                   .arg(path).arg(version).arg(Database::currentSchemaVersion()));
    return Status::success();
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()), m_actor(systemUser()) {}

QString Database::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void Database::setActor(const QString &displayName)
{
    const QString name = displayName.trimmed();
    m_actor = name.isEmpty() || name == systemUser() ? systemUser() : QStringLiteral(u"%1（%2）").arg(name, systemUser());
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
    return int(migrationFiles().size());
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
    return pragmaInt(connection(), QStringLiteral("user_version"));
}

Status Database::open(const QString &path)
{
    close();
    m_path = path;
    QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("无法读取数据库文件 %1：%2").arg(path, f.errorString()));
        const QByteArray header = f.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Status::failure(tr("文件 %1 不是清风数据库（也不是 SQLite 数据库），未做任何修改。").arg(path));
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Status::failure(tr("无法创建数据目录 %1。").arg(info.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        close();
        return Status::failure(tr("无法打开数据库 %1：%2").arg(path, err));
    }

    const Status fileCheck = checkFile(db, path);
    if (!fileCheck) {
        db = QSqlDatabase();
        close();
        return fileCheck;
    }
    const int version = pragmaInt(db, QStringLiteral("user_version"));

    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        Status s = exec(db, pragma);
        if (!s) {
            db = QSqlDatabase();
            close();
            return s;
        }
    }

    if (version > 0 && version < currentSchemaVersion()) {
        // Upgrading rewrites the schema: keep the file as it was first.
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version)
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec()) {
            const QString err = q.lastError().text();
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return Status::failure(tr("升级前无法备份数据库到 %1：%2").arg(backup, err));
        }
    }

    db = QSqlDatabase();
    Status s = migrate();
    if (!s)
        close();
    return s;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const QStringList files = migrationFiles();
    int version = schemaVersion();
    for (int step = version; step < files.size(); ++step) {
        QFile file(files.at(step));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("缺少数据库升级脚本 %1。").arg(files.at(step)));
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

        // One transaction per version: a failed step leaves the previous version intact.
        if (!db.transaction())
            return Status::failure(tr("无法开始数据库事务：%1").arg(db.lastError().text()));
        Status s;
        for (const QString &statement : statements) {
            s = exec(db, statement);
            if (!s)
                break;
        }
        if (s && step == 0)
            s = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        if (s)
            s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        if (!s || !db.commit()) {
            db.rollback();
            if (s)
                s = Status::failure(tr("数据库升级提交失败：%1").arg(db.lastError().text()));
            return Status::failure(tr("数据库从版本 %1 升级到 %2 失败：%3").arg(step).arg(step + 1).arg(s.message()));
        }
    }
    return Status::success();
}

Transaction::Transaction(Database &db) : m_database(db), m_depth(db.m_transactionDepth)
{
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
    if (!m_active)
        return Status::failure(Database::tr("事务未能开始：%1").arg(conn.lastError().text()));
    bool ok = false;
    QString err;
    if (m_depth == 0) {
        // The audit triggers leave the actor open; this transaction's rows are exactly the
        // open ones, since SQLite lets one writer at a time hold the database.
        QSqlQuery who(conn);
        who.prepare(QStringLiteral("UPDATE audit_log SET actor = ? WHERE actor IS NULL"));
        who.addBindValue(m_database.actor());
        if (!who.exec() && !who.lastError().text().contains(QLatin1String("no such table"))) {
            err = who.lastError().text();
            rollback();
            return Status::failure(Database::tr("保存失败，所有改动已撤销：%1").arg(err));
        }
        ok = conn.commit();
        err = conn.lastError().text();
    } else {
        QSqlQuery q(conn);
        ok = q.exec(QStringLiteral("RELEASE qf_%1").arg(m_depth));
        err = q.lastError().text();
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

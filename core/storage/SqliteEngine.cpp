// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteEngine.h"

#include "SqliteError.h"
#include "SqliteFileLocks.h"
#include "io/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(SqliteEngine::tr("数据库语句执行失败：%1（%2）").arg(SqliteError::reason(q.lastError()), sql.left(120)));
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

// The tables checked on every open: all but the audit trail. The trail only grows, is
// never read to compute a figure and soon outweighs the rest of the file, so checking it
// each time would make every open cost as much as the file's whole history. It is checked
// in full, with everything else, by every backup and every restore.
QStringList tablesToCheck(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

// One PRAGMA quick_check of a table (or of sqlite_master).
Status quickCheck(QSqlDatabase db, const QString &path, const QString &table)
{
    QSqlQuery check(db);
    const QString quoted = QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (!check.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted)) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        // Only SQLite finding the file corrupt means damage: a check that could not read
        // (full disk, no permission for the -shm file, I/O error) says what happened.
        if (check.lastError().isValid() && SqliteError::kindOf(check.lastError()) != SqliteError::Kind::Damaged)
            return Status::failure(SqliteError::describe(check.lastError(), path));
        const QString detail = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        return Status::failure(SqliteEngine::tr("数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。").arg(path, detail));
    }
    return Status::success();
}

// Refuses a damaged file, another program's database and one from a newer version; with
// tables false, checks only the schema (the tables are checked later, before any write).
Status checkFile(QSqlDatabase db, const QString &path, int currentVersion, bool tables)
{
    if (const Status s = quickCheck(db, path, QStringLiteral("sqlite_master")); !s)
        return s;
    if (tables)
        if (const Status s = SqliteEngine::checkTables(db, path); !s)
            return s;
    const int appId = pragmaInt(db, QStringLiteral("application_id"));
    const int version = pragmaInt(db, QStringLiteral("user_version"));
    if (objectCount(db) > 0 && appId != SqliteEngine::kApplicationId)
        return Status::failure(SqliteEngine::tr("文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。").arg(path));
    if (version > currentVersion)
        return Status::failure(SqliteEngine::tr("数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。")
                                   .arg(path).arg(version).arg(currentVersion));
    return Status::success();
}

// A connection named connectionName on the file, with the busy timeout every connection of
// the program uses; an error says what SQLite said about the file.
Status connectTo(const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(SqliteError::describe(db.lastError(), path));
    return Status::success();
}

Status failAndClose(const QString &connectionName, const Status &s)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return s;
}

} // namespace

Status SqliteEngine::checkTables(QSqlDatabase db, const QString &path)
{
    for (const QString &table : tablesToCheck(db))
        if (const Status s = quickCheck(db, path, table); !s)
            return s;
    return Status::success();
}

Status SqliteEngine::open(const QString &connectionName, const QString &path, int currentVersion, bool checkTables)
{
    // Before the first file is opened: from here on nothing else in the process (the header
    // read below, a file dialog on the folder) can release SQLite's locks.
    SqliteFileLocks::install();
    if (Status companions = checkCompanions(path); !companions)
        return companions;
    QFileInfo info(path);
    // SQLite writes the -wal and -shm files beside the database: both the file and its
    // folder must be writable, which is said before anything else is tried.
    const QByteArray native = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    if ((info.exists() && ::access(native.constData(), W_OK) != 0)
        || (info.absoluteDir().exists() && ::access(folder.constData(), W_OK) != 0))
        return Status::failure(SqliteError::describe(SqliteError::Kind::ReadOnly, path, QString()));
    if (info.exists() && info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("无法读取数据库文件 %1：%2").arg(path, f.errorString()));
        const QByteArray header = f.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Status::failure(tr("文件 %1 不是清风数据库（也不是 SQLite 数据库），未做任何修改。").arg(path));
    } else {
        // A new database holds tip-off reporters' names from its first write: its folder is
        // created 0700 and the file 0600 before SQLite opens it (its -wal and -shm take the
        // file's mode).
        Status created = PrivateFiles::makeFolder(info.absolutePath());
        if (created)
            created = PrivateFiles::createEmpty(path);
        if (!created)
            return created;
    }

    Status result = connectTo(connectionName, path);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        // Migrating writes: a file to be migrated is checked in full before.
        const bool now = checkTables || pragmaInt(db, QStringLiteral("user_version")) != currentVersion;
        if (result)
            result = checkFile(db, path, currentVersion, now);
        for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                                      QStringLiteral("PRAGMA synchronous = NORMAL")}) {
            if (result)
                result = exec(db, pragma);
        }
        const int version = result ? pragmaInt(db, QStringLiteral("user_version")) : 0;
        if (result && version > 0 && version < currentVersion) {
            // Upgrading rewrites the schema: keep the file as it was first.
            const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version)
                                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")));
            result = vacuumInto(db, backup);
            if (!result)
                result = Status::failure(tr("升级前无法备份数据库到 %1：%2").arg(backup, result.message()));
        }
    }
    return result ? result : failAndClose(connectionName, result);
}

Status SqliteEngine::checkCompanions(const QString &path)
{
    // SQLite follows a symbolic link to the database and keeps the companions beside the
    // file the link names: those are the ones it opens (and those beside the link, which a
    // restore removes, are looked at too).
    QStringList databases{path};
    const QFileInfo database(path);
    if (database.isSymLink()) {
        const QString target = database.exists() ? database.canonicalFilePath() : database.symLinkTarget();
        if (!target.isEmpty() && target != database.absoluteFilePath())
            databases << target;
    }
    for (const QString &file : std::as_const(databases)) {
        for (const char *suffix : {"-journal", "-wal", "-shm"}) {
            const QString companion = file + QLatin1String(suffix);
            struct stat st = {};
            if (::lstat(QFile::encodeName(companion).constData(), &st) != 0)
                continue;
            if (!S_ISREG(st.st_mode))
                return Status::failure(tr("数据库 %1 旁的 %2 不是普通文件（可能是命名管道、文件夹、设备或链接），"
                                          "数据库无法安全打开，未做任何修改；请将它移走后再试。")
                                           .arg(path, companion));
            // SQLite truncates and rewrites these files in place: through a second name
            // (a hard link) it would overwrite whatever other file that name belongs to.
            if (st.st_nlink > 1)
                return Status::failure(tr("数据库 %1 旁的 %2 还有别的文件名（硬链接），SQLite 写入它会同时改写那个文件，"
                                          "数据库无法安全打开，未做任何修改；请复制它，用副本替换它（断开硬链接）后再试。")
                                           .arg(path, companion));
        }
    }
    return Status::success();
}

Status SqliteEngine::openAlongside(const QString &connectionName, const QString &path)
{
    SqliteFileLocks::install();
    if (Status companions = checkCompanions(path); !companions)
        return companions;
    Status result = connectTo(connectionName, path);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        // The journal mode is the file's (WAL, set by the first connection); the rest are
        // the connection's own.
        for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL")}) {
            if (result)
                result = exec(db, pragma);
        }
        if (result && pragmaInt(db, QStringLiteral("application_id")) != kApplicationId)
            result = Status::failure(tr("文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。").arg(path));
    }
    return result ? result : failAndClose(connectionName, result);
}

Status SqliteEngine::vacuumInto(QSqlDatabase db, const QString &path, const std::function<Status(const QString &)> &check)
{
    // VACUUM INTO fills an empty file it finds and keeps its owner-only mode; the copy
    // takes the target's name only once it is complete (and checked).
    AtomicFile file(path);
    Status s = file.open();
    if (!s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file.temporaryPath());
    if (!q.exec())
        return Status::failure(SqliteError::reason(q.lastError()));
    if (check) {
        s = check(file.temporaryPath());
        if (!s)
            return s;
    }
    return file.commit();
}

int SqliteEngine::schemaVersion(QSqlDatabase db)
{
    return pragmaInt(db, QStringLiteral("user_version"));
}

Status SqliteEngine::setSchemaVersion(QSqlDatabase db, int version)
{
    Status s = Status::success();
    if (version == 1)
        s = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(SqliteEngine::kApplicationId));
    if (s)
        s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    return s;
}

Status SqliteEngine::attributeAudit(QSqlDatabase db, const QString &actor)
{
    // The audit triggers leave the actor open; this transaction's rows are exactly the
    // open ones, since SQLite lets one writer at a time hold the database.
    QSqlQuery who(db);
    who.prepare(QStringLiteral("UPDATE audit_log SET actor = ? WHERE actor IS NULL"));
    who.addBindValue(actor);
    if (!who.exec() && !who.lastError().text().contains(QLatin1String("no such table")))
        return Status::failure(who.lastError().text());
    return Status::success();
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Status Backup::write(Database &db, const QString &outPath)
{
    // The server keeps its own backups (pg_dump); a SQLite copy of it would be partial
    // for any account that row-level security limits.
    if (db.isServer())
        return Status::failure(tr("服务器数据库 %1 请由服务器管理员用 pg_dump 备份。").arg(db.location().displayName()));
    const QFileInfo target(outPath);
    if (!target.absoluteDir().exists() && !QDir().mkpath(target.absolutePath()))
        return Status::failure(tr("无法创建备份目录 %1。").arg(target.absolutePath()));
    // VACUUM INTO refuses an existing file; write beside the target and rename, so a
    // failed backup never leaves a half-written file under the final name.
    const QString temp = outPath + QStringLiteral(".partial");
    QFile::remove(temp);
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            QFile::remove(temp);
            return Status::failure(tr("备份到 %1 失败：%2").arg(outPath, q.lastError().text()));
        }
    }
    Status s = verify(temp);
    if (!s) {
        QFile::remove(temp);
        return s;
    }
    if (QFile::exists(outPath) && !QFile::remove(outPath)) {
        QFile::remove(temp);
        return Status::failure(tr("无法覆盖已有的备份文件 %1。").arg(outPath));
    }
    if (!QFile::rename(temp, outPath)) {
        QFile::remove(temp);
        return Status::failure(tr("无法写入备份文件 %1。").arg(outPath));
    }
    return Status::success();
}

Status Backup::verify(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Status::failure(tr("备份文件 %1 不存在。").arg(path));
    // Open a private copy: Database::open migrates older files, and a check must not
    // change the file it checks.
    const QString probe = path + QStringLiteral(".verify");
    QFile::remove(probe);
    if (!QFile::copy(path, probe))
        return Status::failure(tr("无法读取备份文件 %1。").arg(path));
    Status s;
    {
        Database db;
        s = db.open(probe);
        if (s) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
                s = Status::failure(tr("备份文件 %1 未通过完整性检查。").arg(path));
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(probe + suffix);
    if (!s)
        return Status::failure(tr("%1 不是可用的清风备份：%2").arg(path, s.message()));
    return Status::success();
}

Status Backup::restore(const QString &backupPath, const QString &dbPath, QString *keptCopy)
{
    Status s = verify(backupPath);
    if (!s)
        return s;
    const QString staged = dbPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged))
        return Status::failure(tr("无法复制备份文件到 %1。").arg(staged));

    QString kept;
    if (QFileInfo::exists(dbPath)) {
        // Keep what is being replaced, consistently (its WAL included), before touching it.
        Database current;
        s = current.open(dbPath);
        if (s) {
            kept = QStringLiteral("%1.before-restore-%2.bak")
                       .arg(dbPath, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            s = write(current, kept);
            current.close();
        }
        if (!s) {
            QFile::remove(staged);
            return Status::failure(tr("恢复前无法保存当前数据库，未做任何修改：%1").arg(s.message()));
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    QFile::remove(dbPath);
    if (!QFile::rename(staged, dbPath))
        return Status::failure(tr("无法替换数据库文件 %1；原数据库已保存在 %2。").arg(dbPath, kept));
    if (keptCopy)
        *keptCopy = kept;
    return Status::success();
}

Status Backup::daily(Database &db, const QString &dir, const QDate &today, int keep, QString *written)
{
    QDir backups(dir);
    const QString name = QStringLiteral("qingfeng-%1.sqlite").arg(today.toString(Qt::ISODate));
    if (!backups.exists(name)) {
        Status s = write(db, backups.filePath(name));
        if (!s)
            return s;
        if (written)
            *written = backups.filePath(name);
    }
    // Names sort by date, so the newest come last.
    QStringList files = backups.entryList({QStringLiteral("qingfeng-\?\?\?\?-\?\?-\?\?.sqlite")}, QDir::Files, QDir::Name);
    while (files.size() > keep)
        QFile::remove(backups.filePath(files.takeFirst()));
    return Status::success();
}

} // namespace qf

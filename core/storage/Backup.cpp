// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "BackupCheck.h"
#include "Database.h"
#include "RawConnection.h"
#include "SqliteEngine.h"
#include "SqliteError.h"
#include "io/AtomicFile.h"
#include "io/InputFile.h"
#include "io/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <limits>
#include <optional>

namespace qf {

namespace {

constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();

// Streams one file into an atomic file's temporary copy.
Status copyInto(const QString &from, AtomicFile &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(Backup::tr("无法读取 %1：%2").arg(from, in.errorString()));
    while (true) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty())
            break;
        Status s = to.write(chunk);
        if (!s)
            return s;
    }
    if (in.error() != QFileDevice::NoError)
        return Status::failure(Backup::tr("无法读取 %1：%2").arg(from, in.errorString()));
    return Status::success();
}

Status copyFile(const QString &from, const QString &to)
{
    AtomicFile out(to);
    Status s = out.open();
    if (s)
        s = copyInto(from, out);
    return s ? out.commit() : s;
}

/// A backup that was in WAL mode may hold committed changes only in the "-wal" file beside
/// it. Restoring the main file alone would drop them silently, so the two are copied into
/// the temporary folder and merged there (the user's files are never opened by SQLite);
/// *source is then the merged copy, or the backup itself when it has no WAL.
Status mergeWal(const QString &backupPath, QTemporaryDir &dir, QString *source)
{
    *source = backupPath;
    // A rollback journal beside the backup means it was copied mid-transaction: the main
    // file alone may be half-written and the journal is what SQLite would need to undo
    // that, so such a backup is refused, naming the journal, rather than used without it.
    const QFileInfo journal(backupPath + QStringLiteral("-journal"));
    if (journal.exists() && journal.size() > 0)
        return Status::failure(Backup::tr("备份旁有未完成事务的日志文件 %1，该备份可能不完整").arg(journal.filePath()));
    const QFileInfo wal(backupPath + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return Status::success();
    if (!dir.isValid())
        return Status::failure(Backup::tr("无法建立合并备份用的临时文件夹：%1").arg(dir.errorString()));
    const QString merged = dir.filePath(QStringLiteral("merged.sqlite"));
    Status s = copyFile(backupPath, merged);
    if (s)
        s = copyFile(wal.filePath(), merged + QStringLiteral("-wal"));
    if (!s)
        return Status::failure(Backup::tr("无法读取备份旁的 %1：%2").arg(wal.filePath(), s.message()));
    {
        RawConnection connection(merged);
        QSqlQuery q(connection.db());
        if (!connection.isOpen() || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return Status::failure(Backup::tr("备份旁有未合并的 %1，无法合并：%2")
                                       .arg(wal.filePath(), SqliteError::reason(connection.isOpen() ? q.lastError() : connection.error())));
    }
    if (QFileInfo::exists(merged + QStringLiteral("-wal")))
        return Status::failure(Backup::tr("备份旁有未合并的 %1，无法合并。").arg(wal.filePath()));
    *source = merged;
    return Status::success();
}

/// The database being replaced, held by this connection alone: leaving WAL mode succeeds
/// only for the last connection to a file (and folds the WAL into the file), and exclusive
/// locking then keeps every other program out until the new file is in place.
class SoleHolder
{
public:
    explicit SoleHolder(const QString &path) : m_path(path) {}

    /// False with the reason when another program has the file open, or it is unusable
    /// (damaged() then says whether SQLite found it corrupt or not a database).
    Status take()
    {
        m_connection.emplace(m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!m_connection->isOpen())
            return failed(m_connection->error());
        QSqlQuery q(m_connection->db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next())
            return failed(q.lastError());
        if (q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return inUse();
        for (const QString &sql : {QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"),
                                   QStringLiteral("COMMIT")}) {
            if (!q.exec(sql))
                return failed(q.lastError());
        }
        return Status::success();
    }
    bool damaged() const { return m_damaged; }
    QSqlDatabase connection() const { return m_connection->db(); }

private:
    Status inUse() const
    {
        return Status::failure(Backup::tr("数据库 %1 正由其他清风程序使用。请先关闭所有使用它的窗口和命令，再从备份恢复；未做任何修改。")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    Status failed(const QSqlError &error)
    {
        const SqliteError::Kind kind = SqliteError::kindOf(error);
        if (kind == SqliteError::Kind::Busy)
            return inUse();
        m_damaged = kind == SqliteError::Kind::Damaged;
        return Status::failure(SqliteError::describe(error, m_path));
    }
    QString m_path;
    std::optional<RawConnection> m_connection;
    bool m_damaged = false;
};

} // namespace

Status Backup::write(Database &db, const QString &outPath, Progress *progress)
{
    // The server keeps its own backups (pg_dump); a SQLite copy of it would be partial
    // for any account that row-level security limits.
    if (db.isServer())
        return Status::failure(tr("服务器数据库 %1 请由服务器管理员用 pg_dump 备份。").arg(db.location().displayName()));
    // Checked as a restore would check it, before it takes the name: a backup that could
    // not be restored is no backup.
    if (!Progress::goOn(progress, 0, 2, tr("正在复制数据库…")))
        return Status::failure(Progress::cancelledMessage());
    // Cancelled while the copy was made, it is dropped before it takes the name.
    const Status s = SqliteEngine::vacuumInto(db.connection(), outPath, [&outPath, progress](const QString &copy) {
        if (!Progress::goOn(progress, 1, 2, tr("正在检查备份…")))
            return Status::failure(Progress::cancelledMessage());
        return BackupCheck::check(copy, outPath);
    });
    if (progress && progress->isCancelled() && !s)
        return Status::failure(Progress::cancelledMessage());
    if (!s)
        return Status::failure(tr("备份到 %1 失败：%2").arg(outPath, s.message()));
    return Status::success();
}

Status Backup::verify(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Status::failure(tr("备份文件 %1 不存在。").arg(path));
    Status s = InputFile::checkRegular(path, kNoLimit);
    if (!s)
        return Status::failure(tr("%1 不是可用的清风备份：%2").arg(path, s.message()));
    // A private copy is checked: opening a file may write -shm beside it, and the check
    // must change nothing the user owns.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(tr("无法建立检查备份用的临时文件夹：%1").arg(dir.errorString()));
    QTemporaryDir walDir;
    QString source;
    s = mergeWal(path, walDir, &source);
    if (!s)
        return Status::failure(tr("%1 不是可用的清风备份：%2").arg(path, s.message()));
    s = copyFile(source, dir.filePath(QStringLiteral("candidate.sqlite")));
    if (!s)
        return Status::failure(tr("无法读取备份文件 %1：%2").arg(path, s.message()));
    return BackupCheck::check(dir.filePath(QStringLiteral("candidate.sqlite")), path);
}

Status Backup::restore(const QString &backupPath, const QString &dbPath, QString *keptCopy)
{
    if (!QFileInfo::exists(backupPath))
        return Status::failure(tr("备份文件 %1 不存在。").arg(backupPath));
    Status s = InputFile::checkRegular(backupPath, kNoLimit);
    if (!s)
        return Status::failure(tr("%1 不是可用的清风备份：%2").arg(backupPath, s.message()));
    // Before anything opens the database being replaced (keeping a copy of it opens it).
    s = SqliteEngine::checkCompanions(dbPath);
    if (!s)
        return s;

    // The candidate is copied beside the database first and that very copy is checked, so
    // what is checked is what gets installed. The restored file keeps the mode of the one it
    // replaces (owner-only for a new one).
    QTemporaryDir walDir;
    QString source;
    s = mergeWal(backupPath, walDir, &source);
    if (!s)
        return Status::failure(tr("%1 不是可用的清风备份：%2；未做任何修改。").arg(backupPath, s.message()));
    const int mode = PrivateFiles::modeOf(dbPath);
    AtomicFile staged(dbPath, mode >= 0 ? unsigned(mode) : PrivateFiles::kFileMode, AtomicFile::Target::Database);
    s = staged.open();
    if (s)
        s = copyInto(source, staged);
    if (!s)
        return Status::failure(tr("无法复制备份文件：%1；未做任何修改。").arg(s.message()));
    s = BackupCheck::check(staged.temporaryPath(), backupPath);
    if (!s)
        return s;

    QString kept;
    SoleHolder current(dbPath);
    if (QFileInfo::exists(dbPath)) {
        // Never over an earlier kept copy (two restores within a second).
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        kept = QStringLiteral("%1.before-restore-%2.bak").arg(dbPath, stamp);
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QStringLiteral("%1.before-restore-%2-%3.bak").arg(dbPath, stamp).arg(n);
        // Keep what is being replaced before touching it: a consistent copy with the WAL's
        // content, or, for a file SQLite cannot read, the file's bytes as they are.
        s = current.take();
        if (s) {
            s = SqliteEngine::vacuumInto(current.connection(), kept);
        } else if (current.damaged()) {
            s = copyFile(dbPath, kept);
            if (s && QFileInfo::exists(dbPath + QStringLiteral("-wal")))
                s = copyFile(dbPath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        }
        if (!s)
            return Status::failure(tr("恢复前无法保存当前数据库，未做任何修改：%1").arg(s.message()));
        // No one else has the file open, so its -wal and -shm hold nothing: left beside the
        // new file they would be taken for its own.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(dbPath + suffix) && !QFile::remove(dbPath + suffix))
                return Status::failure(tr("无法删除旧的 %1，未做任何修改；原数据库已另存为 %2。").arg(dbPath + suffix, kept));
        }
    }
    s = staged.commit();
    if (!s)
        return Status::failure(tr("无法替换数据库文件 %1：%2；原数据库未改动%3。")
                                   .arg(dbPath, s.message(), kept.isEmpty() ? QString() : tr("，并已另存为 %1").arg(kept)));
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

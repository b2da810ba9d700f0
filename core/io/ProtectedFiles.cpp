// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectedFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <mutex>
#include <sys/stat.h>

namespace qf {

namespace {

enum class Kind { Database, Writing };

struct Entry
{
    const void *owner;
    Kind kind;
    QString shownAs;  // the database (or file) the message names
    QString key;      // the protected path, its folder resolved
    QString path;     // as registered, for the inode comparison at check time
};

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

QList<Entry> &registry()
{
    static QList<Entry> entries;
    return entries;
}

// The path with its folder resolved through symbolic links: a file that does not exist yet
// still gets the name it would have.
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName());
}

bool sameInode(const QString &a, const QString &b)
{
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void add(const void *owner, Kind kind, const QString &shownAs, const QString &path)
{
    const std::lock_guard<std::mutex> lock(registryMutex());
    registry().append({owner, kind, shownAs, keyOf(path), QFileInfo(path).absoluteFilePath()});
}

} // namespace

void ProtectedFiles::protectDatabase(const void *owner, const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    QStringList paths = companionsOf(databasePath);
    // SQLite puts the companions of a database reached through a symbolic link beside the
    // file the link points to.
    const QString resolved = QFileInfo(databasePath).canonicalFilePath();
    if (!resolved.isEmpty() && resolved != QFileInfo(databasePath).absoluteFilePath())
        paths += companionsOf(resolved);
    for (const QString &p : paths)
        add(owner, Kind::Database, databasePath, p);
}

void ProtectedFiles::protectWriting(const void *owner, const QString &path)
{
    if (!path.isEmpty())
        add(owner, Kind::Writing, path, path);
}

void ProtectedFiles::release(const void *owner)
{
    const std::lock_guard<std::mutex> lock(registryMutex());
    registry().removeIf([owner](const Entry &e) { return e.owner == owner; });
}

QStringList ProtectedFiles::companionsOf(const QString &databasePath)
{
    const QString p = QFileInfo(databasePath).absoluteFilePath();
    return {p, p + QStringLiteral("-wal"), p + QStringLiteral("-shm"), p + QStringLiteral("-journal"),
            p + QStringLiteral(".lock")};
}

Status ProtectedFiles::check(const QString &target, Except except)
{
    const QFileInfo info(target);
    QStringList keys{keyOf(target)};
    // A symbolic link (even a dangling one, to a companion not there yet) is judged by
    // where it points as well.
    if (info.isSymLink())
        keys << keyOf(info.symLinkTarget());
    const std::lock_guard<std::mutex> lock(registryMutex());
    for (const Entry &e : registry()) {
        if (except == Except::Databases && e.kind == Kind::Database)
            continue;
        if (!keys.contains(e.key) && !sameInode(target, e.path))
            continue;
        const QString shownTarget = QDir::toNativeSeparators(target);
        if (e.kind == Kind::Writing)
            return Status::failure(tr("不能写入 %1：这个文件正在写入（例如备份尚未完成），请稍后再试或另选文件名；未写入任何内容。")
                                       .arg(shownTarget));
        return Status::failure(tr("不能写入 %1：它是正在使用的数据库 %2 或其日志、锁文件，写入会毁掉数据库。请另选文件名；未写入任何内容。")
                                   .arg(shownTarget, QDir::toNativeSeparators(e.shownAs)));
    }
    return Status::success();
}

} // namespace qf

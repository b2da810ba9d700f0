// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include "ProtectedFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status AtomicFile::checkTarget() const
{
    // Renaming over a device, FIFO or socket would replace the node itself with a regular
    // file (as root, /dev/full) and report success; a folder cannot take a file's place.
    // A symlink to a regular file is judged by the file it names.
    struct stat st = {};
    if (::stat(QFile::encodeName(m_target).constData(), &st) != 0)
        return Status::success();
    if (!S_ISREG(st.st_mode))
        return Status::failure(tr("无法写入 %1：不是普通文件。").arg(shown(m_target)));
    // rename(2) needs only the folder to be writable: a file its owner made read-only (or
    // one this account may not write) would be replaced without a word, as root even more so.
    // A restore checks the database's own state itself.
    if (m_kind == Target::Ordinary
        && ((st.st_mode & 0222) == 0 || ::access(QFile::encodeName(m_target).constData(), W_OK) != 0))
        return Status::failure(tr("文件 %1 是只读的，未写入。").arg(shown(m_target)));
    return Status::success();
}

QString AtomicFile::reason(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return tr("磁盘空间不足");
    case EACCES:
    case EPERM:
    case EROFS:
        return tr("文件夹只读/没有写入权限");
    case EFBIG:
        return tr("文件超过了允许的大小");
    case ENAMETOOLONG:
        return tr("文件名或路径太长");
    case ENOENT:
    case ENOTDIR:
        return tr("文件夹不存在");
    case EISDIR:
        return tr("同名的文件夹已存在");
    case ELOOP:
        return tr("路径中的符号链接太多或形成了循环");
    case EIO:
        return tr("磁盘读写出错");
    case EMFILE:
    case ENFILE:
        return tr("打开的文件太多");
    case ETXTBSY:
    case EBUSY:
        return tr("文件正被其他程序使用");
    default:
        return tr("系统错误 %1（%2）").arg(error).arg(errnoText(error));
    }
}

AtomicFile::AtomicFile(const QString &target, unsigned mode, Target kind)
    : m_target(QFileInfo(target).absoluteFilePath()), m_mode(mode), m_kind(kind)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

Status AtomicFile::open()
{
    discard();
    Status s = ProtectedFiles::check(m_target, m_kind == Target::Database ? ProtectedFiles::Except::Databases
                                                                         : ProtectedFiles::Except::Nothing);
    if (!s)
        return s;
    s = checkTarget();
    if (!s)
        return s;
    const QFileInfo target(m_target);
    s = PrivateFiles::makeFolder(target.absolutePath());
    if (!s)
        return s;
    // A short hidden name beside the target, so that any name the folder takes can be
    // written (the target's own name plus a suffix may be too long); mkstemp creates it
    // 0600 with O_EXCL.
    QByteArray pattern = QFile::encodeName(target.absoluteDir().filePath(QStringLiteral(".qingfeng-XXXXXX")));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        const int error = errno;
        return Status::failure(tr("无法写入 %1：%2。").arg(shown(m_target), reason(error)));
    }
    m_fd = fd;
    m_temp = QFile::decodeName(pattern);
    ProtectedFiles::protectWriting(this, m_target);
    if (m_mode != PrivateFiles::kFileMode && ::fchmod(m_fd, mode_t(m_mode)) != 0) {
        const int error = errno;
        discard();
        return Status::failure(tr("无法写入 %1：%2。").arg(shown(m_target), reason(error)));
    }
    return Status::success();
}

Status AtomicFile::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return Status::failure(tr("无法写入 %1：临时文件未打开。").arg(shown(m_target)));
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            return Status::failure(tr("无法写入 %1：%2。").arg(shown(m_target), reason(error)));
        }
        data += n;
        left -= n;
    }
    return Status::success();
}

Status AtomicFile::commit()
{
    if (m_fd < 0)
        return Status::failure(tr("无法写入 %1：临时文件未打开。").arg(shown(m_target)));
    // Path-based writers wrote into the same inode, so this descriptor flushes their data too.
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        return Status::failure(tr("无法写入 %1：%2。").arg(shown(m_target), reason(error)));
    }
    ::close(m_fd);
    m_fd = -1;
    // Again at the last moment: the target may have become a FIFO while the data was written.
    if (const Status s = checkTarget(); !s) {
        discard();
        return s;
    }
    if (std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int error = errno;
        discard();
        return Status::failure(tr("无法写入 %1：%2。").arg(shown(m_target), reason(error)));
    }
    m_temp.clear();
    ProtectedFiles::release(this);
    // The rename itself is durable once the folder is flushed.
    const int dir = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return Status::success();
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.isEmpty()) {
        ::unlink(QFile::encodeName(m_temp).constData());
        m_temp.clear();
    }
    ProtectedFiles::release(this);
}

Status AtomicFile::write(const QString &target, const QByteArray &bytes, unsigned mode)
{
    AtomicFile file(target, mode);
    Status s = file.open();
    if (s)
        s = file.write(bytes);
    if (s)
        s = file.commit();
    return s;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <limits>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// errno is passed in as a value, taken at once: building the message may change it.
Status readFailure(const QString &path, int error)
{
    return Status::failure(InputFile::tr("无法读取文件 %1：%2").arg(path, QString::fromLocal8Bit(strerror(error))));
}

// A descriptor kept only for the scope that opened it.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

ssize_t readSome(int fd, char *into, size_t count)
{
    ssize_t n;
    do
        n = ::read(fd, into, count);
    while (n < 0 && errno == EINTR);
    return n;
}

} // namespace

Status InputFile::checkRegular(const QString &path, qint64 maxBytes)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        // Only a name that leads nowhere is "not found"; a loop of links, a folder without
        // permission or an overlong name is a file that cannot be read, and says why.
        if (error == ENOENT || error == ENOTDIR)
            return Status::failure(tr("找不到文件 %1。").arg(path));
        return readFailure(path, error);
    }
    if (!S_ISREG(st.st_mode))
        return Status::failure(tr("%1 不是普通文件（可能是文件夹、管道或设备），未读取。").arg(path));
    if (st.st_size > maxBytes)
        return Status::failure(tr("文件 %1 有 %2，超过了 %3 的上限，未读取。").arg(path, sizeText(st.st_size), sizeText(maxBytes)));
    return Status::success();
}

// checkRegular(), then an open that cannot block, checked again on the descriptor: the
// name may have been swapped for a FIFO between the check and the open.
static Status openRegular(const QString &path, qint64 maxBytes, int *fd)
{
    *fd = -1;
    const Status s = InputFile::checkRegular(path, maxBytes);
    if (!s)
        return s;
    const QByteArray native = QFile::encodeName(path);
    *fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (*fd < 0)
        return readFailure(path, errno);
    struct stat st {};
    if (::fstat(*fd, &st) != 0 || !S_ISREG(st.st_mode))
        return Status::failure(InputFile::tr("%1 不是普通文件（可能是文件夹、管道或设备），未读取。").arg(path));
    return Status::success();
}

Status InputFile::read(const QString &path, qint64 maxBytes, QByteArray *out, QByteArray *sha256)
{
    int raw = -1;
    const Status s = openRegular(path, maxBytes, &raw);
    const Descriptor fd(raw);
    if (!s)
        return s;
    // Whatever size the file claimed, at most maxBytes + 1 bytes are read: the one byte
    // more tells a file at the limit from one past it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray data;
    constexpr qint64 kChunk = 1 << 20;
    while (true) {
        const qint64 want = qMin<qint64>(kChunk, maxBytes + 1 - data.size());
        const qsizetype had = data.size();
        data.resize(had + want);
        const ssize_t n = readSome(fd.get(), data.data() + had, size_t(want));
        if (n < 0)
            return readFailure(path, errno);
        data.resize(had + n);
        if (n == 0)
            break;
        if (data.size() > maxBytes)
            return Status::failure(tr("文件 %1 超过了 %2 的上限，未读取。").arg(path, sizeText(maxBytes)));
        if (sha256)
            hash.addData(QByteArrayView(data.constData() + had, n));
    }
    *out = data;
    if (sha256)
        *sha256 = hash.result();
    return Status::success();
}

Status InputFile::readHead(const QString &path, qint64 count, QByteArray *out)
{
    int raw = -1;
    const Status s = openRegular(path, std::numeric_limits<qint64>::max(), &raw);
    const Descriptor fd(raw);
    if (!s)
        return s;
    QByteArray head(count, '\0');
    const ssize_t n = readSome(fd.get(), head.data(), size_t(count));
    if (n < 0)
        return readFailure(path, errno);
    head.truncate(n);
    *out = head;
    return Status::success();
}

} // namespace qf

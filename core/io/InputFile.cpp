// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Status InputFile::checkRegular(const QString &path, qint64 maxBytes)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return Status::failure(tr("找不到文件 %1。").arg(path));
    if (!S_ISREG(st.st_mode))
        return Status::failure(tr("%1 不是普通文件（可能是文件夹、管道或设备），未读取。").arg(path));
    if (st.st_size > maxBytes)
        return Status::failure(tr("文件 %1 有 %2，超过了 %3 的上限，未读取。").arg(path, sizeText(st.st_size), sizeText(maxBytes)));
    return Status::success();
}

Status InputFile::read(const QString &path, qint64 maxBytes, QByteArray *out, QByteArray *sha256)
{
    Status s = checkRegular(path, maxBytes);
    if (!s)
        return s;
    // Opened without blocking and checked again on the descriptor: the name may have been
    // swapped for a FIFO between the check and the open.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Status::failure(tr("无法读取文件 %1：%2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Status::failure(tr("%1 不是普通文件（可能是文件夹、管道或设备），未读取。").arg(path));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Status::failure(tr("无法读取文件 %1：%2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray data;
    data.reserve(int(qMin<qint64>(st.st_size, maxBytes)));
    constexpr qint64 kChunk = 1 << 20;
    while (true) {
        const QByteArray chunk = file.read(qMin<qint64>(kChunk, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > maxBytes)
            return Status::failure(tr("文件 %1 超过了 %2 的上限，未读取。").arg(path, sizeText(maxBytes)));
        if (sha256)
            hash.addData(chunk);
    }
    if (file.error() != QFileDevice::NoError)
        return Status::failure(tr("无法读取文件 %1：%2").arg(path, file.errorString()));
    *out = data;
    if (sha256)
        *sha256 = hash.result();
    return Status::success();
}

} // namespace qf

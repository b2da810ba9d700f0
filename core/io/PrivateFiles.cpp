// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Status PrivateFiles::makeFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return Status::success();
    // Parents first, each created with the owner-only mode (mkpath would use 0777 & umask).
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute) {
        Status s = makeFolder(parent);
        if (!s)
            return s;
    }
    if (::mkdir(QFile::encodeName(absolute).constData(), kFolderMode) != 0 && errno != EEXIST)
        return Status::failure(tr("无法创建文件夹 %1：%2").arg(QDir::toNativeSeparators(absolute), errnoText()));
    if (!QFileInfo(absolute).isDir())
        return Status::failure(tr("%1 已存在，但不是文件夹。").arg(QDir::toNativeSeparators(absolute)));
    return Status::success();
}

Status PrivateFiles::createEmpty(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, kFileMode);
    if (fd < 0) {
        if (errno == EEXIST)
            return Status::success();
        return Status::failure(tr("无法创建文件 %1：%2").arg(QDir::toNativeSeparators(path), errnoText()));
    }
    ::close(fd);
    return Status::success();
}

unsigned PrivateFiles::documentMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode))
        return unsigned(st.st_mode & 0777);
    return kDocumentMode;
}

int PrivateFiles::modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace qf

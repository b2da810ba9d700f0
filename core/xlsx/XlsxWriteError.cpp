// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWriteError.h"

#include "io/AtomicFile.h"

#include <QFile>

#include <cerrno>
#include <sys/statvfs.h>

namespace qf {

namespace {

// libxlsxwriter's cleanup after a failed write may have replaced errno: a folder whose file
// system has (almost) no room left is taken as full too.
bool folderFull(const QString &folder)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return false;
    constexpr unsigned long long kAlmostNothing = 256 * 1024;
    return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < kAlmostNothing;
}

bool isFileError(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

} // namespace

QString XlsxWriteError::describe(lxw_error error, int savedErrno, const QString &folder)
{
    if (isFileError(error)) {
        if (savedErrno == ENOSPC || savedErrno == EDQUOT || folderFull(folder))
            return AtomicFile::reason(ENOSPC);
        if (savedErrno == EACCES || savedErrno == EPERM || savedErrno == EROFS)
            return AtomicFile::reason(savedErrno);
    }
    return tr("Excel 文件生成失败（%1）").arg(QString::fromUtf8(lxw_strerror(error)));
}

} // namespace qf

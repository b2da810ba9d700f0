// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx/XlsxTarget.h"

#include "xlsx/XlsxWriteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace qf {

XlsxTarget::XlsxTarget(const QString &path, unsigned mode) : m_path(path), m_file(path, mode) {}

XlsxTarget::~XlsxTarget()
{
    if (m_workbook)
        workbook_close(m_workbook); // frees it; the AtomicFile then removes the temporary file
}

Status XlsxTarget::open()
{
    const QFileInfo target(m_path);
    if (!target.absoluteDir().exists())
        return Status::failure(tr("文件夹 %1 不存在，未写入 %2。")
                                   .arg(QDir::toNativeSeparators(target.absolutePath()), QDir::toNativeSeparators(m_path)));
    if (Status opened = m_file.open(); !opened)
        return opened;
    m_workbook = workbook_new(QFile::encodeName(m_file.temporaryPath()).constData());
    if (!m_workbook)
        return Status::failure(tr("无法生成 Excel 文件 %1（内存不足或临时文件不可写）。").arg(QDir::toNativeSeparators(m_path)));
    return Status::success();
}

Status XlsxTarget::finish(Status written)
{
    if (!m_workbook)
        return Status::failure(tr("无法生成 Excel 文件 %1。").arg(QDir::toNativeSeparators(m_path)));
    errno = 0;
    const lxw_error closed = workbook_close(m_workbook);
    const int closeErrno = errno;
    m_workbook = nullptr;
    if (!written) {
        written.add(tr("未写入 %1。").arg(QDir::toNativeSeparators(m_path)));
        return written;
    }
    if (closed != LXW_NO_ERROR)
        return failure(m_path, XlsxWriteError::describe(closed, closeErrno, QFileInfo(m_path).absolutePath()));
    return m_file.commit();
}

Status XlsxTarget::failure(const QString &path, const QString &why)
{
    return Status::failure(tr("无法生成 Excel 文件 %1：%2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace qf

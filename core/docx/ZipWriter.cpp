// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include <minizip/zip.h>

namespace qf {

ZipWriter::ZipWriter()
{
    zlib_filefunc64_def io;
    m_stream.bind(&io);
    m_zip = zipOpen2_64(nullptr, APPEND_STATUS_CREATE, nullptr, &io);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

Status ZipWriter::add(const QString &name, const QByteArray &content)
{
    if (!m_zip || m_failed)
        return Status::failure(tr("无法写入压缩包成员“%1”：压缩包已结束或出错。").arg(name));
    if (m_names.contains(name, Qt::CaseInsensitive))
        return Status::failure(tr("压缩包中已有成员“%1”。").arg(name));
    zip_fileinfo info{};
    // The DOS epoch: every member carries the same date, so equal parts give equal bytes.
    info.tmz_date.tm_year = 1980;
    info.tmz_date.tm_mday = 1;
    const QByteArray utf8 = name.toUtf8();
    auto *zip = static_cast<zipFile>(m_zip);
    // Bit 11 of the general-purpose flags: the name is UTF-8.
    int rc = zipOpenNewFileInZip4_64(zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr,
                                     0, 0, 1 << 11, 0);
    if (rc == ZIP_OK && !content.isEmpty())
        rc = zipWriteInFileInZip(zip, content.constData(), unsigned(content.size()));
    const int closed = zipCloseFileInZip(zip);
    if (rc != ZIP_OK || closed != ZIP_OK) {
        m_failed = true;
        return Status::failure(tr("无法把“%1”写入压缩包（错误 %2）。").arg(name).arg(rc != ZIP_OK ? rc : closed));
    }
    m_names << name;
    return Status::success();
}

Status ZipWriter::finish(QByteArray *out)
{
    if (!m_zip || m_failed)
        return Status::failure(tr("压缩包出错，未能生成。"));
    const int rc = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK)
        return Status::failure(tr("无法结束压缩包（错误 %1）。").arg(rc));
    *out = m_stream.data;
    return Status::success();
}

} // namespace qf

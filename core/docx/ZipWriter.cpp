// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include <minizip/zip.h>

#include <cstring>

namespace qf {

namespace {

// minizip writes through these callbacks into a QByteArray: the package is complete in
// memory before a byte reaches the disk, and no file name passes through the local 8-bit
// encoding.
voidpf memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<ZipWriter::Stream *>(stream);
    const qint64 n = qBound<qint64>(0, s->data.size() - s->pos, qint64(size));
    std::memcpy(buf, s->data.constData() + s->pos, size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong memWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    auto *s = static_cast<ZipWriter::Stream *>(stream);
    const qint64 end = s->pos + qint64(size);
    if (end > s->data.size())
        s->data.resize(end);
    std::memcpy(s->data.data() + s->pos, buf, size);
    s->pos = end;
    return size;
}

ZPOS64_T memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<ZipWriter::Stream *>(stream)->pos);
}

long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<ZipWriter::Stream *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = s->data.size(); break;
    default: return -1;
    }
    const qint64 to = base + qint64(offset);
    if (to < 0 || to > s->data.size())
        return -1;
    s->pos = to;
    return 0;
}

int memClose(voidpf, voidpf)
{
    return 0;
}

int memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipWriter::ZipWriter()
{
    zlib_filefunc64_def io{};
    io.zopen64_file = memOpen;
    io.zread_file = memRead;
    io.zwrite_file = memWrite;
    io.ztell64_file = memTell;
    io.zseek64_file = memSeek;
    io.zclose_file = memClose;
    io.zerror_file = memError;
    io.opaque = &m_stream;
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

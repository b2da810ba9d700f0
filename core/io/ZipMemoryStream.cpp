// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipMemoryStream.h"

#include <minizip/ioapi.h>

#include <algorithm>
#include <cstring>

namespace qf {

namespace {

ZipMemoryStream *streamOf(voidpf stream)
{
    return static_cast<ZipMemoryStream *>(stream);
}

voidpf memOpen(voidpf opaque, const void *, int mode)
{
    const bool writing = mode & ZLIB_FILEFUNC_MODE_WRITE;
    return writing && streamOf(opaque)->mode == ZipMemoryStream::Mode::Read ? nullptr : opaque;
}

uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    ZipMemoryStream *s = streamOf(stream);
    const quint64 available = quint64(s->data.size());
    if (s->pos >= available)
        return 0;
    const quint64 n = std::min<quint64>(size, available - s->pos);
    std::memcpy(buf, s->data.constData() + s->pos, n);
    s->pos += n;
    return uLong(n);
}

uLong memWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    ZipMemoryStream *s = streamOf(stream);
    if (s->mode == ZipMemoryStream::Mode::Read)
        return 0;
    const quint64 end = s->pos + size;
    if (end > quint64(s->data.size()))
        s->data.resize(qsizetype(end));
    std::memcpy(s->data.data() + s->pos, buf, size);
    s->pos = end;
    return size;
}

ZPOS64_T memTell(voidpf, voidpf stream)
{
    return streamOf(stream)->pos;
}

long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    ZipMemoryStream *s = streamOf(stream);
    const quint64 size = quint64(s->data.size());
    quint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = size; break;
    default: return -1;
    }
    // Never past the end: a read stream has nothing there, and a write stream grows only by writing.
    if (offset > size || base + offset > size)
        return -1;
    s->pos = base + offset;
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

void ZipMemoryStream::bind(zlib_filefunc64_def_s *io)
{
    *io = zlib_filefunc64_def{};
    io->zopen64_file = memOpen;
    io->zread_file = memRead;
    io->zwrite_file = memWrite;
    io->ztell64_file = memTell;
    io->zseek64_file = memSeek;
    io->zclose_file = memClose;
    io->zerror_file = memError;
    io->opaque = this;
}

} // namespace qf

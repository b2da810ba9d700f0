// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct zlib_filefunc64_def_s;

namespace qf {

/// A ZIP package held in memory, as minizip reads or writes it through its file callbacks
/// instead of fopen(): a workbook is checked before it is unpacked, a package is complete
/// before a byte reaches the disk, and no file name ever passes through the local 8-bit
/// encoding (which breaks Chinese paths on Windows). Shared by the .xlsx reader and the
/// .docx writer.
struct ZipMemoryStream
{
    enum class Mode { Read, Write };

    explicit ZipMemoryStream(Mode m) : mode(m) {}
    ZipMemoryStream(const ZipMemoryStream &) = delete;
    ZipMemoryStream &operator=(const ZipMemoryStream &) = delete;

    /// Points minizip's file callbacks at this stream, which must outlive the zip handle
    /// opened with them. A read stream refuses to be opened for writing.
    void bind(zlib_filefunc64_def_s *io);

    const Mode mode;
    QByteArray data;
    quint64 pos = 0;
};

} // namespace qf

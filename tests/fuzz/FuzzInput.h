// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets make of the fuzzer's bytes.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace qf::fuzz {

/// Separates the parts of a package in the parts form of an input (see workbookBytes).
inline constexpr char kPartSeparator[] = "\n--qingfeng-part--\n";

/// The input as the bytes of an .xlsx package. Bytes that start like a ZIP archive are the
/// package itself, so the ZIP directory and inflating are fuzzed. Anything else is the text
/// of the package's parts in a fixed order ([Content_Types].xml, _rels/.rels, the workbook,
/// its relationships, shared strings, two sheets) separated by kPartSeparator, zipped here
/// uncompressed with correct checksums: mutations then reach the XML readers instead of
/// stopping at a CRC.
QByteArray workbookBytes(const uint8_t *data, size_t size);

} // namespace qf::fuzz

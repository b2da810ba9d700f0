// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace qf {

/// Attachment names written as RFC 2047 encoded words inside a MIME parameter, decoded one
/// word at a time. Mail programs split a long Chinese name into several words, each padded
/// base64 ("=?gb2312?B?1MLGsQ==?= =?gb2312?B?...?="); GMime joins such words before decoding
/// and drops everything after the first padding, so the name would arrive cut short.
namespace EncodedWords {

/// The parameter `name` (filename, name) of a raw header value, when it is written in encoded
/// words; a null string when it is not, or when a word cannot be decoded (the caller keeps
/// what GMime read).
QString parameter(const QByteArray &rawHeaderValue, const QByteArray &name);

} // namespace EncodedWords

} // namespace qf

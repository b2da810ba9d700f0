// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OutgoingMail.h"

#include <QByteArray>

namespace qf {

/// Writes an outgoing message with GMime: From and To (UTF-8 names as RFC 2047 words), a
/// UTF-8 Subject as RFC 2047 words, Date, our Message-ID, a UTF-8 text/plain body,
/// attachments with RFC 2231 names, CRLF line ends as SMTP wants them.
namespace MimeWriter {
QByteArray write(const OutgoingMail &mail);
}

} // namespace qf

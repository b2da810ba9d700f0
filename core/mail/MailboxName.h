// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace qf {

/// IMAP mailbox names travel in "modified UTF-7" (RFC 3501 §5.1.3): Chinese folder names such
/// as 已发送 or 报表 must be encoded so, or the server finds no such mailbox.
namespace MailboxName {
QByteArray encode(const QString &name);
QString decode(const QByteArray &encoded);
} // namespace MailboxName

} // namespace qf

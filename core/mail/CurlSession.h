// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailServer.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>

namespace qf {

/// What the IMAP and SMTP clients share of libcurl: making a handle (libcurl initialised
/// once per process), the options every transfer takes (always encrypted, the account's
/// login, time limits, no signals), and libcurl's errors in the user's words.
class CurlSession
{
    Q_DECLARE_TR_FUNCTIONS(CurlSession)
public:
    static void *newHandle();
    static void configure(void *curl, const MailServer &server, const QString &url);
    /// Performs the transfer; what the server sends goes to response (refused beyond limit bytes).
    /// renumbered, when given, tells whether it failed because the IMAP mailbox's UIDVALIDITY is
    /// no longer the one the URL names (libcurl checks it after SELECT).
    static Status run(void *curl, const MailServer &server, QByteArray *response, qint64 limit, bool *renumbered = nullptr);
};

} // namespace qf

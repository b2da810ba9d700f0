// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OutgoingMail.h"
#include "model/Status.h"

namespace qf {

/// What sending 催报 and 回执 needs of the mail library: send one message and say whether it
/// went. The mail library's SmtpSender is the one used (core does without libcurl and GMime).
class MailSender
{
public:
    /// After a failure: whether the server may still have the message. Only once the whole
    /// message was handed over can it have been accepted; a failure before (login refused,
    /// unreachable, certificate not trusted, a refusal) surely sent nothing.
    enum class Delivery { Accepted, NotSent, Unknown };

    virtual ~MailSender() = default;
    virtual Status send(const OutgoingMail &mail, Delivery *delivery) = 0;
};

} // namespace qf

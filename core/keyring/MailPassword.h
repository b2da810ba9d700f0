// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"
#include "model/MailAccount.h"

namespace qf {

/// A mailbox's 授权码 in the keyring, apart from the server passwords.
namespace MailPassword {

/// Unambiguous whatever the names hold: every part is percent-encoded, and the TLS mode is
/// part of it, so a code saved for an encrypted login is never offered to another setting.
QString key(const MailAccount &account);
/// The stored code, or an empty string when there is none or no keyring.
QString lookUp(const MailAccount &account, const SecretStore &store = SecretStore());
SecretResult store(const MailAccount &account, const QString &password, const SecretStore &store = SecretStore());
SecretResult forget(const MailAccount &account, const SecretStore &store = SecretStore());

} // namespace MailPassword

} // namespace qf

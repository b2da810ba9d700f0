// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"
#include "model/Status.h"
#include "model/DatabaseLocation.h"

namespace qf {

/// A shared server's account password in the keyring: where it is kept and when it is needed.
namespace ServerPassword {

/// The keyring key of an account: host:port/database/user/sslmode, so that the same
/// login on two servers (or two databases) keeps two passwords, and a password kept for an
/// encrypted connection is not offered to a weaker one.
QString key(const DatabaseLocation &location);

/// Whether a failed connect failed for want of a password (libpq found none in the address,
/// PGPASSWORD or ~/.pgpass), as opposed to a wrong one or anything else.
bool isMissing(const Status &connectResult);

/// For a program without a window: the stored password of the location's account, or an
/// empty string when there is none or no keyring (waits for the keyring's answer).
QString lookUp(const DatabaseLocation &location, const SecretStore &store = SecretStore());

} // namespace ServerPassword

} // namespace qf

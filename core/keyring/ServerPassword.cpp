// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPassword.h"

namespace qf::ServerPassword {

QString key(const DatabaseLocation &location)
{
    return QStringLiteral("server/%1:%2/%3/%4")
        .arg(location.host())
        .arg(location.port())
        .arg(location.database(), location.user());
}

bool isMissing(const Status &connectResult)
{
    // libpq's words: "fe_sendauth: no password supplied" (a wrong one says "password
    // authentication failed", which a stored password must not be tried against again).
    return !connectResult && connectResult.message().contains(QLatin1String("no password supplied"));
}

QString lookUp(const DatabaseLocation &location, const SecretStore &store)
{
    const SecretResult r = store.readAndWait(key(location));
    return r.isDone() ? r.secret : QString();
}

} // namespace qf::ServerPassword

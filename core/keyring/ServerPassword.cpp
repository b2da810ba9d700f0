// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPassword.h"

#include <QUrl>

namespace qf::ServerPassword {

QString key(const DatabaseLocation &location)
{
    // The encryption is part of the key: a password kept for a verified connection is never
    // handed to one that an edited address or settings file has downgraded (sslmode=disable
    // towards a look-alike host would send it in clear to whoever answers).
    // Each part percent-encoded, so that no name with a '/' in it can pose as another account.
    const auto part = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    return QStringLiteral("server/%1:%2/%3/%4/%5")
        .arg(part(location.host()))
        .arg(location.port())
        .arg(part(location.database()), part(location.user()), part(location.effectiveSslMode()));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailPassword.h"

#include <QUrl>

namespace qf::MailPassword {

namespace {

QString part(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

QString key(const MailAccount &a)
{
    return QStringLiteral("mail/%1/%2/%3/%4/%5")
        .arg(part(a.imapHost.toLower()))
        .arg(a.imapPort)
        .arg(a.imapImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"))
        .arg(part(a.userName), part(a.caFile));
}

QString lookUp(const MailAccount &account, const SecretStore &store)
{
    const SecretResult r = store.readAndWait(key(account));
    return r.isDone() ? r.secret : QString();
}

SecretResult store(const MailAccount &account, const QString &password, const SecretStore &store)
{
    return store.writeAndWait(key(account), password);
}

SecretResult forget(const MailAccount &account, const SecretStore &store)
{
    return store.removeAndWait(key(account));
}

} // namespace qf::MailPassword

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEntry.h"

#include <QCoreApplication>
#include <QSet>

namespace qf {

QStringList AuditEntry::changes() const
{
    QStringList result;
    QSet<QString> keys;
    for (const QString &k : oldValues.keys())
        keys.insert(k);
    for (const QString &k : newValues.keys())
        keys.insert(k);
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &k : sorted) {
        const QJsonValue before = oldValues.value(k);
        const QJsonValue after = newValues.value(k);
        if (before == after)
            continue;
        auto show = [](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? QStringLiteral(u"（空）") : v.toVariant().toString();
        };
        result << QStringLiteral(u"%1：%2 → %3").arg(k, show(before), show(after));
    }
    return result;
}

QString AuditEntry::who() const
{
    if (login.isEmpty() || login == actor)
        return actor;
    if (actor.isEmpty())
        return login;
    // The message keeps the context it was first translated in.
    return QCoreApplication::translate("AuditLog", "%1（账户 %2）").arg(actor, login);
}

} // namespace qf

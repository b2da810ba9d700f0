// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OutgoingMail.h"

#include <QUuid>

namespace qf {

QString OutgoingMail::newMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("qingfeng.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".qingfeng@") + domain;
}

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QRegularExpression>
#include <cmath>

namespace qf::Money {

QString wanText(qint64 yuan)
{
    QString s = QString::number(toWan(yuan), 'f', 4);
    // Keep at least two decimals, drop trailing zeros beyond them.
    while (s.endsWith(QLatin1Char('0')) && s.indexOf(QLatin1Char('.')) < s.size() - 3)
        s.chop(1);
    return s;
}

bool parseWan(const QString &text, qint64 *yuan)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(','));
    s.remove(QChar(0xFF0C));
    if (s.isEmpty()) {
        *yuan = 0;
        return true;
    }
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d{1,4})?$"));
    if (!number.match(s).hasMatch())
        return false;
    bool ok = false;
    const double wan = s.toDouble(&ok);
    if (!ok || wan < 0 || wan > 1e8)
        return false;
    *yuan = qint64(std::llround(wan * 10000.0));
    return true;
}

} // namespace qf::Money

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include "forms/FigureLimits.h"
#include "io/NumberText.h"

#include <cfloat>
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
    if (text.trimmed().isEmpty()) {
        *yuan = 0;
        return true;
    }
    // The same strict reading of numbers as every importer, and the bound of an amount on
    // the forms; ledgers keep whole 元, so four decimals of 万元 rather than the forms' two.
    double wan = 0;
    if (!NumberText::parse(text, &wan) || wan < 0 || wan >= FigureLimits::kAmountBound)
        return false;
    const double scaled = wan * 10000.0;
    if (std::fabs(scaled - std::round(scaled)) > 1e-6 + 8 * DBL_EPSILON * std::fabs(scaled))
        return false;
    *yuan = qint64(std::llround(scaled));
    return true;
}

} // namespace qf::Money

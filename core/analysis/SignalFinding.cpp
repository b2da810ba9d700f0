// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalFinding.h"

#include <QStringList>

namespace qf {

QString SignalFinding::monthsText() const
{
    QStringList list;
    for (const YearMonth &m : months)
        list << m.toString();
    return list.join(QLatin1Char(','));
}

} // namespace qf

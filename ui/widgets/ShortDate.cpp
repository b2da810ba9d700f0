// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortDate.h"

#include <QCoreApplication>

namespace qf::ui {

QString shortDate(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return QString();
    if (date.year() == today.year())
        return QCoreApplication::translate("ShortDate", "%1月%2日").arg(date.month()).arg(date.day());
    return QCoreApplication::translate("ShortDate", "%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace qf::ui

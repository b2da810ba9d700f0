// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace qf {

/// 2021年7月9日: a date as documents write it (Arabic numerals, no leading zeros).
inline QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral(u"%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace qf

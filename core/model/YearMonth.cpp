// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearMonth.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace qf {

YearMonth YearMonth::fromDate(const QDate &date)
{
    return date.isValid() ? YearMonth(date.year(), date.month()) : YearMonth();
}

YearMonth YearMonth::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(u"^\\s*(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:月)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    YearMonth ym(match.captured(1).toInt(), match.captured(2).toInt());
    return ym.isValid() ? ym : YearMonth();
}

YearMonth YearMonth::addMonths(int n) const
{
    const int k = key() + n;
    return YearMonth(k / 12, k % 12 + 1);
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString YearMonth::toChinese() const
{
    return QStringLiteral(u"%1年%2月").arg(m_year).arg(m_month);
}

QString YearMonth::label() const
{
    // The translation is a date format (QDate::toString), so each language writes its own way.
    const QString format = QCoreApplication::translate("YearMonth", "yyyy年M月", "date format of a month");
    return QLocale::c().toString(firstDay(), format);
}

} // namespace qf

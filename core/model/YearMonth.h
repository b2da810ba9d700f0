// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace qf {

/// A reporting period: one calendar month. Stored and typed as "YYYY-MM".
class YearMonth
{
public:
    YearMonth() = default;
    YearMonth(int year, int month) : m_year(year), m_month(month) {}
    static YearMonth fromDate(const QDate &date);
    /// Parses "YYYY-MM" (also "YYYY-M", "YYYY年M月"); returns an invalid value otherwise.
    static YearMonth parse(const QString &text);

    bool isValid() const { return m_year >= 1900 && m_month >= 1 && m_month <= 12; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    YearMonth next() const { return addMonths(1); }
    YearMonth previous() const { return addMonths(-1); }
    YearMonth addMonths(int n) const;
    int monthsUntil(const YearMonth &other) const { return (other.m_year - m_year) * 12 + other.m_month - m_month; }

    QString toString() const;        ///< "2021-07"
    QString toChinese() const;       ///< "2021年7月", as official documents write it
    /// In the interface language: "2021年7月" in Chinese, "Jul 2021" in English.
    QString label() const;

    friend bool operator==(const YearMonth &a, const YearMonth &b) { return a.m_year == b.m_year && a.m_month == b.m_month; }
    friend bool operator!=(const YearMonth &a, const YearMonth &b) { return !(a == b); }
    friend bool operator<(const YearMonth &a, const YearMonth &b) { return a.key() < b.key(); }
    friend bool operator<=(const YearMonth &a, const YearMonth &b) { return a.key() <= b.key(); }
    friend bool operator>(const YearMonth &a, const YearMonth &b) { return a.key() > b.key(); }
    friend bool operator>=(const YearMonth &a, const YearMonth &b) { return a.key() >= b.key(); }

private:
    int key() const { return m_year * 12 + (m_month - 1); }
    int m_year = 0;
    int m_month = 0;
};

} // namespace qf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace qf {

/// China's public holidays and make-up working days (调休), shipped as data
/// (campaign/holidays/*.json). A due date that falls on a day off stays as the plan
/// wrote it; the calendar only tells the user so.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    enum class DayKind { Workday, Weekend, Holiday, MakeUpWorkday };

    /// The calendar shipped with the program (loaded once).
    static const HolidayCalendar &china();
    static Status fromJson(const QByteArray &json, HolidayCalendar *out);

    DayKind kind(const QDate &day) const;
    bool isDayOff(const QDate &day) const;
    /// The holiday a day belongs to ("国庆节"), or empty.
    QString holidayName(const QDate &day) const;
    /// Whether the table holds the year's holidays, and whether they are the published
    /// arrangement (false: statutory days only, the arrangement was not yet known).
    bool covers(int year) const { return m_years.contains(year); }
    bool isPublished(int year) const { return m_years.value(year, false); }
    QList<int> years() const { return m_years.keys(); }

    /// A short note for a due date: "周六", "国庆节假期", "周日（调休上班）"; empty on an
    /// ordinary working day.
    QString note(const QDate &day) const;

private:
    QHash<QDate, QString> m_holidays;
    QSet<QDate> m_makeUpWorkdays;
    QMap<int, bool> m_years;
};

} // namespace qf

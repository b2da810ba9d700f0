// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

namespace {

QString weekdayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1: return HolidayCalendar::tr("周一");
    case 2: return HolidayCalendar::tr("周二");
    case 3: return HolidayCalendar::tr("周三");
    case 4: return HolidayCalendar::tr("周四");
    case 5: return HolidayCalendar::tr("周五");
    case 6: return HolidayCalendar::tr("周六");
    case 7: return HolidayCalendar::tr("周日");
    }
    return QString();
}

} // namespace

const HolidayCalendar &HolidayCalendar::china()
{
    static const HolidayCalendar calendar = [] {
        HolidayCalendar c;
        QFile f(QStringLiteral(":/qingfeng/campaign/holidays/cn-public-holidays.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const Status s = fromJson(f.readAll(), &c);
            if (!s)
                qWarning("%s", qPrintable(s.message()));
        }
        return c;
    }();
    return calendar;
}

Status HolidayCalendar::fromJson(const QByteArray &json, HolidayCalendar *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Status::failure(tr("节假日表不是有效的 JSON：%1").arg(error.errorString()));
    HolidayCalendar c;
    Status status;
    for (const QJsonValue &yv : doc.object().value(QLatin1String("years")).toArray()) {
        const QJsonObject y = yv.toObject();
        const int year = y.value(QLatin1String("year")).toInt();
        c.m_years.insert(year, y.value(QLatin1String("published")).toBool(true));
        for (const QJsonValue &hv : y.value(QLatin1String("holidays")).toArray()) {
            const QJsonObject h = hv.toObject();
            const QString name = h.value(QLatin1String("name")).toString();
            const QDate from = QDate::fromString(h.value(QLatin1String("from")).toString(), Qt::ISODate);
            const QDate to = QDate::fromString(h.value(QLatin1String("to")).toString(), Qt::ISODate);
            if (name.isEmpty() || !from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 15) {
                status.add(tr("节假日表%1年的“%2”日期无效。").arg(year).arg(name));
                continue;
            }
            for (QDate d = from; d <= to; d = d.addDays(1))
                c.m_holidays.insert(d, name);
        }
        for (const QJsonValue &wv : y.value(QLatin1String("workdays")).toArray()) {
            const QDate d = QDate::fromString(wv.toString(), Qt::ISODate);
            if (!d.isValid() || d.dayOfWeek() < 6)
                status.add(tr("节假日表%1年的调休上班日“%2”不是周末。").arg(year).arg(wv.toString()));
            else
                c.m_makeUpWorkdays.insert(d);
        }
    }
    if (!status)
        return status;
    *out = c;
    return Status::success();
}

HolidayCalendar::DayKind HolidayCalendar::kind(const QDate &day) const
{
    if (m_holidays.contains(day))
        return DayKind::Holiday;
    if (m_makeUpWorkdays.contains(day))
        return DayKind::MakeUpWorkday;
    return day.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::Workday;
}

bool HolidayCalendar::isDayOff(const QDate &day) const
{
    const DayKind k = kind(day);
    return k == DayKind::Holiday || k == DayKind::Weekend;
}

QString HolidayCalendar::holidayName(const QDate &day) const
{
    return m_holidays.value(day);
}

QString HolidayCalendar::note(const QDate &day) const
{
    switch (kind(day)) {
    case DayKind::Holiday:
        return tr("%1假期").arg(m_holidays.value(day));
    case DayKind::Weekend:
        return weekdayName(day.dayOfWeek());
    case DayKind::MakeUpWorkday:
        return tr("%1（调休上班）").arg(weekdayName(day.dayOfWeek()));
    case DayKind::Workday:
        break;
    }
    return QString();
}

} // namespace qf

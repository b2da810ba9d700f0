// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "campaign/HolidayCalendar.h"
#include "campaign/ObligationPlanner.h"
#include "campaign/CampaignTemplate.h"

using namespace qf;

TEST_CASE("the holiday table covers 2020 to 2027 and knows holidays and make-up working days")
{
    const HolidayCalendar &cal = HolidayCalendar::china();
    for (int year = 2020; year <= 2027; ++year) {
        INFO(year);
        CHECK(cal.covers(year));
    }
    CHECK(cal.isPublished(2026));
    CHECK_FALSE(cal.isPublished(2027));   // statutory days only until the arrangement is out

    CHECK(cal.kind(QDate(2021, 10, 1)) == HolidayCalendar::DayKind::Holiday);
    CHECK(cal.holidayName(QDate(2021, 10, 5)) == QStringLiteral(u"国庆节"));
    CHECK(cal.note(QDate(2021, 10, 5)) == QStringLiteral(u"国庆节假期"));
    // Saturday 2021-09-18 was a working day (调休); Sunday 2021-09-12 an ordinary weekend.
    CHECK(cal.kind(QDate(2021, 9, 18)) == HolidayCalendar::DayKind::MakeUpWorkday);
    CHECK_FALSE(cal.isDayOff(QDate(2021, 9, 18)));
    CHECK(cal.note(QDate(2021, 9, 18)) == QStringLiteral(u"周六（调休上班）"));
    CHECK(cal.kind(QDate(2021, 9, 12)) == HolidayCalendar::DayKind::Weekend);
    CHECK(cal.note(QDate(2021, 9, 12)) == QStringLiteral(u"周日"));
    CHECK(cal.kind(QDate(2021, 9, 13)) == HolidayCalendar::DayKind::Workday);
    CHECK(cal.note(QDate(2021, 9, 13)).isEmpty());
    // The 2020 Spring Festival was extended to 2 February, cancelling the Saturday at work.
    CHECK(cal.holidayName(QDate(2020, 2, 1)) == QStringLiteral(u"春节"));
    CHECK(cal.isDayOff(QDate(2020, 2, 2)));
    CHECK(cal.kind(QDate(2026, 2, 28)) == HolidayCalendar::DayKind::MakeUpWorkday);
    CHECK(cal.holidayName(QDate(2027, 2, 6)) == QStringLiteral(u"春节"));
    // Years outside the table still know their weekends.
    CHECK(cal.kind(QDate(2030, 6, 1)) == HolidayCalendar::DayKind::Weekend);
}

TEST_CASE("a holiday table with a make-up working day on a weekday is refused")
{
    HolidayCalendar cal;
    const Status s = HolidayCalendar::fromJson(
        R"({"years":[{"year":2021,"holidays":[],"workdays":["2021-09-13"]}]})", &cal);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("2021-09-13")));
}

TEST_CASE("a due date on a weekend or holiday stays as written and is marked")
{
    const auto t = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(t.has_value());
    CampaignParameters p;
    p.county = QStringLiteral(u"鹿寨县");
    p.year = 2021;
    Campaign c;
    REQUIRE(t->instantiate(p, &c).isOk());
    Institution hospital;
    hospital.id = 1;
    hospital.name = QStringLiteral(u"县人民医院");
    const QList<Obligation> obligations = ObligationPlanner::plan(c, {hospital});
    bool sawSunday = false;
    bool sawWeekday = false;
    for (const Obligation &o : obligations) {
        if (o.deliverable == Deliverable::Form1 && o.isInstitution() && o.period == YearMonth(2021, 8)) {
            CHECK(o.due == QDate(2021, 9, 12));   // not moved to Monday
            CHECK(o.dueNote == QStringLiteral(u"周日"));
            sawSunday = true;
        }
        if (o.deliverable == Deliverable::Form1 && o.isInstitution() && o.period == YearMonth(2021, 9)) {
            CHECK(o.due == QDate(2021, 10, 12));
            CHECK(o.dueNote.isEmpty());
            sawWeekday = true;
        }
    }
    CHECK(sawSunday);
    CHECK(sawWeekday);
}

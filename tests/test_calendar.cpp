#include "TestSupport.h"
#include "calendar/WorkingCalendar.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("The shipped calendar holds 2025 and 2026 with their make-up workdays", "[calendar]")
{
    const calendar::WorkingCalendar calendar = calendar::WorkingCalendar::builtIn();
    CHECK(calendar.hasYear(2025));
    CHECK(calendar.hasYear(2026));
    CHECK_FALSE(calendar.hasYear(2027));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 16))); // 春节, a Monday
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 14)));       // Saturday, make-up day
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 28)));       // Saturday, make-up day
    CHECK(calendar.isWorkingDay(QDate(2026, 10, 10)));      // Saturday, make-up day
    CHECK(calendar.isWorkingDay(QDate(2026, 9, 20)));       // Sunday, make-up day
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 10, 7)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 3, 7))); // an ordinary Saturday
    CHECK(calendar.isWorkingDay(QDate(2025, 1, 26)));      // Sunday, make-up day
}

TEST_CASE("Working days count from the first working day after the event", "[calendar]")
{
    const calendar::WorkingCalendar calendar = calendar::WorkingCalendar::builtIn();
    // Thu 02-12: Fri 13, Sat 14 (make-up), then the Spring Festival until 23, then 24, 25, 26.
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 5) == QDate(2026, 2, 26));
    // An event on a Saturday starts counting on Monday.
    CHECK(calendar.addWorkingDays(QDate(2026, 3, 7), 1) == QDate(2026, 3, 9));
    // National Day: from Tue 09-29, 3 working days: 09-30, (10-01..07 off), 10-08, 10-09.
    CHECK(calendar.addWorkingDays(QDate(2026, 9, 29), 3) == QDate(2026, 10, 9));
    CHECK(calendar.addWorkingDays(QDate(2026, 10, 9), 1) ==
          QDate(2026, 10, 10)); // make-up Saturday
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 12), QDate(2026, 2, 26)) == 5);
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 25), QDate(2026, 2, 12)) == 0);
    // 15 working days from dispatch on 2026-09-21 (Mon).
    CHECK(calendar.addWorkingDays(QDate(2026, 9, 21), 15) == QDate(2026, 10, 19));
}

TEST_CASE("Month limits are calendar months and move off non-working days", "[calendar]")
{
    const calendar::WorkingCalendar calendar = calendar::WorkingCalendar::builtIn();
    CHECK(calendar.addMonths(QDate(2026, 7, 1), 3) == QDate(2026, 10, 8));
    CHECK(calendar.addMonths(QDate(2026, 3, 16), 3) == QDate(2026, 6, 16));
    CHECK(calendar.addMonths(QDate(2026, 1, 31), 1) ==
          QDate(2026, 2, 28)); // clamped; a make-up Saturday
    CHECK(calendar.addMonths(QDate(2026, 8, 7), 2) == QDate(2026, 10, 8)); // 10-07 is a holiday
}

TEST_CASE("A year without a calendar uses weekends only and says so", "[calendar]")
{
    const calendar::WorkingCalendar calendar = calendar::WorkingCalendar::builtIn();
    CHECK(calendar.isWorkingDay(QDate(2027, 10, 1))); // unknown holiday: a Friday counts
    CHECK(calendar.addWorkingDays(QDate(2027, 1, 1), 1) == QDate(2027, 1, 4));
    const QStringList warnings = calendar.warningsFor(QDate(2026, 12, 1), QDate(2027, 3, 1));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("2027")));
    CHECK(calendar.warningsFor(QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
}

TEST_CASE("Calendar CSV is parsed with line-numbered errors", "[calendar]")
{
    const auto days = calendar::WorkingCalendar::parseCalendarCsv(
        "\xEF\xBB\xBF# "
        "2027\r\ndate,kind,name\r\n2027-02-06,holiday,春节\r\n2027-02-20,workday,春节调休\r\n");
    REQUIRE(days);
    REQUIRE(days->size() == 2);
    CHECK(days->at(1).kind == calendar::CalendarDay::Kind::Workday);
    CHECK(days->at(0).name == QStringLiteral("春节"));
    CHECK(test::failureOf(
              calendar::WorkingCalendar::parseCalendarCsv("date,kind,name\n2027-02-30,holiday,x\n"))
              .contains(QStringLiteral("line 2")));
    CHECK(test::failureOf(calendar::WorkingCalendar::parseCalendarCsv("2027-02-01,vacation,x\n"))
              .contains(QStringLiteral("line 1")));
    CHECK(test::failureOf(calendar::WorkingCalendar::parseCalendarCsv(
                              "2027-02-01,holiday,x\n2027-02-01,workday,y\n"))
              .contains(QStringLiteral("twice")));
    const calendar::WorkingCalendar imported(*days);
    CHECK(imported.hasYear(2027));
    CHECK(imported.isWorkingDay(QDate(2027, 2, 8))); // a Monday not listed stays a workday
    CHECK(imported.isWorkingDay(QDate(2027, 2, 20)));
}

#pragma once

#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>

#include <optional>

namespace dd::activities {

// A station's reception days as the station writes them: "每周三", "每周二、四", "每月8日",
// "每月8日、18日", "单月15日", "双月15日", "每月第一个周三", "每月最后一个周五"; a time of day
// after it ("每周三上午") is ignored. A planned day on a holiday (or a day of the month on a
// weekend) moves to the next working day, unless the rule says "遇节假日取消" (or 跳过/不顺延),
// which skips it.
struct ReceptionRule {
    Q_DECLARE_TR_FUNCTIONS(dd::activities::ReceptionRule)

public:
    enum class Kind { Weekly, MonthDays, NthWeekday };
    enum class Months { Every, Odd, Even };
    Kind kind = Kind::Weekly;
    QList<int> weekdays; // 1 Monday … 7 Sunday
    QList<int> days;     // days of the month
    int nth = 0;         // 1…5, or −1 for the last
    Months months = Months::Every;
    bool skipHolidays = false;

    // Null with *error saying which forms are understood.
    static Result<ReceptionRule> parse(QStringView text);
    // The planned reception days in [from, to], after holidays are applied, without repeats.
    QList<QDate> datesIn(const QDate& from, const QDate& to,
                         const calendar::WorkingCalendar& calendar) const;

private:
    bool monthIncluded(int month) const;
    QList<QDate> ruleDatesOfMonth(int year, int month) const;
};

} // namespace dd::activities

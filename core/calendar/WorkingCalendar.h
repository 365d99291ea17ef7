#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace dd::calendar {

struct CalendarDay {
    enum class Kind { Holiday, Workday };
    QDate date;
    Kind kind = Kind::Holiday;
    QString name;
};

// Working days: weekends off unless a make-up workday (调休), statutory holidays off. Deadlines
// (domain.md, "Deadlines") are counted here. A year without data uses weekends only.
class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(dd::calendar::WorkingCalendar)

public:
    explicit WorkingCalendar(QList<CalendarDay> days = {});
    // The arrangements shipped with the program (2025, 2026).
    static WorkingCalendar builtIn();
    // CSV "date,kind,name" (UTF-8, BOM optional, '#' comments); errors name the line.
    static Result<QList<CalendarDay>> parseCalendarCsv(const QByteArray& bytes);

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    QList<CalendarDay> days() const { return m_days; }

    bool isWorkingDay(const QDate& date) const;
    bool isHoliday(const QDate& date) const; // a statutory holiday (not a plain weekend)
    // Counting starts on the first working day after the event; the Nth working day is the due
    // date.
    QDate addWorkingDays(const QDate& event, int n) const;
    // Calendar months (clamped to the month's end); a non-working due date moves to the next
    // working day.
    QDate addMonths(const QDate& event, int months) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // "2027 has no holiday calendar; weekends only" for each year in [from, to] without data.
    QStringList warningsFor(const QDate& from, const QDate& to) const;

private:
    QList<CalendarDay> m_days;
    QHash<QDate, CalendarDay::Kind> m_kinds;
    QSet<int> m_years;
};

} // namespace dd::calendar

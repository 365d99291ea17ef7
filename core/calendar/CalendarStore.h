#pragma once

#include "calendar/WorkingCalendar.h"
#include "storage/Sql.h"

namespace dd::calendar {

// The holiday calendar kept in the database, so a clerk can import next year's arrangement.
class CalendarStore {
public:
    explicit CalendarStore(QSqlDatabase db);

    WorkingCalendar load() const;
    // Replaces the stored days of every year that `days` covers, all in one transaction.
    Outcome replaceYears(const QList<CalendarDay>& days);
    // The calendar editor's save: `year` holds exactly `days` afterwards (none: the year is
    // cleared). Days of other years are refused.
    Outcome replaceYear(int year, const QList<CalendarDay>& days);
    // Reads a calendar CSV (see WorkingCalendar::parseCalendarCsv) and stores it.
    Outcome importCsv(const QString& path);

private:
    Outcome replace(const QSet<int>& years, const QList<CalendarDay>& days);
    QSqlDatabase m_db;
};

} // namespace dd::calendar

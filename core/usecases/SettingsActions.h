#pragma once

#include "calendar/WorkingCalendar.h"
#include "storage/Sql.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace dd::usecase {

// Every office setting a clerk can change: the office's own (OfficeSettings) and the loop's
// time limits (loop::LoopLimits).
QStringList settingKeys();

// Changes one setting; a refused value comes back as the setting's own message.
Outcome changeSetting(QSqlDatabase db, const QString& key, const QString& value);

// Changes several office settings together or not at all. A value the setting refuses comes
// back as a field error named by its key.
Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values);

// The loop's settings as one dialog shows them: a year's holiday calendar and the time limits,
// saved together or not at all (the deadlines count on both).
struct LoopSettingsChange {
    int calendarYear = 0;
    QList<calendar::CalendarDay> calendarDays;
    QList<std::pair<QString, QString>> limits;
};
Outcome saveLoopSettings(QSqlDatabase db, const LoopSettingsChange& change);

// One year's holidays and make-up workdays replace what the year had.
Outcome saveCalendarYear(QSqlDatabase db, int year, const QList<calendar::CalendarDay>& days);

// Holidays and make-up workdays from a CSV file (date,kind,name), replacing the years it covers.
Outcome importCalendar(QSqlDatabase db, const QString& path);

} // namespace dd::usecase

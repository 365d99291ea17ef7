#pragma once

#include "activities/RosterPlanner.h"
#include "report/TableReport.h"

namespace dd::report {

// A station's duty roster for its wall: date, weekday and the deputies on duty, under the
// congress's and the station's names and the period, in the document language.
TableReport dutyRosterReport(QSqlDatabase db, const activities::Roster& roster,
                             const QString& periodLabel);

// The same as FILE.pdf (A4) or FILE.xlsx, written atomically.
Outcome writeDutyRoster(QSqlDatabase db, const activities::Roster& roster,
                        const QString& periodLabel, const QString& path);

} // namespace dd::report

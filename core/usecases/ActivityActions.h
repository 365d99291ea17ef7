#pragma once

#include "activities/ActivityRecords.h"
#include "activities/RosterPlanner.h"
#include "activities/RosterStore.h"
#include "storage/Sql.h"

#include <QDate>
#include <QList>

namespace dd::usecase {

// Records an activity with its participants (id 0) or saves its changes.
Outcome saveActivity(QSqlDatabase db, activities::Activity& activity);
// An activity recorded by mistake, removed with the reason (required); its old version stays in
// the operator log. A recorded duty day pointing at it becomes unrecorded again.
Outcome removeActivity(QSqlDatabase db, qint64 activityId, const QString& reason);

Outcome addActivityType(QSqlDatabase db, activities::ActivityType& type);
// A type's name changes; its code, and so the scoring rules that name it, stay.
Outcome renameActivityType(QSqlDatabase db, qint64 typeId, const QString& name);

// A deputy's leave period.
Outcome recordLeave(QSqlDatabase db, activities::Leave& leave);
// A leave recorded by mistake, removed with the reason (required); its dates and reason stay in
// the operator log.
Outcome removeLeave(QSqlDatabase db, qint64 leaveId, const QString& reason);
// A leave recorded wrongly, corrected, with why (`why`); the log keeps the old period.
Outcome correctLeave(QSqlDatabase db, activities::Leave& leave, const QString& why);

// A station's duty roster replaces its unrecorded days within the roster's period.
Outcome saveRoster(QSqlDatabase db, const activities::Roster& roster);
// The deputies on duty one day (a new day is added), or the day taken off the roster with a
// reason; the log keeps who was on duty before.
Outcome setRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date,
                     const QList<qint64>& deputyIds);
Outcome removeRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date,
                        const QString& reason);
// Each unrecorded duty day up to `until` becomes one reception activity. All or none.
Outcome recordCompletedDuties(QSqlDatabase db, qint64 stationId, const QDate& from,
                              const QDate& until, activities::RecordedDuties* recorded);

} // namespace dd::usecase

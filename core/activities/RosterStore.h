#pragma once

#include "activities/RosterPlanner.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::activities {

// What recording completed duties did: receptions created, days that already had one.
struct RecordedDuties {
    QList<qint64> activityIds;
    QList<QDate> alreadyRecorded; // a reception at the station that day was on record: linked
};

// Saved duty rosters (排班): a station's reception days with the deputies on duty. A day once
// recorded as a reception is fixed: saving a new plan or changing slots leaves it alone.
class RosterStore {
    Q_DECLARE_TR_FUNCTIONS(dd::activities::RosterStore)

public:
    explicit RosterStore(QSqlDatabase db);

    // Replaces the station's unrecorded days within the roster's period by the roster's days.
    // The outcome's id is the number of days saved.
    Outcome save(const Roster& roster);
    // The clerk changes a slot: the deputies on duty that day (a new day is added). Refused for
    // a recorded day, an unknown deputy, a deputy listed twice or on leave that day.
    Outcome setDay(qint64 stationId, const QDate& date, const QList<qint64>& deputyIds);
    Outcome removeDay(qint64 stationId, const QDate& date);
    // The saved roster for the period, with names, load and grass-roots deputies filled in.
    Result<Roster> load(qint64 stationId, const QDate& from, const QDate& to) const;
    bool hasDays(qint64 stationId, const QDate& from, const QDate& to) const;

    // Records each unrecorded day up to `until` as one reception activity with the deputies on
    // duty present (on leave, with the leave's reason, when a leave covers the day). All or none.
    Outcome recordCompleted(qint64 stationId, const QDate& from, const QDate& until,
                            RecordedDuties* recorded);

private:
    QSqlDatabase m_db;
};

} // namespace dd::activities

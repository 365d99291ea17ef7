#pragma once

#include "calendar/WorkingCalendar.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dd::activities {

struct RosterOptions {
    int required = 2;      // deputies each reception day
    int capacity = 0;      // at most per day; 0: the required number
    int yearlyMinimum = 4; // station duties a deputy owes in a year, pro-rated to the period
};

struct RosterDay {
    QDate date;
    QList<qint64> deputyIds;
    qint64 activityId = 0; // once the day is recorded as a reception
};

// A proposed duty roster (排班) for one station and period. `problems` says which constraint
// could not be met and by how much; the days are filled as well as they can be anyway.
struct Roster {
    qint64 stationId = 0;
    QDate from;
    QDate to;
    int minimum = 0; // the pro-rated minimum per deputy
    QList<RosterDay> days;
    QHash<qint64, int> load;      // duties per deputy
    QHash<qint64, QString> names; // the station's deputies
    QSet<qint64> grassRoots;
    QStringList problems;
};

// Plans reception duties over the station's reception days (its rule on the holiday calendar):
// every day gets the required deputies, every deputy at least the pro-rated minimum, the load
// within one duty of even, nobody on leave that day, and at least one grass-roots (non-cadre)
// deputy a day where possible.
class RosterPlanner {
    Q_DECLARE_TR_FUNCTIONS(dd::activities::RosterPlanner)

public:
    RosterPlanner(QSqlDatabase db, calendar::WorkingCalendar calendar);
    // Fails when the station does not exist or has no reception rule it understands.
    Result<Roster> plan(qint64 stationId, const QDate& from, const QDate& to,
                        const RosterOptions& options) const;
    // The minimum for a period: the yearly one's year-to-date share (rounded up) at the period's
    // end less that before it, so that a year's quarters or months add up to the minimum.
    static int proRated(int yearlyMinimum, const QDate& from, const QDate& to);

private:
    struct Leaves;
    // The station's deputies in stroke order, entered in the roster's names, loads and
    // grass-roots set.
    Result<QList<qint64>> stationedDeputies(Roster& roster) const;
    // Each day the required deputies, least loaded first, with a grass-roots one where possible.
    static void assignRequired(Roster& roster, const QList<qint64>& deputies, const Leaves& leaves,
                               int required);
    // The spare places (capacity above required) to those still short of the minimum.
    static void assignSpare(Roster& roster, const QList<qint64>& deputies, const Leaves& leaves,
                            int capacity);

    QSqlDatabase m_db;
    calendar::WorkingCalendar m_calendar;
};

} // namespace dd::activities

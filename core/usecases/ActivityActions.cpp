#include "usecases/ActivityActions.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

using activities::ActivityStore;
using activities::RosterStore;

namespace {
// A session-attendance record belongs to its session: when the clerk named none, the one that
// sat that day (so an absence counts toward the Deputies-Law alert of that session).
Outcome linkSession(QSqlDatabase db, activities::Activity& activity)
{
    if (activity.sessionId > 0 || !activity.date.isValid())
        return Outcome::success();
    const auto type = ActivityStore(db).typeByCode(QLatin1String(activities::kSessionType));
    if (!type)
        return type.failure();
    if (!*type || (*type)->id != activity.typeId)
        return Outcome::success();
    const auto session = registry::TermStore(db).sessionOn(
        activity.date, registry::OfficeSettings(db).officeLevel());
    if (!session)
        return session.failure();
    if (*session)
        activity.sessionId = (*session)->id;
    return Outcome::success();
}
} // namespace

Outcome saveActivity(QSqlDatabase db, activities::Activity& activity)
{
    if (const Outcome linked = linkSession(db, activity); !linked.ok())
        return linked;
    return perform(db, [&] {
        ActivityStore store(db);
        return activity.id > 0 ? store.update(activity) : store.add(activity);
    });
}

Outcome removeActivity(QSqlDatabase db, qint64 activityId)
{
    return perform(db, [&] { return ActivityStore(db).remove(activityId); });
}

Outcome addActivityType(QSqlDatabase db, activities::ActivityType& type)
{
    return perform(db, [&] { return ActivityStore(db).addType(type); });
}

Outcome renameActivityType(QSqlDatabase db, qint64 typeId, const QString& name)
{
    return perform(db, [&] { return ActivityStore(db).renameType(typeId, name); });
}

Outcome recordLeave(QSqlDatabase db, activities::Leave& leave)
{
    return perform(db, [&] { return activities::LeaveStore(db).add(leave); });
}

Outcome saveRoster(QSqlDatabase db, const activities::Roster& roster)
{
    return perform(db, [&] { return RosterStore(db).save(roster); });
}

Outcome setRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date,
                     const QList<qint64>& deputyIds)
{
    return perform(db, [&] { return RosterStore(db).setDay(stationId, date, deputyIds); });
}

Outcome removeRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date)
{
    return perform(db, [&] { return RosterStore(db).removeDay(stationId, date); });
}

Outcome recordCompletedDuties(QSqlDatabase db, qint64 stationId, const QDate& from,
                              const QDate& until, activities::RecordedDuties* recorded)
{
    return perform(
        db, [&] { return RosterStore(db).recordCompleted(stationId, from, until, recorded); });
}

} // namespace dd::usecase

#pragma once

#include "activities/ActivityRecords.h"
#include "common/Result.h"
#include "registry/Levels.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::activities {

// Who takes part, chosen in bulk (the common case): the serving deputies of a station, group,
// township or level, or the members of a session's term. Empty members do not narrow.
struct ParticipantSelection {
    qint64 stationId = 0;
    qint64 groupId = 0;
    qint64 townshipId = 0;
    std::optional<registry::Level> level;
    qint64 sessionId = 0;
};

// Activities and their participants; each save is one transaction.
class ActivityStore {
    Q_DECLARE_TR_FUNCTIONS(dd::activities::ActivityStore)

public:
    explicit ActivityStore(QSqlDatabase db);

    Result<QList<ActivityType>> types() const;
    // Nullopt inside: no such type; a failure: the types could not be read.
    Result<std::optional<ActivityType>> typeByCode(const QString& code) const;
    Result<std::optional<ActivityType>> typeByName(const QString& name) const;
    Outcome addType(ActivityType& type);
    // A type's name changes (its code, and so the scoring rules that name it, stay).
    Outcome renameType(qint64 id, const QString& name);

    // Records the activity with its participants. Refused: no title or type, end before start,
    // leave without a reason, a reception without its station, a deputy twice, or a deputy
    // already received at the same station that day (a reception is counted once).
    Outcome add(Activity& activity);
    // Changes an activity and replaces its participants and linked concerns, checked as add.
    Outcome update(Activity& activity);
    // A recorded duty day pointing at it becomes unrecorded again.
    Outcome remove(qint64 id);
    Lookup<Activity> find(qint64 id) const;
    Result<QList<Activity>> list(const ActivityFilter& filter = {}) const;

    // The serving deputies a selection names on `date`, present unless on leave that day (then
    // on leave with the leave's reason).
    Result<QList<Participant>> participantsFor(const ParticipantSelection& selection,
                                               const QDate& date) const;

private:
    FieldErrors validate(Activity& activity) const;
    Outcome writeParticipants(const Activity& activity);
    Outcome attachParticipants(QList<Activity>& activities, const QDate& from,
                               const QDate& to) const;
    QSqlDatabase m_db;
};

} // namespace dd::activities

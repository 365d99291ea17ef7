#pragma once

#include "activities/ActivityRecords.h"
#include "common/Result.h"
#include "registry/Levels.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

// What scores are made of, read from the database in a few set-wise queries: the people scored
// (one per deputy and level) and the records that earn or cost points, in date order.
namespace dd::scoring {

struct ScoredMember {
    qint64 deputyId = 0;
    QString uuid; // the deputy's
    qint64 membershipId = 0;
    qint64 termId = 0;
    registry::Level level = registry::Level::County;
    int termNumber = 0;
    registry::MembershipStatus status = registry::MembershipStatus::Active;
    QString name;
    QString strokeKey;
    QString pinyinKey;
    QString phone;
    bool cadre = false;
    qint64 townshipId = 0; // the electoral district's, else the primary station's
    QString townshipName;
    qint64 stationId = 0; // the primary station
    QString stationName;
    QList<qint64> stationIds; // every station the deputy is stationed at
    QList<qint64> groupIds;
};

enum class EventKind {
    Activity,
    SuggestionLead,
    SuggestionCosigner,
    KeySupervision,
    Excellent,
    ConcernSatisfied
};

struct ScoreEvent {
    QDate date;
    EventKind kind = EventKind::Activity;
    qint64 sourceId = 0; // the activity or loop item
    QString typeCode;    // an activity's type
    activities::Attendance attendance = activities::Attendance::Present;
    std::optional<registry::Level> level; // a session's level: it counts at that level only
    QString label;                        // the activity's title or the item's number and title
};

struct ScoreInputs {
    QList<ScoredMember> members;
    QHash<qint64, QList<ScoreEvent>> events; // by deputy, in date order
    // Unexcused absences from congress sessions of each membership's term up to the end date,
    // by membership.
    QHash<qint64, int> sessionAbsencesInTerm;
};

// The people who served at some time in [from, to] and their records dated from `yearStart` to
// `to`; only `deputyId`'s when it is not 0. Labels are read only when asked for (the trace).
// A failed read fails the load.
Result<ScoreInputs> loadScoreInputs(QSqlDatabase db, const QDate& yearStart, const QDate& from,
                                    const QDate& to, qint64 deputyId = 0, bool withLabels = false);

} // namespace dd::scoring

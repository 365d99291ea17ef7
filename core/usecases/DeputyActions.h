#pragma once

#include "registry/Records.h"
#include "storage/Sql.h"

#include <QDate>
#include <QList>

#include <optional>

namespace dd::usecase {

// Records a deputy in a term that is on record (refused with a field error on `term` otherwise);
// a person already on record gets the new membership. Optionally their primary station.
Outcome addDeputy(QSqlDatabase db, registry::Deputy& deputy, registry::Membership& membership,
                  qint64 primaryStationId = 0);

// Ends a membership (terminated, resigned: with date and reason) or reinstates an ended one.
struct StatusChange {
    qint64 deputyId = 0;
    registry::Level level = registry::Level::County;
    int termNumber = 0;
    registry::MembershipStatus status = registry::MembershipStatus::Active;
    QDate date;
    QString reason;
};
Outcome changeDeputyStatus(QSqlDatabase db, const StatusChange& change);

// What the clerk changes about one deputy: the person, optionally one membership, and optionally
// the primary station (0: leave it as it is).
struct DeputyEdit {
    registry::Deputy deputy;
    std::optional<registry::Membership> membership;
    qint64 primaryStationId = 0;
};

// The person, the membership and the primary station change together or not at all.
Outcome editDeputy(QSqlDatabase db, DeputyEdit& edit);

// Assigns deputies to a station (or ends their assignment): all of them or none.
struct StationAssignment {
    qint64 stationId = 0;
    QList<qint64> deputyIds;
    bool primary = false;
    bool remove = false;
    QDate date;
};
// On failure, `failedDeputyId` names the deputy the message is about.
Outcome assignToStation(QSqlDatabase db, const StationAssignment& assignment,
                        qint64* failedDeputyId = nullptr);

} // namespace dd::usecase

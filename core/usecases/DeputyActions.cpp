#include "usecases/DeputyActions.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

namespace {
Outcome saveEdit(QSqlDatabase db, DeputyEdit& edit)
{
    registry::DeputyStore deputies(db);
    Outcome outcome = deputies.update(edit.deputy);
    if (outcome.ok() && edit.membership)
        outcome = deputies.updateMembership(*edit.membership);
    if (outcome.ok() && edit.primaryStationId > 0) {
        const auto assigned = deputies.stations(edit.deputy.id);
        if (!assigned)
            return assigned.failure();
        bool alreadyPrimary = false;
        for (const auto& [stationId, name, primary] : *assigned)
            alreadyPrimary |= primary && stationId == edit.primaryStationId;
        if (!alreadyPrimary)
            outcome = registry::StationStore(db).assign(edit.deputy.id, edit.primaryStationId, true,
                                                        Clock::today());
    }
    if (outcome.ok())
        outcome.id = edit.deputy.id;
    return outcome;
}

Outcome assign(QSqlDatabase db, const StationAssignment& assignment, qint64* failedDeputyId)
{
    registry::StationStore stations(db);
    const QDate date = assignment.date.isValid() ? assignment.date : Clock::today();
    for (qint64 deputyId : assignment.deputyIds) {
        const Outcome outcome =
            assignment.remove
                ? stations.unassign(deputyId, assignment.stationId, date)
                : stations.assign(deputyId, assignment.stationId, assignment.primary, date);
        if (!outcome.ok()) {
            if (failedDeputyId)
                *failedDeputyId = deputyId;
            return outcome; // the transaction rolls every assignment back
        }
    }
    return Outcome::success(assignment.stationId);
}
} // namespace

Outcome addDeputy(QSqlDatabase db, registry::Deputy& deputy, registry::Membership& membership,
                  qint64 primaryStationId)
{
    return perform(
        db, [&] { return registry::DeputyStore(db).add(deputy, membership, primaryStationId); });
}

Outcome changeDeputyStatus(QSqlDatabase db, const StatusChange& change)
{
    return perform(db, [&] {
        return registry::DeputyStore(db).changeStatus(change.deputyId, change.level,
                                                      change.termNumber, change.status, change.date,
                                                      change.reason);
    });
}

Outcome editDeputy(QSqlDatabase db, DeputyEdit& edit)
{
    return perform(db, [&] { return saveEdit(db, edit); });
}

Outcome assignToStation(QSqlDatabase db, const StationAssignment& assignment,
                        qint64* failedDeputyId)
{
    return perform(db, [&] { return assign(db, assignment, failedDeputyId); });
}

} // namespace dd::usecase

#include "usecases/DeputyActions.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "storage/WriteTransaction.h"

namespace dd::usecase {

Outcome editDeputy(QSqlDatabase db, DeputyEdit& edit)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    DeputyStore deputies(db);
    Outcome outcome = deputies.update(edit.deputy);
    if (outcome.ok() && edit.membership)
        outcome = deputies.updateMembership(*edit.membership);
    if (outcome.ok() && edit.primaryStationId > 0) {
        bool alreadyPrimary = false;
        for (const auto& [stationId, name, primary] : deputies.stations(edit.deputy.id))
            alreadyPrimary |= primary && stationId == edit.primaryStationId;
        if (!alreadyPrimary)
            outcome = StationStore(db).assign(edit.deputy.id, edit.primaryStationId, true,
                                              Clock::today());
    }
    if (outcome.ok())
        outcome.id = edit.deputy.id;
    return transaction->commitWith(outcome);
}

Outcome assignToStation(QSqlDatabase db, const StationAssignment& assignment,
                        qint64* failedDeputyId)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    StationStore stations(db);
    const QDate date = assignment.date.isValid() ? assignment.date : Clock::today();
    for (qint64 deputyId : assignment.deputyIds) {
        const Outcome outcome =
            assignment.remove
                ? stations.unassign(deputyId, assignment.stationId, date)
                : stations.assign(deputyId, assignment.stationId, assignment.primary, date);
        if (!outcome.ok()) {
            if (failedDeputyId)
                *failedDeputyId = deputyId;
            return outcome; // the guard rolls every assignment back
        }
    }
    return transaction->commitWith(Outcome::success(assignment.stationId));
}

} // namespace dd::usecase

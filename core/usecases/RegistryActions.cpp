#include "usecases/RegistryActions.h"

#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

Outcome setUpOffice(QSqlDatabase db, const OfficeProfile& profile)
{
    return perform(db, [&] { return initializeOffice(db, profile); });
}

Outcome fillWithDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary)
{
    return perform(db, [&] { return generateDemo(db, options, summary); });
}

Outcome saveStation(QSqlDatabase db, Station& station, const QString& newTownship)
{
    return perform(db, [&] {
        if (!newTownship.isEmpty()) {
            const Outcome township = TownshipStore(db).ensure(newTownship);
            if (!township.ok())
                return township;
            station.townshipId = township.id;
        }
        StationStore stations(db);
        return station.id > 0 ? stations.update(station) : stations.add(station);
    });
}

Outcome addSession(QSqlDatabase db, Session& session)
{
    return perform(db, [&] { return TermStore(db).addSession(session); });
}

Outcome startTerm(QSqlDatabase db, Level level, int number, const QDate& startDate)
{
    return perform(db, [&] { return TermStore(db).startTerm(level, number, startDate); });
}

} // namespace dd::usecase

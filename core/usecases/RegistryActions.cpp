#include "usecases/RegistryActions.h"

#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

Outcome setUpOffice(QSqlDatabase db, const registry::OfficeProfile& profile)
{
    return perform(db, [&] { return registry::initializeOffice(db, profile); });
}

Outcome fillWithDemo(QSqlDatabase db, const demo::DemoOptions& options, demo::DemoSummary* summary)
{
    return perform(db, [&] { return demo::generateDemo(db, options, summary); });
}

Outcome saveStation(QSqlDatabase db, registry::Station& station, const QString& newTownship)
{
    return perform(db, [&] {
        if (!newTownship.isEmpty()) {
            const Outcome township = registry::TownshipStore(db).ensure(newTownship);
            if (!township.ok())
                return township;
            station.townshipId = township.id;
        }
        registry::StationStore stations(db);
        return station.id > 0 ? stations.update(station) : stations.add(station);
    });
}

Outcome addSession(QSqlDatabase db, registry::Session& session)
{
    return perform(db, [&] { return registry::TermStore(db).addSession(session); });
}

Outcome startTerm(QSqlDatabase db, registry::Level level, int number, const QDate& startDate)
{
    return perform(db, [&] { return registry::TermStore(db).startTerm(level, number, startDate); });
}

} // namespace dd::usecase

#include "usecases/RegistryActions.h"

#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

namespace {
QList<storage::FieldChange> stationChanges(const registry::Station& before,
                                           const registry::Station& after)
{
    QList<storage::FieldChange> changes;
    compareField(changes, QStringLiteral("name"), before.name, after.name);
    compareField(changes, QStringLiteral("kind"), before.kind, after.kind);
    compareField(changes, QStringLiteral("township"), QString::number(before.townshipId),
                 QString::number(after.townshipId));
    compareField(changes, QStringLiteral("address"), before.address, after.address);
    compareField(changes, QStringLiteral("liaison_officer"), before.liaisonOfficer,
                 after.liaisonOfficer);
    compareField(changes, QStringLiteral("phone"), before.phone, after.phone);
    compareField(changes, QStringLiteral("star_rating"), QString::number(before.starRating),
                 QString::number(after.starRating));
    compareField(changes, QStringLiteral("model"), QString::number(before.isModel),
                 QString::number(after.isModel));
    compareField(changes, QStringLiteral("reception_rule"), before.receptionRule,
                 after.receptionRule);
    compareField(changes, QStringLiteral("notes"), before.notes, after.notes);
    return changes;
}
} // namespace

Outcome setUpOffice(QSqlDatabase db, const registry::OfficeProfile& profile)
{
    return perform(
        db, [&] { return registry::initializeOffice(db, profile); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(QStringLiteral("office.setup"),
                            words(QT_TRANSLATE_NOOP("dd::log", "Created the office file of %1"))
                                .arg(profile.congressName));
        });
}

Outcome fillWithDemo(QSqlDatabase db, const demo::DemoOptions& options, demo::DemoSummary* summary)
{
    return perform(
        db, [&] { return demo::generateDemo(db, options, summary); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(QStringLiteral("office.demo"),
                            words(QT_TRANSLATE_NOOP("dd::log", "Filled the file with demo data")));
        });
}

Outcome saveStation(QSqlDatabase db, registry::Station& station, const QString& newTownship)
{
    const bool adding = station.id <= 0;
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            if (!newTownship.isEmpty()) {
                const Outcome township = registry::TownshipStore(db).ensure(newTownship);
                if (!township.ok())
                    return township;
                station.townshipId = township.id;
            }
            registry::StationStore stations(db);
            if (adding)
                return stations.add(station);
            const auto before = stations.get(station.id);
            const Outcome saved = stations.update(station);
            const auto after = stations.get(station.id);
            if (saved.ok() && before.found() && after.found())
                changes = stationChanges(*before, *after);
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            return savedEntry(words, adding, QStringLiteral("station"), station.id, station.name,
                              QT_TRANSLATE_NOOP("dd::log", "Added station %1"),
                              QT_TRANSLATE_NOOP("dd::log", "Changed station %1: %2"), changes);
        });
}

Outcome addSession(QSqlDatabase db, registry::Session& session)
{
    return perform(
        db, [&] { return registry::TermStore(db).addSession(session); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("session.add"),
                words(QT_TRANSLATE_NOOP("dd::log", "Recorded session %1 of term %2 (%3 to %4)"))
                    .arg(session.number)
                    .arg(session.termNumber)
                    .arg(session.openingDate.toString(Qt::ISODate),
                         session.closingDate.toString(Qt::ISODate)),
                QStringLiteral("session"), session.id);
        });
}

Outcome startTerm(QSqlDatabase db, registry::Level level, int number, const QDate& startDate)
{
    return perform(
        db, [&] { return registry::TermStore(db).startTerm(level, number, startDate); },
        [&](const LogWords& words, const Outcome& started) {
            return logEntry(
                QStringLiteral("term.start"),
                words(QT_TRANSLATE_NOOP("dd::log", "Started term %1 (%2) on %3"))
                    .arg(number)
                    .arg(words.of(registry::kRegistryContext, registry::levelSource(level)),
                         startDate.toString(Qt::ISODate)),
                QStringLiteral("term"), started.id);
        });
}

} // namespace dd::usecase

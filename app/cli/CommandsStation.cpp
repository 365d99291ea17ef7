// station list | show | add | edit | assign, session add | list, term start | list
#include "Cli.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "usecases/DeputyActions.h"
#include "usecases/RegistryActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

namespace {
void addStationOptions(CommandLine& line)
{
    line.addOptions({
        {"name", tr("Station name."), "NAME"},
        {"kind", tr("township, community, district, park, enterprise or online (or Chinese)."),
         "KIND"},
        {"township", tr("Township name (recorded if new) or ID."), "TOWNSHIP"},
        {"address", tr("Address."), "TEXT"},
        {"officer", tr("Liaison officer."), "NAME"},
        {"phone", tr("Phone."), "PHONE"},
        {"stars", tr("Star rating 1-5 (0: not rated)."), "N"},
        {"model", tr("Model station: yes or no."), "yes|no"},
        {"legislative", tr("Legislative contact point: yes or no."), "yes|no"},
        {"rule", tr("Reception day in words, e.g. 每周三 or 每月8日."), "TEXT"},
        {"notes", tr("Notes."), "TEXT"},
    });
}

// A township given by a name not on record comes back in `newTownship`: the use case records it
// with the station.
bool applyStationOptions(QSqlDatabase db, const CommandLine& line, registry::Station& station,
                         QString* newTownship)
{
    const auto text = [&](const char* name, QString& field) {
        if (line.isSet(QString::fromLatin1(name)))
            field = line.value(QString::fromLatin1(name));
    };
    text("name", station.name);
    text("kind", station.kind);
    text("address", station.address);
    text("officer", station.liaisonOfficer);
    text("phone", station.phone);
    text("rule", station.receptionRule);
    text("notes", station.notes);
    if (line.isSet(QStringLiteral("stars"))) {
        bool ok = false;
        station.starRating = line.value(QStringLiteral("stars")).toInt(&ok);
        if (!ok) {
            printError(tr("--stars must be a number from 1 to 5"));
            return false;
        }
    }
    for (const auto& [name, field] :
         {std::pair{"model", &registry::Station::isModel},
          std::pair{"legislative", &registry::Station::isLegislativeContactPoint}}) {
        if (!line.isSet(QString::fromLatin1(name)))
            continue;
        const QString value = line.value(QString::fromLatin1(name)).toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no")) {
            printError(tr("--%1 must be yes or no").arg(QString::fromLatin1(name)));
            return false;
        }
        station.*field = value == QLatin1String("yes");
    }
    if (line.isSet(QStringLiteral("township"))) {
        const QString township = line.value(QStringLiteral("township")).trimmed();
        bool numeric = false;
        const qint64 id = township.toLongLong(&numeric);
        const auto known = township.isEmpty() ? Lookup<registry::Township>(std::nullopt)
                           : numeric          ? registry::TownshipStore(db).findById(id)
                                              : registry::TownshipStore(db).findByName(township);
        if (known.failed()) {
            printError(known.error());
            return false;
        }
        if (numeric && !known.found()) {
            printError(tr("--township: township %1 does not exist").arg(id));
            return false;
        }
        if (known.found())
            station.townshipId = known->id;
        else if (township.isEmpty())
            station.townshipId = 0;
        else
            *newTownship = township; // a new township, made with the station
    }
    return true;
}

int listStations(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("station list"),
                     tr("List liaison stations with their stationed deputies."));
    line.addOption(QStringLiteral("township"), tr("Only this township (name or ID)."),
                   QStringLiteral("TOWNSHIP"));
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    const std::optional<qint64> townshipId = townshipOption(db->connection(), line);
    if (!townshipId)
        return BadInput;
    const bool codes = format == Format::Json;
    Listing listing{{"id", "uuid", "name", "kind", "township", "address", "liaison_officer",
                     "phone", "star_rating", "is_model", "is_legislative_contact_point",
                     "reception_rule", "deputies"},
                    {tr("ID"), tr("UUID"), tr("Name"), tr("Kind"), tr("Township"), tr("Address"),
                     tr("Liaison officer"), tr("Phone"), tr("Stars"), tr("Model station"),
                     tr("Legislative contact point"), tr("Reception day"), tr("Deputies")}};
    for (registry::Level level : registry::allLevels()) {
        listing.keys << QStringLiteral("deputies_") + registry::levelCode(level);
        listing.headers << registry::levelName(level);
    }
    const auto stations = registry::StationStore(db->connection()).list(*townshipId);
    if (!stations)
        return report(stations.failure());
    for (const registry::StationRow& row : *stations) {
        const registry::Station& s = row.station;
        QVariantList values{s.id,
                            s.uuid,
                            s.name,
                            codes ? s.kind : registry::stationKindName(s.kind),
                            row.townshipName,
                            s.address,
                            s.liaisonOfficer,
                            s.phone,
                            s.starRating > 0 ? QVariant(s.starRating) : QVariant(),
                            s.isModel,
                            s.isLegislativeContactPoint,
                            s.receptionRule,
                            row.deputyCount};
        for (registry::Level level : registry::allLevels())
            values << row.deputiesByLevel.value(level);
        listing.rows << values;
    }
    if (format == Format::Table) {
        Listing narrow;
        for (int c : {0, 2, 3, 4, 6, 8, 11, 12}) {
            narrow.keys << listing.keys.at(c);
            narrow.headers << listing.headers.at(c);
        }
        for (const QVariantList& row : listing.rows)
            narrow.rows << QVariantList{row.at(0), row.at(2), row.at(3),  row.at(4),
                                        row.at(6), row.at(8), row.at(11), row.at(12)};
        listing = narrow;
    }
    printListing(listing, format);
    return Success;
}

int showStation(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("station show"), tr("Show one station and its deputies."));
    line.addPositional(QStringLiteral("id"), tr("The station's ID."), QStringLiteral("ID"));
    line.addOption(QStringLiteral("format"), tr("Output format: table or json."),
                   QStringLiteral("FORMAT"));
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const auto id = idArgument(line.positional().value(0), tr("The station ID"));
    const auto format = parseFormat(line.value(QStringLiteral("format")));
    if (!id || !format)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const auto station = registry::StationStore(db->connection()).get(*id);
    if (!station.found())
        return report(station.missing(tr("Station %1 does not exist").arg(*id)));
    const auto township = registry::TownshipStore(db->connection()).findById(station->townshipId);
    if (township.failed())
        return report(township.failure());
    registry::DeputyFilter filter;
    filter.stationId = *id;
    const auto read = registry::DeputyStore(db->connection()).list(filter);
    if (!read)
        return report(read.failure());
    const QList<registry::DeputyRow>& deputies = *read;
    if (*format == Format::Json) {
        QJsonArray members;
        for (const registry::DeputyRow& row : deputies)
            members.append(QJsonObject{{"id", row.deputy.id},
                                       {"name", row.deputy.name},
                                       {"level", registry::levelCode(row.membership.level)},
                                       {"primary", row.stationId == *id}});
        printBytes(
            QJsonDocument(
                QJsonObject{{"id", station->id},
                            {"uuid", station->uuid},
                            {"name", station->name},
                            {"kind", station->kind},
                            {"township", township.found() ? township->name : QString()},
                            {"address", station->address},
                            {"liaison_officer", station->liaisonOfficer},
                            {"phone", station->phone},
                            {"star_rating", station->starRating},
                            {"is_model", station->isModel},
                            {"is_legislative_contact_point", station->isLegislativeContactPoint},
                            {"reception_rule", station->receptionRule},
                            {"notes", station->notes},
                            {"deputies", members}})
                .toJson(QJsonDocument::Indented));
        return Success;
    }
    QString text = tr("%1 (ID %2): %3, %4\n%5; liaison officer %6 %7; %8 stars; reception %9\n")
                       .arg(station->name)
                       .arg(station->id)
                       .arg(registry::stationKindName(station->kind),
                            township.found() ? township->name : QString(), station->address,
                            station->liaisonOfficer, station->phone)
                       .arg(station->starRating)
                       .arg(station->receptionRule);
    for (const registry::DeputyRow& row : deputies)
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(row.deputy.id)
                    .arg(row.deputy.name, registry::levelName(row.membership.level));
    print(text + tr("%n deputy membership(s)", nullptr, int(deputies.size())) + QLatin1Char('\n'));
    return Success;
}

int addOrEditStation(Context& context, const QStringList& args, bool adding)
{
    CommandLine line(adding ? QStringLiteral("station add") : QStringLiteral("station edit"),
                     adding ? tr("Add a liaison station.") : tr("Change a liaison station."));
    if (!adding)
        line.addPositional(QStringLiteral("id"), tr("The station's ID."), QStringLiteral("ID"));
    addStationOptions(line);
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    registry::StationStore store(db->connection());
    registry::Station station;
    if (!adding) {
        const auto id = idArgument(line.positional().value(0), tr("The station ID"));
        if (!id)
            return BadInput;
        const auto stored = store.get(*id);
        if (!stored.found())
            return report(stored.missing(tr("Station %1 does not exist").arg(*id)));
        station = *stored;
    }
    QString newTownship;
    if (!applyStationOptions(db->connection(), line, station, &newTownship))
        return BadInput;
    const Outcome outcome = usecase::saveStation(db->connection(), station, newTownship);
    return report(outcome, tr("Station %1: %2").arg(outcome.id).arg(station.name));
}

int assignStation(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("station assign"),
                     tr("Station deputies at a station, or remove them."));
    line.addPositional(QStringLiteral("station"), tr("The station's ID."),
                       QStringLiteral("STATION_ID"));
    line.addPositional(QStringLiteral("deputies"), tr("Deputy IDs."),
                       QStringLiteral("DEPUTY_ID..."));
    line.addOptions({
        {"primary", tr("Make it the deputies' primary station.")},
        {"remove", tr("End the deputies' assignment to the station.")},
        {"date", tr("Date of the change (default today)."), "DATE"},
    });
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const QStringList positional = line.positional();
    if (positional.size() < 2)
        return usageError(tr("station assign needs a STATION_ID and at least one DEPUTY_ID"));
    const auto stationId = idArgument(positional.first(), tr("The station ID"));
    auto date = dateOption(line, QStringLiteral("date"), false);
    if (!stationId || !date)
        return BadInput;
    if (!date->isValid())
        date = Clock::today();
    QList<qint64> deputyIds;
    for (const QString& text : positional.mid(1)) {
        const auto id = idArgument(text, tr("A deputy ID"));
        if (!id)
            return BadInput;
        deputyIds << *id;
    }
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    usecase::StationAssignment assignment{*stationId, deputyIds,
                                          line.isSet(QStringLiteral("primary")),
                                          line.isSet(QStringLiteral("remove")), *date};
    qint64 failed = 0;
    if (const Outcome outcome = usecase::assignToStation(db->connection(), assignment, &failed);
        !outcome.ok())
        return report(failed ? Outcome::failure(outcome.kind,
                                                tr("Deputy %1: %2").arg(failed).arg(outcome.text()))
                             : outcome);
    print(tr("%n deputy assignment(s) changed", nullptr, int(deputyIds.size())) +
          QLatin1Char('\n'));
    return Success;
}
} // namespace

int runStation(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "station",
        {{"list", listStations},
         {"show", showStation},
         {"add", [](Context& c, const QStringList& a) { return addOrEditStation(c, a, true); }},
         {"edit", [](Context& c, const QStringList& a) { return addOrEditStation(c, a, false); }},
         {"assign", assignStation}});
}

int runSession(Context& context, const QStringList& args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("session ") + action,
                     tr("Congress sessions (人代会): add or list."));
    line.addOptions({
        {"level", tr("Level (default county)."), "LEVEL"},
        {"term", tr("Term number (default: current)."), "N"},
        {"number", tr("Session number (第N次会议)."), "N"},
        {"opening", tr("Opening date."), "DATE"},
        {"closing", tr("Closing date."), "DATE"},
    });
    line.addFormatOption();
    int code = Success;
    if (!line.parse(args.mid(1), &code))
        return code;
    if (action != QLatin1String("add") && action != QLatin1String("list"))
        return usageError(tr("session takes add or list"));
    const Format format = line.format();
    std::optional<registry::Level> level;
    if (line.isSet(QStringLiteral("level"))) {
        level = registry::parseLevel(line.value(QStringLiteral("level")));
        if (!level)
            return usageError(
                tr("--level must be national, provincial, municipal, county or township, not %1")
                    .arg(line.value(QStringLiteral("level"))));
    }
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    registry::TermStore terms(db->connection());
    if (action == QLatin1String("list")) {
        Listing listing{{"id", "uuid", "level", "term", "number", "opening_date", "closing_date"},
                        {tr("ID"), tr("UUID"), tr("Level"), tr("Term"), tr("Session"),
                         tr("Opening"), tr("Closing")}};
        const auto sessions = terms.sessions(level);
        if (!sessions)
            return report(sessions.failure());
        for (const registry::Session& s : *sessions)
            listing.rows.append({s.id, s.uuid,
                                 format == Format::Json ? registry::levelCode(s.level)
                                                        : registry::levelName(s.level),
                                 s.termNumber, s.number, s.openingDate.toString(Qt::ISODate),
                                 s.closingDate.toString(Qt::ISODate)});
        printListing(listing, format);
        return Success;
    }
    const auto opening = dateOption(line, QStringLiteral("opening"), true);
    const auto closing = dateOption(line, QStringLiteral("closing"), true);
    if (!opening || !closing)
        return BadInput;
    registry::Session session;
    session.level = level.value_or(registry::Level::County);
    session.termNumber =
        line.isSet(QStringLiteral("term"))
            ? line.value(QStringLiteral("term")).toInt()
            : terms.current(session.level).value().value_or(registry::Term{}).number;
    session.number = line.value(QStringLiteral("number")).toInt();
    session.openingDate = *opening;
    session.closingDate = *closing;
    const Outcome outcome = usecase::addSession(db->connection(), session);
    return report(outcome, tr("Session %1 recorded: term %2, session %3")
                               .arg(outcome.id)
                               .arg(session.termNumber)
                               .arg(session.number));
}

int runTerm(Context& context, const QStringList& args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("term ") + action,
                     tr("Terms (届次): start the next term (换届) or list them."));
    line.addOptions({
        {"level", tr("Level."), "LEVEL"},
        {"number", tr("The new term's number."), "N"},
        {"date", tr("The day the new term starts."), "DATE"},
    });
    line.addFormatOption();
    int code = Success;
    if (!line.parse(args.mid(1), &code))
        return code;
    if (action != QLatin1String("start") && action != QLatin1String("list"))
        return usageError(tr("term takes start or list"));
    const Format format = line.format();
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    registry::TermStore terms(db->connection());
    if (action == QLatin1String("list")) {
        Listing listing{
            {"id", "uuid", "level", "number", "start_date", "end_date"},
            {tr("ID"), tr("UUID"), tr("Level"), tr("Term"), tr("Start date"), tr("End date")}};
        const auto list = terms.list();
        if (!list)
            return report(list.failure());
        for (const registry::Term& t : *list)
            listing.rows.append(
                {t.id, t.uuid,
                 format == Format::Json ? registry::levelCode(t.level)
                                        : registry::levelName(t.level),
                 t.number, t.startDate.toString(Qt::ISODate),
                 t.endDate.isValid() ? QVariant(t.endDate.toString(Qt::ISODate)) : QVariant()});
        printListing(listing, format);
        return Success;
    }
    const auto level = registry::parseLevel(line.value(QStringLiteral("level")));
    const auto date = dateOption(line, QStringLiteral("date"), true);
    if (!level)
        return usageError(tr("--level is required: county or township (or another level)"));
    if (!date)
        return BadInput;
    const int number = line.value(QStringLiteral("number")).toInt();
    if (number <= 0)
        return usageError(tr("--number is required: the new term's number"));
    return report(usecase::startTerm(db->connection(), *level, number, *date),
                  tr("Term %1 of level %2 starts on %3; the previous term's memberships have ended")
                      .arg(number)
                      .arg(registry::levelName(*level), date->toString(Qt::ISODate)));
}

} // namespace dd::cli

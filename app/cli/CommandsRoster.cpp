// roster plan|save|show|set|complete: a station's duty roster (排班) for a period.
#include "Cli.h"

#include "activities/RosterPlanner.h"
#include "activities/RosterStore.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/DocumentText.h"
#include "common/Period.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "report/DutyRosterDocument.h"
#include "usecases/ActivityActions.h"

#include <QDir>
#include <QRegularExpression>

namespace dd::cli {

using namespace activities;

namespace {

// The station and period every roster command names.
struct RosterTarget {
    qint64 stationId = 0;
    Period period;
};

void addTargetOptions(CommandLine& line)
{
    line.addOptions({
        {"station", tr("The station (ID or name)."), "STATION"},
        {"period", tr("The period: 2026, 2026Q3, 2026-07."), "PERIOD"},
    });
}

std::optional<RosterTarget> target(QSqlDatabase db, const CommandLine& line)
{
    const auto period = Period::parse(line.value(QStringLiteral("period")));
    if (!period || period->kind == Period::Kind::Term) {
        printError(
            tr("--period: %1")
                .arg(period ? tr("give a year, half-year, quarter or month") : period.error()));
        return std::nullopt;
    }
    const std::optional<qint64> id = stationOption(db, line.value(QStringLiteral("station")));
    if (!id || *id <= 0) {
        if (id)
            printError(tr("--station is required"));
        return std::nullopt;
    }
    return RosterTarget{*id, *period};
}

void addPlanOptions(CommandLine& line)
{
    line.addOptions({
        {"required", tr("Deputies each day (default 2)."), "N"},
        {"capacity", tr("At most each day (default: the required)."), "N"},
        {"minimum", tr("Duties a deputy owes in a year (default 4)."), "N"},
    });
}

void addOutOption(CommandLine& line)
{
    line.addOption(QStringLiteral("out"),
                   tr("Also write the roster for the station's wall: FILE.pdf (A4) or FILE.xlsx."),
                   QStringLiteral("FILE"));
}

// Prints the roster's days (and writes --out); false when the file could not be written.
bool showRoster(QSqlDatabase db, const Roster& roster, const Period& period,
                const CommandLine& line)
{
    const Format format = line.format();
    Listing listing{{"date", "weekday", "deputy_ids", "deputies", "activity_id"},
                    {tr("Date"), tr("Weekday"), tr("IDs"), tr("Deputies"), tr("Recorded")}};
    for (const RosterDay& day : roster.days) {
        QStringList names;
        QStringList ids;
        for (qint64 id : day.deputyIds) {
            names << roster.names.value(id) +
                         (roster.grassRoots.contains(id) ? QString() : tr(" (cadre)"));
            ids << QString::number(id);
        }
        listing.rows << QVariantList{day.date.toString(Qt::ISODate),
                                     QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat),
                                     ids.join(QLatin1Char(',')), names.join(QStringLiteral("、")),
                                     day.activityId > 0 ? QVariant(day.activityId) : QVariant()};
    }
    printListing(listing, format);
    if (format == Format::Table)
        print(tr("%n reception day(s); minimum %1 per deputy for the period.", nullptr,
                 int(roster.days.size()))
                  .arg(roster.minimum) +
              QLatin1Char('\n'));
    if (const QString out = line.value(QStringLiteral("out")); !out.isEmpty()) {
        const Outcome written = report::writeDutyRoster(
            db, roster,
            period.label(DocumentText(registry::OfficeSettings(db).documentLanguage()).chinese()),
            out);
        if (!written.ok()) {
            printError(written.text());
            return false;
        }
        print(tr("Roster written to %1").arg(QDir::toNativeSeparators(out)) + QLatin1Char('\n'));
    }
    return true;
}

// roster plan and roster save: the proposal, saved or not.
int planRoster(Context& context, const QStringList& args, bool save)
{
    CommandLine line(save ? QStringLiteral("roster save") : QStringLiteral("roster plan"),
                     save ? tr("Plan a station's duty roster for a period and save it, replacing "
                               "the period's saved days that are not yet recorded as receptions.")
                          : tr("Propose a station's duty roster for a period over its reception "
                               "days: the required deputies each day, everyone at least the "
                               "minimum, the load even, nobody on leave, a grass-roots deputy "
                               "each day. What cannot be met is said, with the numbers."));
    addTargetOptions(line);
    addPlanOptions(line);
    addOutOption(line);
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    RosterOptions options;
    const auto number = [&](const char* name, int& value) {
        if (line.isSet(QLatin1String(name)))
            value = line.value(QLatin1String(name)).toInt();
    };
    number("required", options.required);
    number("capacity", options.capacity);
    number("minimum", options.yearlyMinimum);
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const auto chosen = target(db->connection(), line);
    if (!chosen)
        return BadInput;
    const RosterPlanner planner(db->connection(), calendar::CalendarStore(db->connection()).load());
    auto roster =
        planner.plan(chosen->stationId, chosen->period.start, chosen->period.end, options);
    if (!roster)
        return report(roster.failure());
    if (save) {
        const Outcome saved = usecase::saveRoster(db->connection(), *roster);
        if (!saved.ok())
            return report(saved);
        // What is on record now: recorded days kept their own deputies.
        const int minimum = roster->minimum;
        auto reloaded = RosterStore(db->connection())
                            .load(chosen->stationId, chosen->period.start, chosen->period.end);
        if (!reloaded)
            return report(reloaded.failure());
        roster = std::move(*reloaded);
        roster->minimum = minimum;
    }
    if (!showRoster(db->connection(), *roster, chosen->period, line))
        return Failure;
    if (save && line.format() == Format::Table)
        print(tr("Roster saved.") + QLatin1Char('\n'));
    // The plan stands as far as it goes; what it could not meet is said beside it.
    for (const QString& problem : std::as_const(roster->problems))
        printError(problem);
    return Success;
}

int showSavedRoster(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("roster show"),
                     tr("The saved duty roster of a station for a period, with the days "
                        "already recorded as receptions."));
    addTargetOptions(line);
    line.addOption(QStringLiteral("minimum"), tr("Duties a deputy owes in a year (default 4)."),
                   QStringLiteral("N"));
    addOutOption(line);
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto chosen = target(db->connection(), line);
    if (!chosen)
        return BadInput;
    auto loaded = RosterStore(db->connection())
                      .load(chosen->stationId, chosen->period.start, chosen->period.end);
    if (!loaded)
        return report(loaded.failure());
    Roster& roster = *loaded;
    roster.minimum = RosterPlanner::proRated(line.isSet(QStringLiteral("minimum"))
                                                 ? line.value(QStringLiteral("minimum")).toInt()
                                                 : RosterOptions().yearlyMinimum,
                                             chosen->period.start, chosen->period.end);
    if (roster.days.isEmpty()) {
        printError(tr("No roster saved for this station and period (see 'roster save')"));
        return BadInput;
    }
    return showRoster(db->connection(), roster, chosen->period, line) ? Success : Failure;
}

int setRosterDay(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("roster set"),
                     tr("Change one day of a station's saved roster: the deputies on duty "
                        "(a new day is added), or --remove the day."));
    line.addOptions({
        {"station", tr("The station (ID or name)."), "STATION"},
        {"date", tr("The reception day."), "DATE"},
        {"deputies", tr("The deputies on duty by ID, e.g. 3,5."), "IDS"},
        {"remove", tr("Take the day off the roster (with --reason).")},
        {"reason", tr("Why the day is taken off the roster."), "TEXT"},
    });
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto date = dateOption(line, QStringLiteral("date"), true);
    if (!date)
        return BadInput;
    QList<qint64> deputies;
    for (const QString& part :
         line.value(QStringLiteral("deputies"))
             .split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts)) {
        const auto id = idArgument(part, QStringLiteral("--deputies"));
        if (!id)
            return BadInput;
        deputies << *id;
    }
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const std::optional<qint64> station =
        stationOption(db->connection(), line.value(QStringLiteral("station")));
    if (!station)
        return BadInput;
    const qint64 stationId = *station;
    if (line.isSet(QStringLiteral("remove")))
        return report(usecase::removeRosterDay(db->connection(), stationId, *date,
                                               line.value(QStringLiteral("reason"))),
                      tr("Removed %1 from the roster").arg(date->toString(Qt::ISODate)));
    return report(usecase::setRosterDay(db->connection(), stationId, *date, deputies),
                  tr("%n deputy(ies) on duty on %1", nullptr, int(deputies.size()))
                      .arg(date->toString(Qt::ISODate)));
}

int completeRoster(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("roster complete"),
                     tr("Record the saved roster's days up to a date as station receptions, one "
                        "activity a day with the deputies on duty present. All or none."));
    addTargetOptions(line);
    line.addOption(QStringLiteral("until"), tr("The last day to record (default today)."),
                   QStringLiteral("DATE"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto chosen = target(db->connection(), line);
    if (!chosen)
        return BadInput;
    const QDate last =
        std::min(chosen->period.end, line.date(QStringLiteral("until"), Clock::today()));
    RecordedDuties recorded;
    const Outcome outcome = usecase::recordCompletedDuties(db->connection(), chosen->stationId,
                                                           chosen->period.start, last, &recorded);
    if (outcome.ok() && !recorded.alreadyRecorded.isEmpty()) {
        QStringList days;
        for (const QDate& day : std::as_const(recorded.alreadyRecorded))
            days << day.toString(Qt::ISODate);
        print(tr("Already recorded by hand, linked: %1").arg(days.join(QStringLiteral(", "))) +
              QLatin1Char('\n'));
    }
    return report(outcome,
                  tr("%n reception(s) recorded up to %1", nullptr, int(recorded.activityIds.size()))
                      .arg(last.toString(Qt::ISODate)));
}

} // namespace

int runRoster(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "roster",
        {{"plan", [](Context& c, const QStringList& a) { return planRoster(c, a, false); }},
         {"save", [](Context& c, const QStringList& a) { return planRoster(c, a, true); }},
         {"show", showSavedRoster},
         {"set", setRosterDay},
         {"complete", completeRoster}});
}

} // namespace dd::cli

// init, settings, demo, calendar, check: the office and the file as a whole.
#include "Cli.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "registry/OfficeSettings.h"
#include "registry/RegistryCheck.h"
#include "storage/OperatorLog.h"
#include "usecases/RegistryActions.h"
#include "usecases/SettingsActions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace dd::cli {

int runInit(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("init"), tr("Create a new database for the office."));
    line.addOptions({
        {"name", tr("Name of the standing committee, e.g. 云岭县人大常委会."), "NAME"},
        {"level", tr("The office's level: county or township (default county)."), "LEVEL"},
        {"term", tr("The office level's current term number, e.g. 18."), "N"},
        {"term-start", tr("The date the current term began."), "DATE"},
    });
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    if (QFileInfo::exists(context.path()))
        return usageError(tr("%1 already exists; init creates a new database")
                              .arg(QDir::toNativeSeparators(context.path())));
    registry::OfficeProfile profile;
    profile.congressName = line.isSet(QStringLiteral("name")) ? line.value(QStringLiteral("name"))
                                                              : QStringLiteral("云岭县人大常委会");
    const auto level = registry::parseLevel(line.isSet(QStringLiteral("level"))
                                                ? line.value(QStringLiteral("level"))
                                                : QStringLiteral("county"));
    if (!level)
        return usageError(tr("--level must be county or township, not %1")
                              .arg(line.value(QStringLiteral("level"))));
    profile.level = *level;
    if (line.isSet(QStringLiteral("term"))) {
        profile.termNumber = line.value(QStringLiteral("term")).toInt();
        if (profile.termNumber <= 0)
            return usageError(tr("--term must be a term number such as 18"));
    }
    const auto start = dateOption(line, QStringLiteral("term-start"), false);
    if (!start)
        return BadInput;
    profile.termStart = *start;
    storage::Database* db = context.open(storage::Database::Mode::CreateIfMissing);
    if (!db)
        return context.exitCode();
    const Outcome outcome = usecase::setUpOffice(db->connection(), profile);
    return report(
        outcome,
        tr("Created %1 for %2").arg(QDir::toNativeSeparators(db->path()), profile.congressName));
}

int runSettings(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("settings"), tr("Show or change the office's settings."));
    line.addPositional(QStringLiteral("action"), tr("show, or set KEY VALUE"),
                       QStringLiteral("show|set KEY VALUE"));
    line.addFormatOption();
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const QStringList positional = line.positional();
    const QString action = positional.value(0, QStringLiteral("show"));
    if (action != QLatin1String("show") && action != QLatin1String("set"))
        return usageError(tr("settings takes show or set KEY VALUE"));
    if (action == QLatin1String("set") && positional.size() != 3)
        return usageError(tr("settings set needs a KEY and a VALUE; keys: %1")
                              .arg(usecase::settingKeys().join(QStringLiteral(", "))));
    const Format format = line.format();
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    registry::OfficeSettings settings(db->connection());
    if (action == QLatin1String("set"))
        return report(usecase::changeSetting(db->connection(), positional.at(1), positional.at(2)),
                      tr("%1 = %2").arg(positional.at(1),
                                        settings.value(positional.at(1), positional.at(2))));
    Listing listing{{QStringLiteral("key"), QStringLiteral("value")}, {tr("Setting"), tr("Value")}};
    for (const QString& key : usecase::settingKeys())
        listing.rows.append({key, settings.value(key)});
    printListing(listing, format);
    return Success;
}

int runDemo(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("demo"), tr("Fill a new database with realistic demo data."));
    line.addOptions({
        {"scale", tr("small, county (default) or large."), "SCALE"},
        {"seed", tr("Random seed; the same seed and date give the same data."), "N"},
        {"years", tr("How many years back the data go (default 2; large means 5)."), "N"},
    });
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    demo::DemoOptions options;
    const QString scaleText = line.isSet(QStringLiteral("scale"))
                                  ? line.value(QStringLiteral("scale"))
                                  : QStringLiteral("county");
    const auto scale = demo::parseScale(scaleText);
    if (!scale)
        return usageError(tr("--scale must be small, county or large, not %1").arg(scaleText));
    options.scale = *scale;
    options.years = options.scale == demo::DemoOptions::Scale::Large ? 5 : 2;
    bool ok = true;
    if (line.isSet(QStringLiteral("seed")))
        options.seed = line.value(QStringLiteral("seed")).toUInt(&ok);
    if (ok && line.isSet(QStringLiteral("years")))
        options.years = line.value(QStringLiteral("years")).toInt(&ok);
    if (!ok || options.years < 1 || options.years > 10)
        return usageError(tr("--seed must be a number and --years between 1 and 10"));
    const bool fresh = !QFileInfo::exists(context.path());
    storage::Database* db = context.open(storage::Database::Mode::CreateIfMissing);
    if (!db)
        return context.exitCode();
    if (fresh) {
        registry::OfficeProfile profile{
            QStringLiteral("云岭县人大常委会"), registry::Level::County, 18, {}};
        profile.termStart = QDate(Clock::today().year() - 5, 12, 20);
        if (const Outcome init = usecase::setUpOffice(db->connection(), profile); !init.ok())
            return report(init);
    }
    QElapsedTimer timer;
    timer.start();
    demo::DemoSummary summary;
    const Outcome outcome = usecase::fillWithDemo(db->connection(), options, &summary);
    return report(outcome,
                  tr("Demo data in %1: %2 townships, %3 stations, %4 deputies (%5 memberships), "
                     "%6 sessions, %7 concerns, %8 suggestions, %9 activities; %10 s")
                      .arg(QDir::toNativeSeparators(db->path()))
                      .arg(summary.townships)
                      .arg(summary.stations)
                      .arg(summary.deputies)
                      .arg(summary.memberships)
                      .arg(summary.sessions)
                      .arg(summary.concerns)
                      .arg(summary.suggestions)
                      .arg(summary.activities)
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
}

int runCalendar(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("calendar"), tr("Show or import the holiday calendar."));
    line.addPositional(QStringLiteral("action"),
                       tr("show [YEAR], or import FILE (CSV: date,kind,name)"),
                       QStringLiteral("show [YEAR]|import FILE"));
    line.addFormatOption();
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const QStringList positional = line.positional();
    const QString action = positional.value(0, QStringLiteral("show"));
    const Format format = line.format();
    if (action == QLatin1String("import") && positional.size() != 2)
        return usageError(tr("calendar import needs a FILE"));
    if (action != QLatin1String("import") && action != QLatin1String("show"))
        return usageError(tr("calendar takes show [YEAR] or import FILE"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    calendar::CalendarStore store(db->connection());
    if (action == QLatin1String("import")) {
        const Outcome outcome = usecase::importCalendar(db->connection(), positional.at(1));
        return report(outcome,
                      tr("Imported the holiday calendar for %n year(s)", nullptr, int(outcome.id)));
    }
    const int year = positional.size() > 1 ? positional.at(1).toInt() : Clock::today().year();
    const calendar::WorkingCalendar calendar = store.load();
    if (!calendar.hasYear(year))
        printError(tr("%1 has no holiday calendar; weekends only").arg(year));
    Listing listing{{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")},
                    {tr("Date"), tr("Kind"), tr("Name")}};
    for (const calendar::CalendarDay& day : calendar.days())
        if (day.date.year() == year)
            listing.rows.append(
                {day.date.toString(Qt::ISODate),
                 format == Format::Json
                     ? (day.kind == calendar::CalendarDay::Kind::Holiday
                            ? QStringLiteral("holiday")
                            : QStringLiteral("workday"))
                     : (day.kind == calendar::CalendarDay::Kind::Holiday ? tr("holiday")
                                                                         : tr("make-up workday")),
                 day.name});
    printListing(listing, format);
    return Success;
}

int runCheck(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("check"),
                     tr("Check the database for damage and inconsistencies."));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    QStringList problems = db->check();
    problems << registry::checkRegistry(db->connection());
    const auto log = storage::checkOperatorLog(db->path(), db->connection());
    problems << (log ? *log : QStringList{log.error()});
    if (problems.isEmpty()) {
        print(tr("%1: no problems found").arg(QDir::toNativeSeparators(db->path())) +
              QLatin1Char('\n'));
        return Success;
    }
    for (const QString& problem : problems)
        printError(problem);
    printError(tr("%n problem(s) found", nullptr, int(problems.size())));
    return Failure;
}

} // namespace dd::cli

// activity … and reception …: deputies' work between sessions.
#include "Cli.h"

#include "activities/ActivityStore.h"
#include "common/Clock.h"
#include "common/Period.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "usecases/ActivityActions.h"

#include <QRegularExpression>

namespace dd::cli {

using namespace activities;

namespace {

// "3,5 7" → {3, 5, 7}; prints what is wrong otherwise.
std::optional<QList<qint64>> ids(const QString& text, const QString& option)
{
    QList<qint64> list;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts)) {
        const auto id = idArgument(part, QStringLiteral("--") + option);
        if (!id)
            return std::nullopt;
        list << *id;
    }
    return list;
}

void addCommonOptions(CommandLine& line)
{
    line.addOption(QStringLiteral("date"), tr("The day (default today)."), QStringLiteral("DATE"));
    line.addOptions({
        {"deputies", tr("Participants by ID, e.g. 3,5,8."), "IDS"},
        {"leave", tr("Participants on leave, each ID:reason, e.g. 5:外出学习,8:生病."), "LIST"},
        {"absent", tr("Participants absent without leave, by ID."), "IDS"},
        {"notes", tr("Notes."), "TEXT"},
    });
}

// Marks the --leave and --absent participants, adding them when not yet listed.
bool markAttendance(const CommandLine& line, QList<Participant>& participants)
{
    const auto set = [&](qint64 id, Attendance attendance, const QString& reason) {
        for (Participant& p : participants)
            if (p.deputyId == id) {
                p.attendance = attendance;
                p.reason = reason;
                return;
            }
        participants.append({id, attendance, reason, {}});
    };
    for (const QString& part :
         line.value(QStringLiteral("leave"))
             .split(QRegularExpression(QStringLiteral("[,，、]+")), Qt::SkipEmptyParts)) {
        const QString id = part.section(QRegularExpression(QStringLiteral("[:：]")), 0, 0);
        const auto deputy = idArgument(id.trimmed(), QStringLiteral("--leave"));
        if (!deputy)
            return false;
        set(*deputy, Attendance::Leave,
            part.section(QRegularExpression(QStringLiteral("[:：]")), 1).trimmed());
    }
    const auto absent = ids(line.value(QStringLiteral("absent")), QStringLiteral("absent"));
    if (!absent)
        return false;
    for (qint64 id : *absent)
        set(id, Attendance::Absent, {});
    return true;
}

QString attendanceSummary(const Activity& activity)
{
    return tr("%1 present, %2 on leave, %3 absent")
        .arg(activity.count(Attendance::Present))
        .arg(activity.count(Attendance::Leave))
        .arg(activity.count(Attendance::Absent));
}

void addActivityOptions(CommandLine& line, bool reception)
{
    addCommonOptions(line);
    line.addOptions({
        {"station", tr("The station (ID or name)."), "STATION"},
        {"citizens", tr("Citizens received."), "N"},
        {"items", tr("Concerns recorded there, by ID."), "IDS"},
    });
    if (!reception) {
        line.addOptions({
            {"type",
             tr("The activity type (name or code, see "
                "'activity types')."),
             "TYPE"},
            {"title", tr("Title."), "TEXT"},
            {"start", tr("Start time, e.g. 09:00."), "HH:MM"},
            {"end", tr("End time."), "HH:MM"},
            {"place", tr("Place."), "TEXT"},
            {"organiser", tr("Organiser."), "TEXT"},
            {"all-of-station", tr("Every serving deputy of the --station takes part.")},
            {"group", tr("Every member of this group (ID)."), "ID"},
            {"township", tr("Every deputy of this township (name)."), "NAME"},
            {"session", tr("Every deputy of this session's term (ID)."), "ID"},
        });
    }
}

// An activity's own particulars (type, title, times, place) and the deputies to take at once;
// said and false when an option is wrong.
bool readActivityParticulars(const CommandLine& line, QSqlDatabase connection,
                             const ActivityStore& store, Activity& activity,
                             ParticipantSelection& selection, bool* bulk)
{
    const auto found = store.typeByName(line.value(QStringLiteral("type")));
    if (!found)
        return refuse(found.error());
    const std::optional<ActivityType>& type = *found;
    if (!type)
        return refuse(tr("--type: no activity type %1 (see 'activity types')")
                          .arg(line.value(QStringLiteral("type"))));
    activity.typeId = type->id;
    activity.title = line.value(QStringLiteral("title"));
    activity.place = line.value(QStringLiteral("place"));
    activity.organiser = line.value(QStringLiteral("organiser"));
    for (const char* name : {"start", "end"}) {
        const QString text = line.value(QLatin1String(name));
        const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!text.isEmpty() && !time.isValid())
            return refuse(
                tr("--%1: %2 is not a time such as 09:00").arg(QLatin1String(name), text));
        (qstrcmp(name, "start") == 0 ? activity.start : activity.end) = time;
    }
    if (line.isSet(QStringLiteral("all-of-station"))) {
        selection.stationId = activity.stationId;
        *bulk = activity.stationId > 0;
    }
    if (line.isSet(QStringLiteral("group"))) {
        selection.groupId = line.value(QStringLiteral("group")).toLongLong();
        *bulk = true;
    }
    if (line.isSet(QStringLiteral("township"))) {
        const auto township = townshipOption(connection, line); // said when wrong
        if (!township)
            return false;
        selection.townshipId = *township;
        *bulk = true;
    }
    if (line.isSet(QStringLiteral("session"))) {
        selection.sessionId = line.value(QStringLiteral("session")).toLongLong();
        activity.sessionId = selection.sessionId;
        *bulk = true;
    }
    return true;
}

int addActivity(Context& context, const QStringList& args, bool reception)
{
    CommandLine line(reception ? QStringLiteral("reception add") : QStringLiteral("activity add"),
                     reception ? tr("Record a station reception (进站接待选民): who sat, how many "
                                    "citizens came, the concerns recorded.")
                               : tr("Record an activity with its participants: name them, or "
                                    "take a station's, group's, township's, level's or session's "
                                    "deputies at once, then mark those on leave or absent."));
    addActivityOptions(line, reception);
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    ActivityStore store(connection);
    Activity activity;
    activity.date = line.date(QStringLiteral("date"), Clock::today());
    const auto station = stationOption(connection, line.value(QStringLiteral("station")));
    if (!station)
        return BadInput;
    activity.stationId = *station;
    activity.citizensReceived = line.value(QStringLiteral("citizens")).toInt();
    activity.notes = line.value(QStringLiteral("notes"));
    const auto items = ids(line.value(QStringLiteral("items")), QStringLiteral("items"));
    const auto named = ids(line.value(QStringLiteral("deputies")), QStringLiteral("deputies"));
    if (!items || !named)
        return BadInput;
    activity.itemIds = *items;
    ParticipantSelection selection;
    bool bulk = false;
    if (reception) {
        const auto type = store.typeByCode(QString::fromLatin1(kReceptionType));
        if (!type || !*type)
            return report(type ? Outcome::failure(Outcome::Kind::Storage,
                                                  tr("This database has no reception type"))
                               : type.failure());
        activity.typeId = (*type)->id;
        activity.title = ActivityStore::tr("Reception of citizens at the station");
    } else {
        if (!readActivityParticulars(line, connection, store, activity, selection, &bulk))
            return BadInput;
    }
    if (bulk) {
        auto participants = store.participantsFor(selection, activity.date);
        if (!participants)
            return report(participants.failure());
        activity.participants = std::move(*participants);
    }
    for (qint64 id : *named)
        if (std::none_of(activity.participants.cbegin(), activity.participants.cend(),
                         [id](const Participant& p) { return p.deputyId == id; }))
            activity.participants.append({id, Attendance::Present, {}, {}});
    if (!markAttendance(line, activity.participants))
        return BadInput;
    const Outcome outcome = usecase::saveActivity(db->connection(), activity);
    return report(outcome, tr("Recorded activity %1 (%2): %3")
                               .arg(activity.id)
                               .arg(activity.typeName, attendanceSummary(activity)));
}

int editActivity(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("activity edit"),
                     tr("Change an activity: its particulars, and who took part: add deputies, "
                        "mark them on leave, absent or present again, or drop them."));
    line.addPositional(QStringLiteral("id"), tr("The activity's ID."), QStringLiteral("ID"));
    addCommonOptions(line);
    line.addOptions({
        {"present", tr("Participants present after all, by ID."), "IDS"},
        {"drop", tr("Participants to take off the list, by ID."), "IDS"},
        {"title", tr("Title."), "TEXT"},
        {"place", tr("Place."), "TEXT"},
        {"organiser", tr("Organiser."), "TEXT"},
        {"citizens", tr("Citizens received."), "N"},
    });
    line.requirePositionals(1, tr("Give one activity ID"));
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto date = dateOption(line, QStringLiteral("date"), false);
    const auto added = ids(line.value(QStringLiteral("deputies")), QStringLiteral("deputies"));
    const auto present = ids(line.value(QStringLiteral("present")), QStringLiteral("present"));
    const auto dropped = ids(line.value(QStringLiteral("drop")), QStringLiteral("drop"));
    if (!date || !added || !present || !dropped)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    ActivityStore store(db->connection());
    auto activity = store.find(line.positional().first().toLongLong());
    if (!activity.found())
        return report(activity.missing(tr("No activity %1").arg(line.positional().first())));
    if (date->isValid())
        activity->date = *date;
    const auto text = [&](const char* name, QString& field) {
        if (line.isSet(QLatin1String(name)))
            field = line.value(QLatin1String(name));
    };
    text("title", activity->title);
    text("place", activity->place);
    text("organiser", activity->organiser);
    text("notes", activity->notes);
    if (line.isSet(QStringLiteral("citizens")))
        activity->citizensReceived = line.value(QStringLiteral("citizens")).toInt();
    QList<Participant>& participants = activity->participants;
    for (qint64 id : *added)
        if (std::none_of(participants.cbegin(), participants.cend(),
                         [id](const Participant& p) { return p.deputyId == id; }))
            participants.append({id, Attendance::Present, {}, {}});
    for (Participant& p : participants)
        if (present->contains(p.deputyId)) {
            p.attendance = Attendance::Present;
            p.reason.clear();
        }
    participants.removeIf([&](const Participant& p) { return dropped->contains(p.deputyId); });
    if (!markAttendance(line, participants))
        return BadInput;
    const Outcome outcome = usecase::saveActivity(db->connection(), *activity);
    return report(
        outcome, tr("Changed activity %1: %2").arg(activity->id).arg(attendanceSummary(*activity)));
}

int removeActivity(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("activity remove"),
                     tr("Delete an activity recorded by mistake; a roster day it recorded "
                        "becomes unrecorded."));
    line.addPositional(QStringLiteral("id"), tr("The activity's ID."), QStringLiteral("ID"));
    line.addOption(QStringLiteral("reason"),
                   tr("Why it is removed (required; kept in the operator log with the activity)."),
                   QStringLiteral("TEXT"));
    line.requirePositionals(1, tr("Give one activity ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const qint64 id = line.positional().first().toLongLong();
    return report(
        usecase::removeActivity(db->connection(), id, line.value(QStringLiteral("reason"))),
        tr("Deleted activity %1").arg(id));
}

int listActivities(Context& context, const QStringList& args, bool reception)
{
    CommandLine line(reception ? QStringLiteral("reception list") : QStringLiteral("activity list"),
                     reception ? tr("The station receptions.") : tr("The activities."));
    line.addOptions({
        {"period", tr("Only this period (2026, 2026Q3, 2026-07)."), "PERIOD"},
        {"station", tr("Only this station (ID or name)."), "STATION"},
        {"deputy", tr("Only activities this deputy took part in (ID)."), "ID"},
        {"attendance", tr("With --deputy: only present, leave or absent."), "WHICH"},
    });
    if (!reception)
        line.addOption(QStringLiteral("type"), tr("Only this type (name or code)."),
                       QStringLiteral("TYPE"));
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const Format format = line.format();
    ActivityFilter filter;
    if (line.isSet(QStringLiteral("period"))) {
        const auto period = Period::parse(line.value(QStringLiteral("period")));
        if (!period)
            return usageError(tr("--period: %1").arg(period.error()));
        filter.from = period->start;
        filter.to = period->end;
    }
    if (line.isSet(QStringLiteral("attendance"))) {
        filter.attendance = parseAttendance(line.value(QStringLiteral("attendance")));
        if (!filter.attendance)
            return usageError(tr("--attendance must be present, leave or absent"));
    }
    filter.deputyId = line.value(QStringLiteral("deputy")).toLongLong();
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    ActivityStore store(db->connection());
    const auto station = stationOption(db->connection(), line.value(QStringLiteral("station")));
    if (!station)
        return BadInput;
    filter.stationId = *station;
    if (reception) {
        filter.typeCode = QString::fromLatin1(kReceptionType);
    } else if (line.isSet(QStringLiteral("type"))) {
        const auto found = store.typeByName(line.value(QStringLiteral("type")));
        if (!found)
            return report(found.failure());
        const std::optional<ActivityType>& type = *found;
        if (!type)
            return usageError(tr("--type: no activity type %1 (see 'activity types')")
                                  .arg(line.value(QStringLiteral("type"))));
        filter.typeId = type->id;
    }
    Listing listing{
        {"id", "date", "type", "title", "station", "citizens", "present", "leave", "absent"},
        {tr("ID"), tr("Date"), tr("Type"), tr("Title"), tr("Station"), tr("Citizens"),
         tr("Present"), tr("On leave"), tr("Absent")}};
    const auto activities = store.list(filter);
    if (!activities)
        return report(activities.failure());
    for (const Activity& a : *activities)
        listing.rows << QVariantList{a.id,
                                     a.date.toString(Qt::ISODate),
                                     format == Format::Json ? a.typeCode : a.typeName,
                                     a.title,
                                     a.stationName,
                                     a.citizensReceived,
                                     a.count(Attendance::Present),
                                     a.count(Attendance::Leave),
                                     a.count(Attendance::Absent)};
    printListing(listing, format);
    return Success;
}

int showActivity(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("activity show"),
                     tr("One activity with every participant's attendance."));
    line.addPositional(QStringLiteral("id"), tr("The activity's ID."), QStringLiteral("ID"));
    line.addFormatOption();
    line.requirePositionals(1, tr("Give one activity ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    const auto activity =
        ActivityStore(db->connection()).find(line.positional().first().toLongLong());
    if (!activity.found())
        return report(activity.missing(tr("No activity %1").arg(line.positional().first())));
    if (format == Format::Table)
        print(QStringLiteral("%1  %2  %3\n%4\n")
                  .arg(activity->date.toString(Qt::ISODate), activity->typeName, activity->title,
                       attendanceSummary(*activity)));
    if (format == Format::Table && activity->sessionId > 0)
        for (const registry::Session& session :
             registry::TermStore(db->connection()).sessions().valueOr({})) // a note, not data
            if (session.id == activity->sessionId)
                print(tr("Session: %1, term %2, session %3 (ID %4)\n")
                          .arg(registry::levelName(session.level))
                          .arg(session.termNumber)
                          .arg(session.number)
                          .arg(session.id));
    Listing listing{{"deputy_id", "name", "attendance", "reason"},
                    {tr("ID"), tr("Name"), tr("Attendance"), tr("Reason")}};
    for (const Participant& p : activity->participants)
        listing.rows << QVariantList{
            p.deputyId, p.deputyName,
            format == Format::Json ? code(p.attendance) : attendanceName(p.attendance), p.reason};
    printListing(listing, format);
    return Success;
}

int listTypes(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("activity types"),
                     tr("The activity types, in their order; 'add NAME' adds a county's own, "
                        "'rename ID NAME' renames one (its scoring rules stay with it)."));
    line.addPositional(QStringLiteral("action"), tr("add NAME, or rename ID NAME."),
                       QStringLiteral("[add NAME | rename ID NAME]"));
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const QStringList words = line.positional();
    if (!words.isEmpty()) {
        const bool add = words.first() == QLatin1String("add") && words.size() == 2;
        const bool rename = words.first() == QLatin1String("rename") && words.size() == 3;
        if (!add && !rename)
            return usageError(tr("activity types takes add NAME or rename ID NAME"));
        storage::Database* db = context.open();
        if (!db)
            return context.exitCode();
        if (add) {
            ActivityType type;
            type.name = words.at(1);
            const Outcome added = usecase::addActivityType(db->connection(), type);
            return report(added, tr("Added activity type %1 (ID %2, code %3)")
                                     .arg(type.name)
                                     .arg(type.id)
                                     .arg(type.code));
        }
        const auto id = idArgument(words.at(1), tr("ID"));
        if (!id)
            return BadInput;
        return report(usecase::renameActivityType(db->connection(), *id, words.at(2)),
                      tr("Activity type %1 is now %2").arg(*id).arg(words.at(2)));
    }
    const Format format = line.format();
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    Listing listing{{"id", "code", "name"}, {tr("ID"), tr("Code"), tr("Name")}};
    const auto types = ActivityStore(db->connection()).types();
    if (!types)
        return report(types.failure());
    for (const ActivityType& type : *types)
        listing.rows << QVariantList{type.id, type.code, type.name};
    printListing(listing, format);
    return Success;
}

} // namespace

int runActivity(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "activity",
        {{"add", [](Context& c, const QStringList& a) { return addActivity(c, a, false); }},
         {"list", [](Context& c, const QStringList& a) { return listActivities(c, a, false); }},
         {"show", showActivity},
         {"edit", editActivity},
         {"remove", removeActivity},
         {"types", listTypes}});
}

int runReception(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "reception",
        {{"add", [](Context& c, const QStringList& a) { return addActivity(c, a, true); }},
         {"list", [](Context& c, const QStringList& a) { return listActivities(c, a, true); }}});
}

} // namespace dd::cli

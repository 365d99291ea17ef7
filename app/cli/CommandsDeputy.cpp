// deputy list | show | add | edit | status
#include "Cli.h"

#include "usecases/DeputyActions.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"

#include "common/CsvWriter.h"
#include "report/RosterDocument.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

namespace {
struct PersonOption {
    const char* name;
    const char* description;
    QString registry::Deputy::*field;
};

const QList<PersonOption>& personOptions()
{
    static const QList<PersonOption> options = {
        {"name", QT_TRANSLATE_NOOP("dd::cli", "Full name."), &registry::Deputy::name},
        {"gender", QT_TRANSLATE_NOOP("dd::cli", "男/女 or M/F."), &registry::Deputy::gender},
        {"birth", QT_TRANSLATE_NOOP("dd::cli", "Birth month, e.g. 1975-03."),
         &registry::Deputy::birthMonth},
        {"ethnicity", QT_TRANSLATE_NOOP("dd::cli", "Ethnic group, e.g. 汉族."),
         &registry::Deputy::ethnicity},
        {"party", QT_TRANSLATE_NOOP("dd::cli", "Political affiliation, e.g. 中共党员."),
         &registry::Deputy::party},
        {"education", QT_TRANSLATE_NOOP("dd::cli", "Education."), &registry::Deputy::education},
        {"unit", QT_TRANSLATE_NOOP("dd::cli", "Work unit and position."),
         &registry::Deputy::workUnit},
        {"phone", QT_TRANSLATE_NOOP("dd::cli", "Mobile, or landline with area code."),
         &registry::Deputy::phone},
        {"id-number", QT_TRANSLATE_NOOP("dd::cli", "ID number (optional)."),
         &registry::Deputy::idNumber},
        {"address", QT_TRANSLATE_NOOP("dd::cli", "Address."), &registry::Deputy::address},
        {"composition",
         QT_TRANSLATE_NOOP("dd::cli", "Composition: worker, farmer, professional, official, "
                                      "business, military, other (or Chinese)."),
         &registry::Deputy::composition},
        {"notes", QT_TRANSLATE_NOOP("dd::cli", "Notes."), &registry::Deputy::notes},
    };
    return options;
}

void addPersonOptions(CommandLine& line)
{
    for (const PersonOption& option : personOptions())
        line.addOption(QString::fromLatin1(option.name), tr(option.description),
                       QStringLiteral("VALUE"));
    line.addOptions({
        {"cadre", tr("Cadre deputy (职务代表): yes or no."), "yes|no"},
        {"overseas", tr("Returned overseas Chinese or relative: yes or no."), "yes|no"},
    });
}

std::optional<bool> yesNo(const QString& text)
{
    if (QStringList{"yes", "y", "1", "true", "是"}.contains(text.toLower()))
        return true;
    if (QStringList{"no", "n", "0", "false", "否"}.contains(text.toLower()))
        return false;
    return std::nullopt;
}

bool applyPersonOptions(const CommandLine& line, registry::Deputy& deputy)
{
    for (const PersonOption& option : personOptions())
        if (line.isSet(QString::fromLatin1(option.name)))
            deputy.*option.field = line.value(QString::fromLatin1(option.name));
    for (const auto& [name, field] :
         {std::pair{"cadre", &registry::Deputy::isCadre},
          std::pair{"overseas", &registry::Deputy::isReturnedOverseas}}) {
        if (!line.isSet(QString::fromLatin1(name)))
            continue;
        const auto value = yesNo(line.value(QString::fromLatin1(name)));
        if (!value) {
            printError(tr("--%1 must be yes or no").arg(QString::fromLatin1(name)));
            return false;
        }
        deputy.*field = *value;
    }
    return true;
}

QVariantList rowValues(const registry::DeputyRow& row, bool codes)
{
    const registry::Deputy& d = row.deputy;
    const registry::Membership& m = row.membership;
    return {d.id,
            d.uuid,
            d.name,
            codes ? d.gender : (d.gender == QLatin1String("F") ? tr("female") : tr("male")),
            d.birthMonth,
            d.ethnicity,
            d.party,
            d.education,
            codes ? d.composition : registry::compositionName(d.composition),
            d.isCadre,
            d.workUnit,
            d.phone,
            codes ? registry::levelCode(m.level) : registry::levelName(m.level),
            m.termNumber,
            m.certificateNo,
            m.electoralDistrict,
            row.townshipName,
            row.stationId > 0 ? QVariant(row.stationId) : QVariant(),
            row.stationName,
            codes ? registry::statusCode(m.status) : registry::statusName(m.status),
            m.isReelected,
            m.byElection,
            m.startDate.toString(Qt::ISODate),
            m.endDate.isValid() ? QVariant(m.endDate.toString(Qt::ISODate)) : QVariant(),
            m.id};
}

Listing deputyListing(const QList<registry::DeputyRow>& rows, Format format)
{
    Listing listing{{"id",           "uuid",        "name",           "gender",
                     "birth_month",  "ethnicity",   "party",          "education",
                     "composition",  "is_cadre",    "work_unit",      "phone",
                     "level",        "term",        "certificate_no", "electoral_district",
                     "township",     "station_id",  "station",        "status",
                     "is_reelected", "by_election", "start_date",     "end_date",
                     "membership_id"},
                    {tr("ID"),
                     tr("UUID"),
                     tr("Name"),
                     tr("Gender"),
                     tr("Birth month"),
                     tr("Ethnicity"),
                     tr("Party"),
                     tr("Education"),
                     tr("Composition"),
                     tr("Cadre"),
                     tr("Work unit and position"),
                     tr("Phone"),
                     tr("Level"),
                     tr("Term"),
                     tr("Certificate no."),
                     tr("Electoral district"),
                     tr("Township"),
                     tr("Station ID"),
                     tr("Station"),
                     tr("Status"),
                     tr("Re-elected"),
                     tr("By-election"),
                     tr("Start date"),
                     tr("End date"),
                     tr("Membership ID")}};
    for (const registry::DeputyRow& row : rows)
        listing.rows << rowValues(row, format == Format::Json);
    if (format == Format::Table) { // the screen is narrow: the columns a clerk reads first
        const QList<int> keep = {0, 2, 3, 4, 12, 13, 14, 16, 18, 10, 11, 19};
        Listing narrow;
        for (int c : keep) {
            narrow.keys << listing.keys.at(c);
            narrow.headers << listing.headers.at(c);
        }
        for (const QVariantList& row : listing.rows) {
            QVariantList cells;
            for (int c : keep)
                cells << row.at(c);
            narrow.rows << cells;
        }
        return narrow;
    }
    return listing;
}

namespace {
void addListOptions(CommandLine& line)
{
    line.addOptions({
        {"level", tr("Only this level."), "LEVEL"},
        {"term", tr("Only this term number (default: each level's current term)."), "N"},
        {"township", tr("Only this township (name or ID)."), "TOWNSHIP"},
        {"station", tr("Only deputies stationed at this station ID."), "ID"},
        {"status", tr("serving (default), terminated, resigned, term_ended or all."), "STATUS"},
        {"cadre", tr("yes: cadre deputies only; no: grass-roots deputies only."), "yes|no"},
        {"group", tr("Only members of this group ID."), "ID"},
        {"search", tr("Name, unit, phone, pinyin or pinyin initials."), "TEXT"},
        {"order", tr("pinyin (default) or strokes (surname stroke order)."), "ORDER"},
        {"format", tr("Output format: table, csv, json, or pdf (the printed roster, with --out)."),
         "FORMAT"},
        {"out", tr("Write to this file instead of the screen."), "FILE"},
    });
}

// The filter the options ask for; nullopt when one is wrong (said, with the exit code in *code).
std::optional<registry::DeputyFilter> listFilter(const QSqlDatabase& db, const CommandLine& line,
                                                 int* code)
{
    registry::DeputyFilter filter;
    *code = BadInput;
    if (line.isSet(QStringLiteral("level"))) {
        const auto level = levelOption(line, registry::Level::County);
        if (!level)
            return std::nullopt;
        filter.level = *level;
    }
    filter.termNumber = line.value(QStringLiteral("term")).toInt();
    const auto township = townshipOption(db, line);
    if (!township)
        return std::nullopt;
    filter.townshipId = *township;
    filter.stationId = line.value(QStringLiteral("station")).toLongLong();
    filter.groupId = line.value(QStringLiteral("group")).toLongLong();
    if (line.isSet(QStringLiteral("status"))) {
        const QString text = line.value(QStringLiteral("status"));
        if (text == QLatin1String("all"))
            filter.status.reset();
        else if (const auto status = text == QLatin1String("serving")
                                         ? registry::MembershipStatus::Active
                                         : registry::parseStatus(text))
            filter.status = *status;
        else {
            *code =
                usageError(tr("--status must be serving, terminated, resigned, term_ended or all"));
            return std::nullopt;
        }
    }
    if (line.isSet(QStringLiteral("cadre"))) {
        const auto cadre = yesNo(line.value(QStringLiteral("cadre")));
        if (!cadre) {
            *code = usageError(tr("--cadre must be yes or no"));
            return std::nullopt;
        }
        filter.cadre = *cadre;
    }
    filter.search = line.value(QStringLiteral("search"));
    *code = Success;
    return filter;
}

int writeRosterPdf(const QSqlDatabase& db, const QList<registry::DeputyRow>& rows,
                   const QString& out)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const Outcome written = report::writePdf(
        report::rosterDocument(rows, settings.congressName(), text, Clock::today()), out);
    if (!written.ok()) {
        printError(written.text());
        return Failure;
    }
    print(tr("Wrote the roster of %n deputy membership(s) to %1", nullptr, int(rows.size()))
              .arg(QDir::toNativeSeparators(out)) +
          QLatin1Char('\n'));
    return Success;
}

int writeListingFile(const QList<registry::DeputyRow>& rows, Format format, const QString& out)
{
    const Listing listing = deputyListing(rows, format);
    const QByteArray bytes = format == Format::Csv    ? renderCsv(listing)
                             : format == Format::Json ? renderJson(listing)
                                                      : renderTable(listing).toUtf8();
    if (const Outcome written = csv::writeFile(out, bytes); !written.ok()) {
        printError(written.text());
        return Failure;
    }
    print(tr("Wrote %n deputy membership(s) to %1", nullptr, int(rows.size()))
              .arg(QDir::toNativeSeparators(out)) +
          QLatin1Char('\n'));
    return Success;
}
} // namespace

int listDeputies(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy list"), tr("List deputies (one line per membership)."));
    addListOptions(line);
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const bool pdf = line.value(QStringLiteral("format")) == QLatin1String("pdf");
    const auto format = pdf ? std::optional<Format>(Format::Table)
                            : parseFormat(line.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("--format must be table, csv, json or pdf"));
    const QString out = line.value(QStringLiteral("out"));
    if (pdf && out.isEmpty())
        return usageError(tr("--format pdf needs --out FILE"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const auto filter = listFilter(db->connection(), line, &code);
    if (!filter)
        return code;
    // Printed rosters follow the official surname-stroke order unless asked otherwise.
    const QString order = line.isSet(QStringLiteral("order")) ? line.value(QStringLiteral("order"))
                          : pdf                               ? QStringLiteral("strokes")
                                                              : QStringLiteral("pinyin");
    if (order != QLatin1String("pinyin") && order != QLatin1String("strokes"))
        return usageError(tr("--order must be pinyin or strokes"));
    const auto read =
        registry::DeputyStore(db->connection())
            .list(*filter, order == QLatin1String("strokes") ? registry::NameOrder::Strokes
                                                             : registry::NameOrder::Pinyin);
    if (!read)
        return report(read.failure());
    const QList<registry::DeputyRow>& rows = *read;
    if (pdf)
        return writeRosterPdf(db->connection(), rows, out);
    if (!out.isEmpty())
        return writeListingFile(rows, *format, out);
    printListing(deputyListing(rows, *format), *format);
    if (*format == Format::Table)
        print(tr("%n membership(s)", nullptr, int(rows.size())) + QLatin1Char('\n'));
    return Success;
}

int showDeputy(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy show"),
                     tr("Show one deputy with memberships, status history and stations."));
    line.addPositional(QStringLiteral("id"), tr("The deputy's ID."), QStringLiteral("ID"));
    line.addOption(QStringLiteral("format"), tr("Output format: table or json."),
                   QStringLiteral("FORMAT"));
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const auto id = idArgument(line.positional().value(0), tr("The deputy ID"));
    const auto format = parseFormat(line.value(QStringLiteral("format")));
    if (!id || !format)
        return usageError(tr("deputy show takes an ID and --format table or json"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    registry::DeputyStore store(db->connection());
    const auto deputy = store.get(*id);
    if (!deputy.found())
        return report(deputy.missing(tr("Deputy %1 does not exist").arg(*id)));
    QJsonObject object{{"id", deputy->id},
                       {"uuid", deputy->uuid},
                       {"name", deputy->name},
                       {"gender", deputy->gender},
                       {"birth_month", deputy->birthMonth},
                       {"ethnicity", deputy->ethnicity},
                       {"party", deputy->party},
                       {"education", deputy->education},
                       {"work_unit", deputy->workUnit},
                       {"phone", deputy->phone},
                       {"id_number", deputy->idNumber},
                       {"address", deputy->address},
                       {"composition", deputy->composition},
                       {"is_cadre", deputy->isCadre},
                       {"is_returned_overseas", deputy->isReturnedOverseas},
                       {"notes", deputy->notes}};
    QJsonArray memberships;
    QString text = tr("%1 (ID %2), %3, born %4, %5, %6\n%7 %8\n")
                       .arg(deputy->name)
                       .arg(deputy->id)
                       .arg(deputy->gender == QLatin1String("F") ? tr("female") : tr("male"),
                            deputy->birthMonth, deputy->ethnicity, deputy->party, deputy->workUnit,
                            deputy->phone);
    const auto read = store.memberships(*id);
    const auto assigned = store.stations(*id);
    if (!read || !assigned)
        return report(!read ? read.failure() : assigned.failure());
    for (const registry::Membership& m : *read) {
        const auto history = store.events(m.id);
        if (!history)
            return report(history.failure());
        QJsonArray events;
        text += tr("  %1, term %2: %3, certificate %4, %5, from %6%7\n")
                    .arg(registry::levelName(m.level))
                    .arg(m.termNumber)
                    .arg(registry::statusName(m.status), m.certificateNo, m.electoralDistrict,
                         m.startDate.toString(Qt::ISODate),
                         m.endDate.isValid() ? tr(" to %1").arg(m.endDate.toString(Qt::ISODate))
                                             : QString());
        for (const registry::MembershipEvent& e : *history) {
            events.append(QJsonObject{
                {"kind", e.kind}, {"date", e.date.toString(Qt::ISODate)}, {"reason", e.reason}});
            text += QStringLiteral("    %1 %2 %3\n")
                        .arg(e.date.toString(Qt::ISODate), e.kind, e.reason);
        }
        memberships.append(QJsonObject{
            {"id", m.id},
            {"uuid", m.uuid},
            {"level", registry::levelCode(m.level)},
            {"term", m.termNumber},
            {"certificate_no", m.certificateNo},
            {"electoral_district", m.electoralDistrict},
            {"status", registry::statusCode(m.status)},
            {"is_reelected", m.isReelected},
            {"by_election", m.byElection},
            {"start_date", m.startDate.toString(Qt::ISODate)},
            {"end_date",
             m.endDate.isValid() ? QJsonValue(m.endDate.toString(Qt::ISODate)) : QJsonValue()},
            {"events", events}});
    }
    QJsonArray stations;
    for (const auto& [stationId, name, primary] : *assigned) {
        stations.append(QJsonObject{{"id", stationId}, {"name", name}, {"primary", primary}});
        text += tr("  Station %1 (%2)%3\n")
                    .arg(name)
                    .arg(stationId)
                    .arg(primary ? tr(", primary") : QString());
    }
    object.insert(QStringLiteral("memberships"), memberships);
    object.insert(QStringLiteral("stations"), stations);
    if (*format == Format::Json)
        printBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
    else
        print(text);
    return Success;
}

int addDeputy(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy add"),
                     tr("Add a deputy to a term (or a membership to a deputy on record)."));
    addPersonOptions(line);
    line.addOptions({
        {"level", tr("Level (default: the office's level)."), "LEVEL"},
        {"term", tr("Term number (default: the level's current term)."), "N"},
        {"certificate", tr("Certificate number, unique in the term."), "NO"},
        {"district", tr("Electoral district or unit."), "TEXT"},
        {"township", tr("Township of the electoral district (name or ID)."), "TOWNSHIP"},
        {"delegation", tr("Delegation."), "TEXT"},
        {"station", tr("Primary station ID."), "ID"},
        {"start", tr("Start of the membership (default: the term's start)."), "DATE"},
        {"by-election", tr("Elected in a by-election (give --start).")},
    });
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    registry::Deputy deputy;
    if (!applyPersonOptions(line, deputy))
        return BadInput;
    registry::Membership membership;
    const auto level = levelOption(line, registry::OfficeSettings(connection).officeLevel());
    const auto township = townshipOption(connection, line);
    const auto start =
        dateOption(line, QStringLiteral("start"), line.isSet(QStringLiteral("by-election")));
    if (!level || !township || !start)
        return BadInput;
    membership.level = *level;
    membership.termNumber =
        line.isSet(QStringLiteral("term")) ? line.value(QStringLiteral("term")).toInt() : 0;
    if (membership.termNumber <= 0) {
        const auto current = registry::TermStore(connection).current(*level);
        if (!current.found())
            return report(current.missing(tr("No term of level %1 is on record; give --term")
                                              .arg(registry::levelName(*level))));
        membership.termNumber = current->number;
    }
    membership.certificateNo = line.value(QStringLiteral("certificate"));
    membership.electoralDistrict = line.value(QStringLiteral("district"));
    membership.townshipId = *township;
    membership.delegation = line.value(QStringLiteral("delegation"));
    membership.startDate = *start;
    membership.byElection = line.isSet(QStringLiteral("by-election"));
    const Outcome outcome = usecase::addDeputy(connection, deputy, membership,
                                               line.value(QStringLiteral("station")).toLongLong());
    return report(outcome, tr("Deputy %1: %2 (%3, term %4)%5")
                               .arg(outcome.id)
                               .arg(deputy.name, registry::levelName(membership.level))
                               .arg(membership.termNumber)
                               .arg(membership.isReelected ? tr(", re-elected") : QString()));
}

int editDeputy(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy edit"),
                     tr("Change a deputy's details; with --level also the membership's."));
    line.addPositional(QStringLiteral("id"), tr("The deputy's ID."), QStringLiteral("ID"));
    addPersonOptions(line);
    line.addOptions({
        {"level", tr("Level of the membership to change."), "LEVEL"},
        {"term", tr("Term of the membership (default: current)."), "N"},
        {"certificate", tr("Certificate number."), "NO"},
        {"district", tr("Electoral district or unit."), "TEXT"},
        {"township", tr("Township of the electoral district (name or ID)."), "TOWNSHIP"},
        {"delegation", tr("Delegation."), "TEXT"},
        {"station", tr("Primary station ID."), "ID"},
    });
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const auto id = idArgument(line.positional().value(0), tr("The deputy ID"));
    if (!id)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    registry::DeputyStore store(connection);
    auto deputy = store.get(*id);
    if (!deputy.found())
        return report(deputy.missing(tr("Deputy %1 does not exist").arg(*id)));
    if (!applyPersonOptions(line, *deputy))
        return BadInput;
    usecase::DeputyEdit edit{*deputy, std::nullopt, 0};
    if (line.isSet(QStringLiteral("station"))) {
        const auto station = idArgument(line.value(QStringLiteral("station")), tr("--station"));
        if (!station)
            return BadInput;
        edit.primaryStationId = *station;
    }
    if (line.isSet(QStringLiteral("level"))) {
        const auto level = levelOption(line, registry::Level::County);
        const auto township = townshipOption(connection, line);
        if (!level || !township)
            return BadInput;
        const int term = line.isSet(QStringLiteral("term"))
                             ? line.value(QStringLiteral("term")).toInt()
                             : registry::TermStore(connection)
                                   .current(*level)
                                   .value()
                                   .value_or(registry::Term{})
                                   .number;
        const auto found = store.membershipIn(*id, *level, term);
        if (!found)
            return report(found.failure());
        edit.membership = *found;
        if (!edit.membership)
            return usageError(tr("Deputy %1 has no membership in term %2 at level %3")
                                  .arg(*id)
                                  .arg(term)
                                  .arg(registry::levelName(*level)));
        if (line.isSet(QStringLiteral("certificate")))
            edit.membership->certificateNo = line.value(QStringLiteral("certificate"));
        if (line.isSet(QStringLiteral("district")))
            edit.membership->electoralDistrict = line.value(QStringLiteral("district"));
        if (line.isSet(QStringLiteral("township")))
            edit.membership->townshipId = *township;
        if (line.isSet(QStringLiteral("delegation")))
            edit.membership->delegation = line.value(QStringLiteral("delegation"));
    }
    // The person, the membership and the station together or not at all.
    if (const Outcome outcome = usecase::editDeputy(connection, edit); !outcome.ok())
        return report(outcome);
    print(tr("Deputy %1 updated").arg(*id) + QLatin1Char('\n'));
    return Success;
}

int changeStatus(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy status"),
                     tr("End a membership (termination, resignation) or reinstate it."));
    line.addPositional(QStringLiteral("id"), tr("The deputy's ID."), QStringLiteral("ID"));
    line.addOptions({
        {"level", tr("Level of the membership (default: the office's level)."), "LEVEL"},
        {"term", tr("Term (default: current)."), "N"},
        {"set", tr("terminated, resigned or serving."), "STATUS"},
        {"date", tr("Date of the change."), "DATE"},
        {"reason", tr("Reason, e.g. 调离本行政区域."), "TEXT"},
    });
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const auto id = idArgument(line.positional().value(0), tr("The deputy ID"));
    const auto date = dateOption(line, QStringLiteral("date"), true);
    if (!id || !date)
        return BadInput;
    const QString statusText = line.value(QStringLiteral("set"));
    const auto status = statusText == QLatin1String("serving") ? registry::MembershipStatus::Active
                                                               : registry::parseStatus(statusText);
    if (!status)
        return usageError(tr("--set must be terminated, resigned or serving"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    const auto level = levelOption(line, registry::OfficeSettings(connection).officeLevel());
    if (!level)
        return BadInput;
    const int term = line.isSet(QStringLiteral("term")) ? line.value(QStringLiteral("term")).toInt()
                                                        : registry::TermStore(connection)
                                                              .current(*level)
                                                              .value()
                                                              .value_or(registry::Term{})
                                                              .number;
    const Outcome outcome = usecase::changeDeputyStatus(
        connection, {*id, *level, term, *status, *date, line.value(QStringLiteral("reason"))});
    return report(outcome, tr("Deputy %1: %2 from %3")
                               .arg(*id)
                               .arg(registry::statusName(*status), date->toString(Qt::ISODate)));
}
} // namespace

int runDeputy(Context& context, const QStringList& args)
{
    return dispatch(context, args, "deputy",
                    {{"list", listDeputies},
                     {"show", showDeputy},
                     {"add", addDeputy},
                     {"edit", editDeputy},
                     {"status", changeStatus},
                     {"versions", listDeputyVersions},
                     {"restore", restoreDeputyVersion}});
}

} // namespace dd::cli

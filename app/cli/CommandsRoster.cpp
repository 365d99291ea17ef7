// roster plan: a station's proposed duty roster (排班) for a period.
#include "Cli.h"

#include "activities/RosterPlanner.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/DocumentText.h"
#include "common/Period.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "report/TableReport.h"
#include "xlsx/WorkbookWriter.h"

#include <QDir>

namespace dd::cli {

using namespace activities;

namespace {

// The roster as the station's wall copy: date, weekday and the deputies on duty, in the
// document language, as an A4 PDF or a workbook.
bool writeRoster(QSqlDatabase db, const Roster& roster, const Period& period, const QString& out,
                 QString* error)
{
    const OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const QLocale locale(text.chinese() ? QLocale::Chinese : QLocale::English);
    const QString title = settings.congressName() + QLatin1Char(' ') +
                          StationStore(db).get(roster.stationId)->name + QLatin1Char(' ') +
                          period.label(text.chinese()) +
                          (text.chinese() ? QString() : QStringLiteral(" ")) +
                          text.text(QT_TRANSLATE_NOOP("dd::documents", "Duty Roster"));
    const QStringList headers = {text.text(QT_TRANSLATE_NOOP("dd::documents", "Date")),
                                 text.text(QT_TRANSLATE_NOOP("dd::documents", "Weekday")),
                                 text.text(QT_TRANSLATE_NOOP("dd::documents", "Deputies on duty"))};
    QList<QStringList> rows;
    for (const RosterDay& day : roster.days) {
        QStringList names;
        for (qint64 id : day.deputyIds)
            names << roster.names.value(id);
        rows << QStringList{text.date(day.date), locale.dayName(day.date.dayOfWeek()),
                            names.join(QStringLiteral("、"))};
    }
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        report::TableReport table;
        table.title = title;
        table.dateLine = text.date(Clock::today());
        table.headers = headers;
        table.rows = rows;
        table.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
        table.pageNumberFormat = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2"));
        table.orientation = report::TableReport::Orientation::Portrait;
        table.columnWeights = {30, 15, 55};
        return report::writePdf(table, out, error);
    }
    xlsx::Sheet sheet;
    sheet.name = text.text(QT_TRANSLATE_NOOP("dd::documents", "Duty Roster"));
    sheet.title = title;
    sheet.dateLine = text.date(Clock::today());
    sheet.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    sheet.pageFooter = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page &P of &N"));
    for (const QString& header : headers)
        sheet.columns.append({header});
    for (const QStringList& row : std::as_const(rows))
        sheet.rows.append(QVariantList(row.cbegin(), row.cend()));
    xlsx::WorkbookWriter writer(out);
    if (!writer.addSheet(sheet) || !writer.commit()) {
        *error = writer.error();
        return false;
    }
    return true;
}

int planRoster(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("roster plan"),
                     tr("Propose a station's duty roster for a period over its reception days: "
                        "the required deputies each day, everyone at least the minimum, the load "
                        "even, nobody on leave, a grass-roots deputy each day. What cannot be met "
                        "is said, with the numbers."));
    line.addOption(QStringLiteral("station"), tr("The station (ID or name)."),
                   QStringLiteral("STATION"));
    line.addOption(QStringLiteral("period"), tr("The period: 2026, 2026Q3, 2026-07."),
                   QStringLiteral("PERIOD"));
    line.addOption(QStringLiteral("required"), tr("Deputies each day (default 2)."),
                   QStringLiteral("N"));
    line.addOption(QStringLiteral("capacity"), tr("At most each day (default: the required)."),
                   QStringLiteral("N"));
    line.addOption(QStringLiteral("minimum"), tr("Duties a deputy owes in a year (default 4)."),
                   QStringLiteral("N"));
    line.addOption(QStringLiteral("out"),
                   tr("Also write the roster for the station's wall: FILE.pdf (A4) or FILE.xlsx."),
                   QStringLiteral("FILE"));
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const Format format = line.format();
    QString error;
    const auto period = Period::parse(line.value(QStringLiteral("period")), &error);
    if (!period || period->kind == Period::Kind::Term)
        return usageError(
            tr("--period: %1")
                .arg(error.isEmpty() ? tr("give a year, half-year, quarter or month") : error));
    RosterOptions options;
    const auto number = [&](const char* name, int& target) {
        if (line.isSet(QLatin1String(name)))
            target = line.value(QLatin1String(name)).toInt();
    };
    number("required", options.required);
    number("capacity", options.capacity);
    number("minimum", options.yearlyMinimum);
    Database* db = context.open();
    if (!db)
        return context.openFailureCode();
    const QString given = line.value(QStringLiteral("station"));
    const auto byName = StationStore(db->connection()).findByName(given);
    const qint64 stationId = byName ? byName->id : given.toLongLong();
    const RosterPlanner planner(db->connection(), CalendarStore(db->connection()).load());
    const auto roster = planner.plan(stationId, period->start, period->end, options, &error);
    if (!roster) {
        printError(error);
        return BadInput;
    }
    Listing listing;
    listing.keys = {"date", "weekday", "deputy_ids", "deputies"};
    listing.headers = {tr("Date"), tr("Weekday"), tr("IDs"), tr("Deputies")};
    for (const RosterDay& day : roster->days) {
        QStringList names;
        QStringList ids;
        for (qint64 id : day.deputyIds) {
            names << roster->names.value(id) +
                         (roster->grassRoots.contains(id) ? QString() : tr(" (cadre)"));
            ids << QString::number(id);
        }
        listing.rows << QVariantList{day.date.toString(Qt::ISODate),
                                     QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat),
                                     ids.join(QLatin1Char(',')), names.join(QStringLiteral("、"))};
    }
    printListing(listing, format);
    if (format == Format::Table)
        print(tr("%n reception day(s); minimum %1 per deputy for the period.", nullptr,
                 int(roster->days.size()))
                  .arg(roster->minimum) +
              QLatin1Char('\n'));
    if (const QString out = line.value(QStringLiteral("out")); !out.isEmpty()) {
        if (!writeRoster(db->connection(), *roster, *period, out, &error)) {
            printError(error);
            return Failure;
        }
        print(tr("Roster written to %1").arg(QDir::toNativeSeparators(out)) + QLatin1Char('\n'));
    }
    // The plan stands as far as it goes; what it could not meet is said beside it.
    for (const QString& problem : roster->problems)
        printError(problem);
    return Success;
}

} // namespace

int runRoster(Context& context, const QStringList& args)
{
    if (args.value(0) == QLatin1String("plan"))
        return planRoster(context, args.mid(1));
    return usageError(tr("roster takes plan"));
}

} // namespace dd::cli

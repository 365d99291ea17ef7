// import deputies | stations | suggestions: rosters, station lists and suggestion ledgers as
// offices keep them.
#include "Cli.h"

#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "imports/SuggestionImport.h"
#include "registry/Levels.h"

#include <QDir>
#include <algorithm>

namespace dd::cli {

namespace {
void printSource(const imports::ImportSource& source, qsizetype rows)
{
    print(tr("Sheet \"%1\": header on row %2, %n row(s) to import.", nullptr, int(rows))
              .arg(source.table.name)
              .arg(source.mapping.headerRow) +
          QLatin1Char('\n'));
    if (const QStringList ignored = source.mapping.ignoredHeaders(); !ignored.isEmpty())
        print(tr("Columns not imported: %1").arg(ignored.join(tr(", ", "list separator"))) +
              QLatin1Char('\n'));
}

// Prints every problem and the records the file names that are not on record; the exit code
// says whether the import may go on.
int printProblems(const QList<imports::ImportProblem>& problems,
                  const QList<std::pair<QString, QStringList>>& missing, bool createMissing)
{
    // A wrong file can have a problem on every row: the first ones say enough.
    constexpr qsizetype kShownProblems = 200;
    for (qsizetype i = 0; i < std::min(problems.size(), kShownProblems); ++i)
        printError(imports::describe(problems.at(i)));
    if (problems.size() > kShownProblems)
        printError(tr("… and %n more problem(s) like these.", nullptr,
                      int(problems.size() - kShownProblems)));
    bool anyMissing = false;
    for (const auto& [what, names] : missing)
        if (!names.isEmpty()) {
            print(what.arg(names.join(tr(", ", "list separator"))) + QLatin1Char('\n'));
            anyMissing = true;
        }
    if (!problems.isEmpty()) {
        printError(
            tr("Nothing was imported: %n problem(s) in the file.", nullptr, int(problems.size())));
        return BadInput;
    }
    if (!createMissing && anyMissing) {
        printError(tr("Nothing was imported. Add these first, or import again with "
                      "--create-missing to create them."));
        return BadInput;
    }
    return Success;
}

QString countsText(const imports::ImportCounts& counts, bool dryRun)
{
    return (dryRun ? tr("Dry run, nothing written: would insert %1, update %2, skip %3.")
                   : tr("Inserted %1, updated %2, skipped %3."))
               .arg(counts.inserted)
               .arg(counts.updated)
               .arg(counts.skipped) +
           QLatin1Char('\n');
}
} // namespace

int runImport(Context& context, const QStringList& args)
{
    const QString what = args.value(0);
    CommandLine line(QStringLiteral("import ") + what,
                     tr("Import a deputy roster (deputies), a station list (stations) or a "
                        "suggestions ledger with its history (suggestions) from .xlsx or .csv, all "
                        "or nothing. A ledger's rows whose number is already on record are "
                        "skipped."));
    line.addPositional(QStringLiteral("FILE"), tr("The workbook (.xlsx) or CSV file."));
    line.addOption(QStringLiteral("level"),
                   tr("deputies: the level the roster belongs to (default: the office's)."),
                   QStringLiteral("LEVEL"));
    line.addOption(QStringLiteral("term"),
                   tr("deputies: the term number (default: the level's current term)."),
                   QStringLiteral("N"));
    line.addOption(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    line.addOption(QStringLiteral("on-duplicate"),
                   tr("skip (default) or update records already on record."),
                   QStringLiteral("ACTION"));
    line.addOption(QStringLiteral("create-missing"),
                   tr("Create the stations, townships, agencies and categories the file names "
                      "that are not on record."));
    line.addOption(QStringLiteral("year"),
                   tr("suggestions: the year of dates written without one, such as 3月5日 "
                      "(default: this year)."),
                   QStringLiteral("YEAR"));
    int code = Success;
    if (!line.parse(args.mid(1), &code))
        return code;
    if (what != QLatin1String("deputies") && what != QLatin1String("stations") &&
        what != QLatin1String("suggestions"))
        return usageError(tr("import takes deputies, stations or suggestions"));
    if (line.positional().size() != 1)
        return usageError(tr("import %1 takes one FILE").arg(what));
    const QString file = line.positional().first();
    const QString duplicate = line.isSet(QStringLiteral("on-duplicate"))
                                  ? line.value(QStringLiteral("on-duplicate"))
                                  : QStringLiteral("skip");
    if (duplicate != QLatin1String("skip") && duplicate != QLatin1String("update"))
        return usageError(tr("--on-duplicate must be skip or update"));
    const auto onDuplicate = duplicate == QLatin1String("update") ? imports::OnDuplicate::Update
                                                                  : imports::OnDuplicate::Skip;
    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    const bool createMissing = line.isSet(QStringLiteral("create-missing"));

    Database* db = context.open();
    if (!db)
        return context.openFailureCode();
    imports::ImportCounts counts;
    if (what == QLatin1String("deputies")) {
        imports::RosterImportOptions options;
        if (line.isSet(QStringLiteral("level"))) {
            options.level = parseLevel(line.value(QStringLiteral("level")));
            if (!options.level)
                return usageError(tr("--level must be national, provincial, municipal, county or "
                                     "township, not %1")
                                      .arg(line.value(QStringLiteral("level"))));
        }
        if (line.isSet(QStringLiteral("term"))) {
            options.termNumber = line.value(QStringLiteral("term")).toInt();
            if (options.termNumber <= 0)
                return usageError(tr("--term must be a term number such as 18"));
        }
        options.onDuplicate = onDuplicate;
        options.createMissing = createMissing;
        imports::RosterImport roster(db->connection(), options);
        if (roster.read(file)) {
            printSource(roster.source(), roster.rows().size());
            print(tr("Into: %1 level, term %2.")
                      .arg(levelName(roster.term().level))
                      .arg(roster.term().number) +
                  QLatin1Char('\n'));
        }
        if (const int status =
                printProblems(roster.problems(),
                              {{tr("Townships not yet on record: %1"), roster.missingTownships()},
                               {tr("Stations not yet on record: %1"), roster.missingStations()}},
                              createMissing);
            status != Success)
            return status;
        if (dryRun) {
            print(countsText(roster.planned(), true));
            return Success;
        }
        if (const Outcome outcome = roster.apply(&counts); !outcome.ok())
            return report(outcome);
    } else if (what == QLatin1String("suggestions")) {
        imports::SuggestionImportOptions options;
        options.createMissing = createMissing;
        if (line.isSet(QStringLiteral("year"))) {
            options.year = line.value(QStringLiteral("year")).toInt();
            if (options.year < 1949 || options.year > 2200)
                return usageError(tr("--year must be a year such as 2026"));
        }
        imports::SuggestionImport ledger(db->connection(), options);
        if (ledger.read(file))
            printSource(ledger.source(), ledger.rows().size());
        if (const int status = printProblems(
                ledger.problems(),
                {{tr("Agencies not yet on record: %1"), ledger.missingAgencies()},
                 {tr("Categories not yet on record: %1"), ledger.missingCategories()}},
                createMissing);
            status != Success)
            return status;
        if (dryRun) {
            print(countsText(ledger.planned(), true));
            return Success;
        }
        if (const Outcome outcome = ledger.apply(&counts); !outcome.ok())
            return report(outcome);
    } else {
        imports::StationImport stations(db->connection(), {onDuplicate, createMissing});
        if (stations.read(file))
            printSource(stations.source(), stations.rows().size());
        if (const int status = printProblems(
                stations.problems(),
                {{tr("Townships not yet on record: %1"), stations.missingTownships()}},
                createMissing);
            status != Success)
            return status;
        if (dryRun) {
            print(countsText(stations.planned(), true));
            return Success;
        }
        if (const Outcome outcome = stations.apply(&counts); !outcome.ok())
            return report(outcome);
    }
    print(countsText(counts, false));
    return Success;
}

} // namespace dd::cli

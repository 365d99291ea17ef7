// import deputies | stations | suggestions: rosters, station lists and suggestion ledgers as
// offices keep them.
#include "Cli.h"

#include "registry/Levels.h"
#include "usecases/ImportRun.h"

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

// The import of `what` with its options from the command line; null (said) when one is wrong.
std::unique_ptr<usecase::ImportRun> importRun(QSqlDatabase db, const QString& what,
                                              const CommandLine& line,
                                              imports::OnDuplicate onDuplicate, bool createMissing)
{
    if (what == QLatin1String("stations"))
        return std::make_unique<usecase::StationImportRun>(
            db, imports::StationImportOptions{onDuplicate, createMissing});
    if (what == QLatin1String("suggestions")) {
        imports::SuggestionImportOptions options;
        options.createMissing = createMissing;
        if (line.isSet(QStringLiteral("year"))) {
            options.year = line.value(QStringLiteral("year")).toInt();
            if (options.year < 1949 || options.year > 2200) {
                usageError(tr("--year must be a year such as 2026"));
                return nullptr;
            }
        }
        return std::make_unique<usecase::SuggestionImportRun>(db, options);
    }
    imports::RosterImportOptions options;
    if (line.isSet(QStringLiteral("level"))) {
        options.level = registry::parseLevel(line.value(QStringLiteral("level")));
        if (!options.level) {
            usageError(tr("--level must be national, provincial, municipal, county or "
                          "township, not %1")
                           .arg(line.value(QStringLiteral("level"))));
            return nullptr;
        }
    }
    if (line.isSet(QStringLiteral("term"))) {
        options.termNumber = line.value(QStringLiteral("term")).toInt();
        if (options.termNumber <= 0) {
            usageError(tr("--term must be a term number such as 18"));
            return nullptr;
        }
    }
    options.onDuplicate = onDuplicate;
    options.createMissing = createMissing;
    return std::make_unique<usecase::RosterImportRun>(db, options);
}

// Reads and plans the file, says what is wrong or missing, then writes it (unless a dry run).
int importFile(usecase::ImportRun& run, const QString& file, bool dryRun, bool createMissing)
{
    if (run.read(file)) {
        printSource(run.source(), run.rowCount());
        if (const auto* roster = dynamic_cast<const usecase::RosterImportRun*>(&run))
            print((roster->import().rowsNameTheirTerms()
                       ? tr("Into: the level and term each row names (default %1 level, term %2).")
                       : tr("Into: %1 level, term %2."))
                      .arg(registry::levelName(roster->import().term().level))
                      .arg(roster->import().term().number) +
                  QLatin1Char('\n'));
    }
    if (const int status =
            printProblems(run.problems(),
                          {{tr("Townships not yet on record: %1"), run.missingTownships()},
                           {tr("Stations not yet on record: %1"), run.missingStations()},
                           {tr("Agencies not yet on record: %1"), run.missingAgencies()},
                           {tr("Categories not yet on record: %1"), run.missingCategories()}},
                          createMissing);
        status != Success)
        return status;
    if (dryRun) {
        print(countsText(run.planned(), true));
        return Success;
    }
    imports::ImportCounts counts;
    if (const Outcome outcome = run.apply(&counts); !outcome.ok())
        return report(outcome);
    print(countsText(counts, false));
    return Success;
}
} // namespace

int runImport(Context& context, const QStringList& args)
{
    const QString what = args.value(0);
    CommandLine line(
        QStringLiteral("import ") + what,
        tr("Import a deputy roster (deputies), a station list (stations) or a "
           "suggestions ledger with its history (suggestions) from .xlsx, .xls or .csv, all "
           "or nothing. A ledger's rows whose number is already on record are "
           "skipped."));
    line.addPositional(QStringLiteral("FILE"),
                       tr("The workbook (.xlsx or Excel 97–2003 .xls) or CSV file."));
    line.addOptions({
        {"level", tr("deputies: the level the roster belongs to (default: the office's)."),
         "LEVEL"},
        {"term", tr("deputies: the term number (default: the level's current term)."), "N"},
        {"dry-run", tr("Check the file and report; write nothing.")},
        {"on-duplicate", tr("skip (default) or update records already on record."), "ACTION"},
        {"create-missing",
         tr("Create the stations, townships, agencies and categories the file names "
            "that are not on record.")},
        {"year",
         tr("suggestions: the year of dates written without one, such as 3月5日 "
            "(default: this year)."),
         "YEAR"},
    });
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

    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const auto run = importRun(db->connection(), what, line, onDuplicate, createMissing);
    if (!run)
        return BadInput;
    return importFile(*run, file, dryRun, createMissing);
}

} // namespace dd::cli

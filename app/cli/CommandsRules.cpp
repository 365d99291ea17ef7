// rules show | export | import | copy: the scoring rule sets by year and level.
#include "ScoreOutput.h"

#include "scoring/RuleStore.h"
#include "usecases/ScoringActions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace dd::cli {

using namespace scoring;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString capText(double cap)
{
    return cap > 0 ? number(cap) : QString();
}

// --year (required) and --level ("all" or absent: the set for every level).
// The year and level a rule set is for: --year (required) and --level (none or "all": every
// level).
struct RuleScope {
    int year = 0;
    std::optional<registry::Level> level;
};

std::optional<RuleScope> ruleScope(const CommandLine& line)
{
    bool ok = false;
    RuleScope scope;
    scope.year = line.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || scope.year < 2000 || scope.year > 2100) {
        printError(tr("--year is required (a year such as 2026)"));
        return std::nullopt;
    }
    if (line.isSet(QStringLiteral("level")) &&
        line.value(QStringLiteral("level")) != QLatin1String("all")) {
        scope.level = levelOption(line, registry::Level::County);
        if (!scope.level)
            return std::nullopt;
    }
    return scope;
}

// Parses the command line, then reads its scope; nullopt with the exit code when either fails.
std::optional<RuleScope> parseRuleScope(CommandLine& line, const QStringList& args, int* exit)
{
    if (!line.parse(args, exit))
        return std::nullopt;
    const auto scope = ruleScope(line);
    if (!scope)
        *exit = BadInput;
    return scope;
}

void addYearAndLevel(CommandLine& line)
{
    line.addOptions({
        {"year", tr("The year the rules score."), "YEAR"},
        {"level", tr("The level the set is for (default: all levels)."), "LEVEL"},
    });
}

void printRules(const ScoringRules& rules, bool own)
{
    print(tr("Scoring rules for %1, %2 (%3)\nBase %4, total capped at %5; an absence from an "
             "activity of a type not listed: %6\n\n")
              .arg(rules.year)
              .arg(rules.level ? registry::levelName(*rules.level) : tr("all levels"),
                   own ? tr("the year's own set") : tr("the defaults"), number(rules.base),
                   number(rules.totalCap), number(rules.otherAbsence)));
    Listing items;
    items.keys = {"item", "present", "leave", "absent", "cap"};
    items.headers = {tr("Item"), tr("Present / each"), tr("On leave"), tr("Absent"),
                     tr("Yearly cap")};
    for (const ActivityRule& rule : rules.activities)
        items.rows << QVariantList{rule.typeName, number(rule.present), number(rule.leave),
                                   number(rule.absent), capText(rule.yearlyCap)};
    for (const auto& [name, rule] :
         {std::pair{tr("Suggestion led"), rules.suggestionLead},
          std::pair{tr("Suggestion co-signed"), rules.suggestionCosigner},
          std::pair{tr("Key supervision (lead)"), rules.keySupervision},
          std::pair{tr("Excellent suggestion (lead)"), rules.excellent},
          std::pair{tr("Concern closed satisfied"), rules.concernSatisfied}})
        items.rows << QVariantList{name, number(rule.points), QString(), QString(),
                                   capText(rule.yearlyCap)};
    print(renderTable(items) + QLatin1Char('\n'));
    Listing minimums;
    minimums.keys = {"name", "counts", "required", "deduction"};
    minimums.headers = {tr("Yearly minimum"), tr("What counts"), tr("Required"),
                        tr("Deducted if missed")};
    for (const MinimumRule& rule : rules.minimums) {
        QStringList counted;
        for (const QString& code : rule.counts) {
            const ActivityRule* type = rules.activityRule(code);
            counted << (type                                       ? type->typeName
                        : code == QLatin1String(kSuggestionCounts) ? tr("suggestions")
                                                                   : code);
        }
        minimums.rows << QVariantList{displayName(rule.name), counted.join(QStringLiteral(", ")),
                                      rule.required, number(rule.deduction)};
    }
    print(renderTable(minimums) + QLatin1Char('\n'));
    QStringList grades;
    for (int i = 0; i < rules.grades.size(); ++i) {
        const GradeBand& band = rules.grades.at(i);
        grades << (i + 1 < rules.grades.size() || i == 0
                       ? QStringLiteral("%1 ≥ %2%3")
                             .arg(displayName(band.name), number(band.minimumTotal),
                                  band.requiresMinimums ? tr(" and every minimum met") : QString())
                       : QStringLiteral("%1 < %2").arg(
                             displayName(band.name), number(rules.grades.at(i - 1).minimumTotal)));
    }
    print(tr("Grades: %1\nAn unexcused session absence caps the grade at %2; %3 raise the "
             "Deputies-Law alert.\n")
              .arg(grades.join(QStringLiteral("; ")), displayName(rules.sessionAbsenceGradeCap))
              .arg(rules.alertAfterSessionAbsences));
}

int showRules(Context& context, const QStringList& args, bool exportFile)
{
    CommandLine line(exportFile ? QStringLiteral("rules export") : QStringLiteral("rules show"),
                     exportFile ? tr("Write the rule set that scores a year (and level) to a "
                                     "readable JSON file, to keep or share with other counties.")
                                : tr("Show the rule set that scores a year (and level)."));
    addYearAndLevel(line);
    if (exportFile) {
        line.addOption(QStringLiteral("out"), tr("The .json file to write."),
                       QStringLiteral("FILE"));
        line.requireOut();
    } else
        line.addFormatOption();
    int exit = Success;
    const auto scope = parseRuleScope(line, args, &exit);
    if (!scope)
        return exit;
    const auto [year, level] = *scope;
    const QString out = line.value(QStringLiteral("out"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const RuleStore store(db->connection());
    const auto rules = store.rulesFor(year, level);
    const auto ownForLevel = store.hasOwnSet(year, level);
    const auto ownForAll = store.hasOwnSet(year, std::nullopt);
    if (!rules || !ownForLevel || !ownForAll)
        return report(!rules         ? rules.failure()
                      : !ownForLevel ? ownForLevel.failure()
                                     : ownForAll.failure());
    const QByteArray json = QJsonDocument(rules->toJson()).toJson(QJsonDocument::Indented);
    if (!exportFile) {
        if (line.format() == Format::Json)
            printBytes(json);
        else
            printRules(*rules, *ownForLevel || *ownForAll);
        return Success;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        printError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
        return Failure;
    }
    print(tr("Rules for %1 written to %2\n").arg(year).arg(QDir::toNativeSeparators(out)));
    return Success;
}

int importRules(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("rules import"),
                     tr("Read a rule set from a JSON file (as 'rules export' writes it) and save "
                        "it for its year, or for --year and --level. All or nothing."));
    line.addPositional(QStringLiteral("file"), tr("The .json file."), QStringLiteral("FILE"));
    addYearAndLevel(line);
    line.requirePositionals(1, tr("rules import takes one FILE"));
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const QString path = line.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return Failure;
    }
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        const int lineNumber = int(bytes.left(parseError.offset).count('\n')) + 1;
        return usageError(tr("%1, line %2: not a rule set (%3)")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(lineNumber)
                              .arg(parseError.error == QJsonParseError::NoError
                                       ? tr("a JSON object is expected")
                                       : parseError.errorString()));
    }
    FieldErrors errors;
    auto rules = ScoringRules::fromJson(document.object(), &errors);
    if (rules && line.isSet(QStringLiteral("year"))) {
        const auto scope = ruleScope(line);
        if (!scope)
            return BadInput;
        rules->year = scope->year;
        if (line.isSet(QStringLiteral("level")))
            rules->level = scope->level;
    }
    if (!rules) {
        QStringList lines;
        for (const FieldError& error : std::as_const(errors))
            lines << QStringLiteral("  %1: %2").arg(error.field, error.message);
        return usageError(tr("%1 was not imported:\n%2")
                              .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
    }
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    return report(usecase::saveScoringRules(db->connection(), *rules),
                  tr("Rules for %1 (%2) saved; scores of %1 follow them now")
                      .arg(rules->year)
                      .arg(rules->level ? registry::levelName(*rules->level) : tr("all levels")));
}

int copyRules(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("rules copy"),
                     tr("Year-end rollover: save the rules that scored one year (default: the "
                        "year before) as --year's own set."));
    addYearAndLevel(line);
    line.addOptions({
        {"from", tr("The year to copy from."), "YEAR"},
        {"replace", tr("Replace --year's own set if it has one.")},
    });
    int exit = Success;
    const auto scope = parseRuleScope(line, args, &exit);
    if (!scope)
        return exit;
    const auto [year, level] = *scope;
    const int from =
        line.isSet(QStringLiteral("from")) ? line.value(QStringLiteral("from")).toInt() : year - 1;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    return report(usecase::copyScoringRules(db->connection(), from, year, level,
                                            line.isSet(QStringLiteral("replace"))),
                  tr("The rules of %1 are now %2's own set").arg(from).arg(year));
}

} // namespace

int runRules(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "rules",
        {{"show", [](Context& c, const QStringList& a) { return showRules(c, a, false); }},
         {"export", [](Context& c, const QStringList& a) { return showRules(c, a, true); }},
         {"import", importRules},
         {"copy", copyRules}});
}

} // namespace dd::cli

#include "CommandTable.h"
#include "LoopOutput.h"
#include "ScoreOutput.h"

namespace dd::cli {

namespace {
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

auto loopItems(loop::ItemKind kind)
{
    return [kind](Context& context, const QStringList& args) {
        return runLoopItems(context, kind, args);
    };
}

// The actions after the help, wrapped under the description column.
QString usageLine(const Command& command)
{
    constexpr int kColumn = 13;
    constexpr int kWidth = 79;
    QString text = QCoreApplication::translate("dd::cli", command.help);
    // A command that also runs alone names its actions in its help.
    const QStringList& actions = command.actions;
    if (!actions.isEmpty() && !actions.contains(QString()))
        text = QCoreApplication::translate("dd::cli", "%1: %2", "a command's help, its actions")
                   .arg(text, actions.join(QStringLiteral(" | ")));
    QString line = QStringLiteral("  ") + QString::fromLatin1(command.name).leftJustified(10) +
                   QLatin1Char(' ');
    QString result;
    int width = kColumn;
    for (const QString& word : text.split(QLatin1Char(' '))) {
        // Chinese counts two columns, as a console shows it.
        int wordWidth = 0;
        for (const QChar c : word)
            wordWidth += c.unicode() >= 0x2e80 ? 2 : 1;
        if (width > kColumn && width + 1 + wordWidth > kWidth) {
            result += line + QLatin1Char('\n');
            line = QString(kColumn, QLatin1Char(' '));
            width = kColumn;
        }
        if (width > kColumn) {
            line += QLatin1Char(' ');
            ++width;
        }
        line += word;
        width += wordWidth;
    }
    return result + line + QLatin1Char('\n');
}
} // namespace

const QList<Command>& commands()
{
    static const QList<Command> table = {
        {"init", QT_TRANSLATE_NOOP("dd::cli", "create a new database for the office"), {}, runInit},
        {"settings",
         QT_TRANSLATE_NOOP("dd::cli", "show or change the office's settings (set KEY VALUE)"),
         words("show set"), runSettings},
        {"demo",
         QT_TRANSLATE_NOOP("dd::cli", "fill a new database with realistic demo data"),
         {},
         runDemo},
        {"deputy", QT_TRANSLATE_NOOP("dd::cli", "deputies"),
         words("list show add edit status versions restore"), runDeputy},
        {"station", QT_TRANSLATE_NOOP("dd::cli", "liaison stations"),
         words("list show add edit assign"), runStation},
        {"session", QT_TRANSLATE_NOOP("dd::cli", "congress sessions"), words("add list"),
         runSession},
        {"term", QT_TRANSLATE_NOOP("dd::cli", "terms"), words("start list"), runTerm},
        {"calendar", QT_TRANSLATE_NOOP("dd::cli", "the holiday calendar"), words("show import"),
         runCalendar},
        {"log",
         QT_TRANSLATE_NOOP("dd::cli", "the operator log: who did what, when (read only)"),
         {},
         runLog},
        {"check",
         QT_TRANSLATE_NOOP("dd::cli", "check the database for damage and inconsistencies"),
         {},
         runCheck},
        {"copy",
         QT_TRANSLATE_NOOP("dd::cli", "save a consistent copy of the database (--out FILE)"),
         {},
         runCopy},
        {"backup",
         QT_TRANSLATE_NOOP("dd::cli",
                           "back up the database now (--out FOLDER), or list the backups"),
         {QString(), QStringLiteral("list")},
         runBackup},
        {"restore",
         QT_TRANSLATE_NOOP("dd::cli", "replace the database's content with a backup (FILE)"),
         {},
         runRestore},
        {"export", QT_TRANSLATE_NOOP("dd::cli", "workbooks (--out FILE.xlsx)"),
         words("roster stations concerns suggestions stats notice scores gaps"), runExport},
        {"import", QT_TRANSLATE_NOOP("dd::cli", "from .xlsx, .xls or .csv"),
         words("deputies stations suggestions"), runImport},
        {"concern", QT_TRANSLATE_NOOP("dd::cli", "citizens' concerns"),
         words("add order list show dispatch return extend reply supervise evaluate close"),
         loopItems(loop::ItemKind::Concern)},
        {"suggestion", QT_TRANSLATE_NOOP("dd::cli", "deputies' suggestions"),
         words("add list show dispatch return extend reply supervise evaluate close excellent"),
         loopItems(loop::ItemKind::Suggestion)},
        {"agency", QT_TRANSLATE_NOOP("dd::cli", "handling agencies"), words("add edit list"),
         runAgency},
        {"category", QT_TRANSLATE_NOOP("dd::cli", "categories of concerns and suggestions"),
         words("add list"), runCategory},
        {"forms", QT_TRANSLATE_NOOP("dd::cli", "the loop's paper as PDF"),
         words("dispatch-notices feedback"), runForms},
        {"overdue",
         QT_TRANSLATE_NOOP("dd::cli",
                           "open items past their due date (--due-soon: also those due soon)"),
         {},
         runOverdue},
        {"activity", QT_TRANSLATE_NOOP("dd::cli", "deputies' activities"),
         words("add edit remove list show types"), runActivity},
        {"reception", QT_TRANSLATE_NOOP("dd::cli", "station receptions"), words("add list"),
         runReception},
        {"leave", QT_TRANSLATE_NOOP("dd::cli", "deputies' leave periods"), words("add list remove"),
         runLeave},
        {"roster", QT_TRANSLATE_NOOP("dd::cli", "a station's duty roster"),
         words("plan save show set complete"), runRoster},
        {"stats",
         QT_TRANSLATE_NOOP("dd::cli",
                           "the measures of handling for a period (--period P [--by WHAT])"),
         {},
         runStats},
        {"score",
         QT_TRANSLATE_NOOP("dd::cli",
                           "performance scores for a period (--period P), or why: explain DEPUTY"),
         {QString(), QStringLiteral("explain")},
         runScore},
        {"gaps",
         QT_TRANSLATE_NOOP("dd::cli", "deputies behind the pace of a yearly minimum (--date D)"),
         {},
         runGaps},
        {"rules", QT_TRANSLATE_NOOP("dd::cli", "the scoring rules by year"),
         words("show export import copy"), runRules},
        {"sheets",
         QT_TRANSLATE_NOOP("dd::cli",
                           "quarterly performance sheets as PDF (--period P --out FILE.pdf)"),
         {},
         runSheets},
        {"archive",
         QT_TRANSLATE_NOOP("dd::cli",
                           "one deputy's archive for a term as PDF (DEPUTY --out FILE.pdf)"),
         {},
         runArchive},
    };
    return table;
}

QString usage(const QString& defaultDatabase)
{
    QString text = tr("Usage: deputydesk-cli [--db FILE] [--today YYYY-MM-DD] [--user NAME] "
                      "[--lang zh_CN|en] "
                      "COMMAND [options]") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands())
        text += usageLine(command);
    return text + QLatin1Char('\n') +
           tr("Run 'deputydesk-cli COMMAND --help' for the options of a command.\n"
              "Without --db the database is %1.\n"
              "Exit codes: 0 success; 1 failure (I/O, damaged database, damage found); "
              "2 bad usage, invalid input, record not found, step not allowed.\n")
               .arg(defaultDatabase);
}

QString commandPaths()
{
    QString text;
    for (const Command& command : commands()) {
        const QStringList actions =
            command.actions.isEmpty() ? QStringList{QString()} : command.actions;
        for (const QString& action : actions)
            text +=
                QString(QString::fromLatin1(command.name) + QLatin1Char(' ') + action).trimmed() +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace dd::cli

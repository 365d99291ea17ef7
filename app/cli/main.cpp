// deputydesk-cli: every data operation of DeputyDesk, for scripting and tests.
#include "Cli.h"
#include "LoopOutput.h"
#include "ScoreOutput.h"

#include "Language.h"
#include "Output.h"
#include "common/Clock.h"
#include "storage/Platform.h"

#include <QGuiApplication>
#include <QStandardPaths>

namespace dd::cli {
namespace {
QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("DEPUTYDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/deputydesk.ddb");
}

QString usage()
{
    return tr("Usage: deputydesk-cli [--db FILE] [--today YYYY-MM-DD] [--lang zh_CN|en] COMMAND "
              "[options]\n"
              "\n"
              "Commands:\n"
              "  init       create a new database for the office\n"
              "  settings   show or change the office's settings (show | set KEY VALUE)\n"
              "  demo       fill a new database with realistic demo data\n"
              "  deputy     deputies: list | show | add | edit | status\n"
              "  station    liaison stations: list | show | add | edit | assign\n"
              "  session    congress sessions: add | list\n"
              "  term       terms: start | list\n"
              "  calendar   the holiday calendar: show | import\n"
              "  check      check the database for damage and inconsistencies\n"
              "  copy       save a consistent copy of the database (--out FILE)\n"
              "  backup     back up the database now (--out FOLDER), or list the backups\n"
              "  restore    replace the database's content with a backup (FILE)\n"
              "  export     workbooks: roster | stations | concerns | suggestions | stats |\n"
              "             notice | scores | gaps (--out FILE.xlsx)\n"
              "  import     from .xlsx or .csv: deputies | stations | suggestions (a ledger)\n"
              "  concern    citizens' concerns: add | order | list | show | dispatch | return |\n"
              "             extend | reply | supervise | evaluate | close\n"
              "  suggestion deputies' suggestions: add | list | show | dispatch | return | extend "
              "|\n"
              "             reply | supervise | evaluate | close | excellent\n"
              "  agency     handling agencies: add | edit | list\n"
              "  category   categories of concerns and suggestions: add | list\n"
              "  forms      the loop's paper as PDF: dispatch-notices | feedback ITEM…\n"
              "  overdue    open items past their due date (--due-soon: also those due soon)\n"
              "  activity   deputies' activities: add | edit | remove | list | show | types\n"
              "  reception  station receptions: add | list\n"
              "  leave      deputies' leave periods: add | list\n"
              "  roster     a station's duty roster: plan | save | show | set | complete\n"
              "  stats      the measures of handling for a period (--period P [--by WHAT])\n"
              "  score      performance scores for a period (--period P), or why: explain DEPUTY\n"
              "  gaps       deputies behind the pace of a yearly minimum (--date D)\n"
              "  rules      the scoring rules by year: show | export | import | copy\n"
              "  sheets     quarterly performance sheets as PDF (--period P --out FILE.pdf)\n"
              "  archive    one deputy's archive for a term as PDF (DEPUTY --out FILE.pdf)\n"
              "\n"
              "Run 'deputydesk-cli COMMAND --help' for the options of a command.\n"
              "Without --db the database is %1.\n"
              "Exit codes: 0 success; 1 failure (I/O, damaged database, damage found); "
              "2 bad usage, invalid input, record not found, step not allowed.\n")
        .arg(defaultDatabasePath());
}

// Qt warns about XDG_RUNTIME_DIR on headless machines; that is noise for a console program.
// The platform plugin's warnings (DPI awareness under Wine, say) concern windows, which the CLI
// never shows.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    if (type != QtCriticalMsg && type != QtFatalMsg && context.category &&
        QLatin1String(context.category).startsWith(QLatin1String("qt.qpa")))
        return;
    printError(qFormatLogMessage(type, context, message));
}
} // namespace

int runProgram(int argc, char* argv[])
{
    // Documents are drawn with Qt Gui (QPdfWriter needs a QGuiApplication), but the CLI never
    // shows a window.
    platform::chooseGuiPlatform(false);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPUTYDESK_VERSION));

    QStringList args = app.arguments();
    const qsizetype langAt = args.lastIndexOf(QStringLiteral("--lang"));
    installTranslators(app,
                       langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QString());

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption todayOption(QStringLiteral("today"), tr("The date to use as today."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Language of messages (zh_CN or en)."), QStringLiteral("LANG"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({dbOption, todayOption, langOption, helpOption, versionOption});
    if (!parser.parse(args))
        return usageError(parser.errorText() + QLatin1Char('\n') + usage());
    if (parser.isSet(versionOption)) {
        print(QStringLiteral("deputydesk-cli %1\n").arg(QStringLiteral(DEPUTYDESK_VERSION)));
        return Success;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        print(usage());
        return rest.isEmpty() && !parser.isSet(helpOption) ? BadInput : Success;
    }
    if (parser.isSet(todayOption)) {
        const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return usageError(
                tr("--today: %1 is not a date such as 2026-07-15").arg(parser.value(todayOption)));
        Clock::setToday(today);
    }

    Context context(parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath());
    const QString command = rest.first();
    const QStringList commandArgs = rest.mid(1);
    using Runner = int (*)(Context&, const QStringList&);
    const std::pair<const char*, Runner> commands[] = {
        {"init", runInit},         {"settings", runSettings},   {"demo", runDemo},
        {"deputy", runDeputy},     {"station", runStation},     {"session", runSession},
        {"term", runTerm},         {"calendar", runCalendar},   {"check", runCheck},
        {"copy", runCopy},         {"export", runExport},       {"import", runImport},
        {"agency", runAgency},     {"category", runCategory},   {"forms", runForms},
        {"activity", runActivity}, {"reception", runReception}, {"leave", runLeave},
        {"roster", runRoster},     {"overdue", runOverdue},     {"stats", runStats},
        {"score", runScore},       {"gaps", runGaps},           {"rules", runRules},
        {"sheets", runSheets},     {"archive", runArchive},     {"backup", runBackup},
        {"restore", runRestore}};
    if (command == QLatin1String("concern"))
        return runLoopItems(context, loop::ItemKind::Concern, commandArgs);
    if (command == QLatin1String("suggestion"))
        return runLoopItems(context, loop::ItemKind::Suggestion, commandArgs);
    for (const auto& [name, run] : commands)
        if (command == QLatin1String(name))
            return run(context, commandArgs);
    return usageError(tr("Unknown command \"%1\".").arg(command) + QLatin1Char('\n') + usage());
}
} // namespace dd::cli

int main(int argc, char* argv[])
{
    qInstallMessageHandler(dd::cli::quietMessages);
    return dd::cli::runProgram(argc, argv);
}

// deputydesk-cli: every data operation of DeputyDesk, for scripting and tests.
#include "Cli.h"
#include "CommandTable.h"

#include "Language.h"
#include "Output.h"
#include "common/Clock.h"
#include "storage/OperatorLog.h"
#include "storage/Platform.h"

#include <QGuiApplication>
#include <QStandardPaths>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#include <shellapi.h>
#endif

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

// The command line exactly as typed. QGuiApplication takes its own options out of argv, and
// some are spelled like ours (`--session N` was taken for X11 session management, so a
// suggestion lost its session), so it never sees them; Windows gives Unicode only through
// GetCommandLineW.
QStringList commandLineArguments(int argc, char* argv[])
{
    QStringList arguments;
#if defined(Q_OS_WIN)
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    int count = 0;
    if (LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            arguments << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
    }
#else
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
#endif
    return arguments;
}

// --lang is needed before the messages of parsing can be said; both spellings, the last wins.
QString languageArgument(const QStringList& args)
{
    QString language;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    return language;
}
} // namespace

int runProgram(int argc, char* argv[])
{
    const QStringList args = commandLineArguments(argc, argv);
    // Documents are drawn with Qt Gui (QPdfWriter needs a QGuiApplication), but the CLI never
    // shows a window; it gets only the program's name to parse.
    storage::platform::chooseGuiPlatform(false);
    int qtArgc = 1;
    char* qtArgv[] = {argv[0], nullptr};
    QGuiApplication app(qtArgc, qtArgv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPUTYDESK_VERSION));

    installTranslators(app, languageArgument(args));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption todayOption(QStringLiteral("today"), tr("The date to use as today."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        tr("Who is working, as the operator log records it (default: the name saved in the "
           "window's settings)."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Language of messages (zh_CN or en)."), QStringLiteral("LANG"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    // Every COMMAND [ACTION] the program takes, one per line: for tests and shell completion.
    QCommandLineOption listOption(QStringLiteral("list-commands"));
    listOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {dbOption, todayOption, userOption, langOption, helpOption, versionOption, listOption});
    const QString usageText = usage(defaultDatabasePath());
    if (!parser.parse(args))
        return usageError(parser.errorText() + QLatin1Char('\n') + usageText);
    if (parser.isSet(versionOption)) {
        print(QStringLiteral("deputydesk-cli %1\n").arg(QStringLiteral(DEPUTYDESK_VERSION)));
        return Success;
    }
    if (parser.isSet(listOption)) {
        print(commandPaths());
        return Success;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        print(usageText);
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
    if (parser.isSet(userOption))
        context.setOperatorName(parser.value(userOption));
    storage::setLogHeadKeeper(std::make_unique<storage::SettingsLogHeads>());
    const QString name = rest.first();
    for (const Command& command : commands())
        if (name == QLatin1String(command.name))
            return command.run(context, rest.mid(1));
    return usageError(tr("Unknown command \"%1\".").arg(name) + QLatin1Char('\n') + usageText);
}
} // namespace dd::cli

int main(int argc, char* argv[])
{
    qInstallMessageHandler(dd::cli::quietMessages);
    return dd::cli::runProgram(argc, argv);
}

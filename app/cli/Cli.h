#pragma once

#include "Output.h"
#include "common/Period.h"
#include "registry/Levels.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "usecases/ExportActions.h"
#include "xlsx/WorkbookWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace dd::cli {

enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// lupdate files tr() calls in this namespace under the context "dd::cli".
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::cli", text, disambiguation, n);
}

class CommandLine;

// What every command gets: the database path from --db and, once opened, the database.
class Context {
public:
    explicit Context(QString databasePath)
        : m_path(std::move(databasePath))
    {
    }
    QString path() const { return m_path; }
    // --user: who the operator log names for this run's writes.
    void setOperatorName(const QString& name) { m_operatorName = name; }
    // Opens the database once; prints the reason and returns null when it cannot be opened.
    storage::Database* open(storage::Database::Mode mode = storage::Database::Mode::OpenExisting);
    // Parses `args` into `line`, then opens the database: null when either ends the command
    // (--help, bad usage, no database).
    storage::Database* open(CommandLine& line, const QStringList& args);
    // The exit code when an open() gave null.
    int exitCode() const { return m_exitCode; }

private:
    QString m_path;
    QString m_operatorName;
    std::unique_ptr<storage::Database> m_db;
    int m_exitCode = Failure;
};

// A sub-command's options; --help and bad usage are handled here.
class CommandLine {
public:
    CommandLine(const QString& command, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    // Options declared as a table, one per row: name, description, value name (none: a flag).
    struct Option {
        const char* name;
        QString description;
        const char* valueName = nullptr;
    };
    void addOptions(std::initializer_list<Option> options);
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // How many positional arguments parse() accepts, and what it says otherwise.
    void requirePositionals(int count, const QString& message);
    // The command writes a file: parse() refuses it without --out FILE.
    void requireOut() { m_requiresOut = true; }
    // --format table|csv|json, the listings' option, checked by parse().
    void addFormatOption();
    // A date option (value name DATE, YYYY-MM-DD) is checked by parse(); date() gives it, or
    // `fallback` when not given.
    QDate date(const QString& name, const QDate& fallback = {}) const;
    Format format() const;
    // Parses; on --help prints help and sets exitCode 0, on error prints it and sets 2.
    bool parse(const QStringList& args, int* exitCode);
    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_hasFormat = false;
    bool m_requiresOut = false;
    QStringList m_dateOptions;
    int m_positionalCount = -1;
    QString m_positionalMessage;
};

// Maps a core outcome to the exit code and prints its message.
int report(const Outcome& outcome, const QString& success = {});
int usageError(const QString& message);

// One action of a command (`deputy add`) and what runs it with the arguments after its name.
struct Action {
    const char* name;
    std::function<int(Context&, const QStringList&)> run;
};
// Runs the action `args` names; otherwise says which actions `command` takes (exit 2).
int dispatch(Context& context, const QStringList& args, const char* command,
             const QList<Action>& actions);
// Prints what is wrong and returns false, for the steps that read a command's options.
bool refuse(const QString& message);

// Helpers that print what is wrong and give nullopt: a required date that is missing (parse()
// has already checked the syntax), an id that is not one.
std::optional<QDate> dateOption(const CommandLine& line, const QString& name, bool required);
std::optional<qint64> idArgument(const QString& text, const QString& what);
// Writes one sheet as FILE.xlsx and says how many rows went where; the exit code.
int writeWorkbook(const xlsx::Sheet& sheet, const QString& out);
// The same, then the export recorded in the operator log: personal data left the office.
int writeDisclosedWorkbook(QSqlDatabase db, const xlsx::Sheet& sheet, const QString& out,
                           usecase::Disclosure::Document document, bool masked = false);
// Records a file written with personal data in it; the exit code (a log that cannot be written
// is said: the file is there, its record is not).
int disclose(QSqlDatabase db, const usecase::Disclosure& disclosure);
// --level, or `fallback` when not given; nullopt (said) when it names no level.
std::optional<registry::Level> levelOption(const CommandLine& line, registry::Level fallback);
// A term period (T18) of `level` with its dates from the record, its end no later than today;
// nullopt (said) when the term is not on record.
std::optional<Period> termOnRecord(QSqlDatabase db, const Period& term, registry::Level level);
// --township by name or number: 0 when not given, nullopt (said) when there is no such township.
std::optional<qint64> townshipOption(QSqlDatabase db, const CommandLine& line);
// A station by name or number: 0 when `text` is empty, nullopt (said) when there is no such
// station.
std::optional<qint64> stationOption(QSqlDatabase db, const QString& text);

int runInit(Context& context, const QStringList& args);
int runSettings(Context& context, const QStringList& args);
int runDemo(Context& context, const QStringList& args);
int runCalendar(Context& context, const QStringList& args);
int runCheck(Context& context, const QStringList& args);
int runLog(Context& context, const QStringList& args);
// deputy versions, deputy restore
int listDeputyVersions(Context& context, const QStringList& args);
int restoreDeputyVersion(Context& context, const QStringList& args);
int runCopy(Context& context, const QStringList& args);
int runBackup(Context& context, const QStringList& args);
int runRestore(Context& context, const QStringList& args);
int runDeputy(Context& context, const QStringList& args);
int runStation(Context& context, const QStringList& args);
int runSession(Context& context, const QStringList& args);
int runTerm(Context& context, const QStringList& args);
int runExport(Context& context, const QStringList& args);
int runImport(Context& context, const QStringList& args);
int runActivity(Context& context, const QStringList& args);
int runReception(Context& context, const QStringList& args);
int runLeave(Context& context, const QStringList& args);
int runRoster(Context& context, const QStringList& args);

} // namespace dd::cli

#include "Cli.h"

#include "common/Clock.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "usecases/Operator.h"

#include <QDir>

namespace dd::cli {

storage::Database* Context::open(storage::Database::Mode mode)
{
    if (m_db)
        return m_db.get();
    storage::OpenResult result = storage::Database::open(m_path, mode);
    if (!result) {
        printError(result.error());
        m_exitCode = result.failure().kind == Outcome::Kind::NotFound ? BadInput : Failure;
        return nullptr;
    }
    m_db = std::move(*result);
    if (!m_operatorName.isEmpty())
        usecase::setOperator(m_db->connection(), m_operatorName);
    return m_db.get();
}

storage::Database* Context::open(CommandLine& line, const QStringList& args)
{
    if (!line.parse(args, &m_exitCode))
        return nullptr;
    return open();
}

CommandLine::CommandLine(const QString& command, const QString& description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addOption(const QString& name, const QString& description,
                            const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    // Every date option is checked while parsing, so a command reads it back already valid.
    if (valueName == QLatin1String("DATE"))
        m_dateOptions << name;
}

void CommandLine::addOptions(std::initializer_list<Option> options)
{
    for (const Option& option : options)
        addOption(QString::fromLatin1(option.name), option.description,
                  option.valueName ? QString::fromLatin1(option.valueName) : QString());
}

void CommandLine::addPositional(const QString& name, const QString& description,
                                const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandLine::requirePositionals(int count, const QString& message)
{
    m_positionalCount = count;
    m_positionalMessage = message;
}

void CommandLine::addFormatOption()
{
    // Spelled out: inside a class lupdate would file it under the class, not "dd::cli".
    addOption(QStringLiteral("format"),
              QCoreApplication::translate("dd::cli", "Output format: table, csv or json."),
              QStringLiteral("FORMAT"));
    m_hasFormat = true;
}

QDate CommandLine::date(const QString& name, const QDate& fallback) const
{
    const QString text = value(name).trimmed();
    return text.isEmpty() ? fallback : QDate::fromString(text, Qt::ISODate);
}

Format CommandLine::format() const
{
    return parseFormat(value(QStringLiteral("format"))).value_or(Format::Table);
}

bool CommandLine::parse(const QStringList& args, int* exitCode)
{
    if (!m_parser.parse(QStringList{QStringLiteral("deputydesk-cli ") + m_command} + args)) {
        *exitCode = usageError(m_parser.errorText());
        return false;
    }
    // For the tests that prove no option is dropped between the command line and the command:
    // say what was parsed, do nothing.
    if (qEnvironmentVariableIsSet("DEPUTYDESK_CLI_PARSE_ONLY")) {
        QString parsed = m_command + QLatin1Char('\n');
        for (const QString& name : m_parser.optionNames())
            parsed += name + QLatin1Char('=') + m_parser.value(name) + QLatin1Char('\n');
        print(parsed);
        *exitCode = Success;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QStringLiteral("deputydesk-cli %1").arg(m_command),
                     QStringLiteral("deputydesk-cli [--db FILE] %1").arg(m_command));
        print(help);
        *exitCode = Success;
        return false;
    }
    if (m_hasFormat && !parseFormat(value(QStringLiteral("format")))) {
        *exitCode = usageError(
            QCoreApplication::translate("dd::cli", "--format must be table, csv or json"));
        return false;
    }
    if (m_positionalCount >= 0 && positional().size() != m_positionalCount) {
        *exitCode = usageError(m_positionalMessage);
        return false;
    }
    if (m_requiresOut && value(QStringLiteral("out")).isEmpty()) {
        *exitCode = usageError(QCoreApplication::translate("dd::cli", "--out FILE is required"));
        return false;
    }
    for (const QString& name : m_dateOptions) {
        const QString text = value(name).trimmed();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
            *exitCode = usageError(
                QCoreApplication::translate("dd::cli", "--%1: %2 is not a date such as 2026-07-15")
                    .arg(name, text));
            return false;
        }
    }
    return true;
}

int report(const Outcome& outcome, const QString& success)
{
    if (outcome.ok()) {
        if (!success.isEmpty())
            print(success + QLatin1Char('\n'));
        return Success;
    }
    printError(outcome.text());
    return outcome.kind == Outcome::Kind::Storage ? Failure : BadInput;
}

int usageError(const QString& message)
{
    printError(message);
    return BadInput;
}

int dispatch(Context& context, const QStringList& args, const char* command,
             const QList<Action>& actions)
{
    QStringList names;
    for (const Action& action : actions) {
        if (args.value(0) == QLatin1String(action.name))
            return action.run(context, args.mid(1));
        names << QString::fromLatin1(action.name);
    }
    return usageError(tr("%1 takes one of: %2", "a command, its actions")
                          .arg(QString::fromLatin1(command), names.join(QStringLiteral(", "))));
}

bool refuse(const QString& message)
{
    printError(message);
    return false;
}

std::optional<QDate> dateOption(const CommandLine& line, const QString& name, bool required)
{
    if (required && line.value(name).trimmed().isEmpty()) {
        printError(tr("--%1 is required (a date such as 2026-07-15)").arg(name));
        return std::nullopt;
    }
    return line.date(name, QDate());
}

std::optional<qint64> idArgument(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(tr("%1 must be a record number such as 12, not \"%2\"").arg(what, text));
        return std::nullopt;
    }
    return id;
}

int writeWorkbook(const xlsx::Sheet& sheet, const QString& out)
{
    if (const Outcome written = xlsx::writeWorkbook(out, {sheet}); !written.ok()) {
        printError(written.text());
        return Failure;
    }
    print(tr("Wrote %n row(s) to %1", nullptr, int(sheet.rows.size()))
              .arg(QDir::toNativeSeparators(out)) +
          QLatin1Char('\n'));
    return Success;
}

int writeDisclosedWorkbook(QSqlDatabase db, const xlsx::Sheet& sheet, const QString& out,
                           usecase::Disclosure::Document document, bool masked)
{
    if (const int written = writeWorkbook(sheet, out); written != Success)
        return written;
    return disclose(std::move(db), {document, int(sheet.rows.size()), out, masked, {}});
}

int disclose(QSqlDatabase db, const usecase::Disclosure& disclosure)
{
    const Outcome recorded = usecase::recordDisclosure(std::move(db), disclosure);
    if (recorded.ok())
        return Success;
    printError(tr("%1 was written, but the operator log could not record it: %2")
                   .arg(QDir::toNativeSeparators(disclosure.path), recorded.text()));
    return Failure;
}

std::optional<registry::Level> levelOption(const CommandLine& line, registry::Level fallback)
{
    if (!line.isSet(QStringLiteral("level")))
        return fallback;
    const auto level = registry::parseLevel(line.value(QStringLiteral("level")));
    if (!level)
        printError(tr("--level must be national, provincial, municipal, county or township, not %1")
                       .arg(line.value(QStringLiteral("level"))));
    return level;
}

std::optional<Period> termOnRecord(QSqlDatabase db, const Period& term, registry::Level level)
{
    const auto found = registry::TermStore(db).find(level, term.index);
    if (found.failed()) {
        printError(found.error());
        return std::nullopt;
    }
    if (!found.found()) {
        printError(tr("--period: term %1 of the %2 level is not on record")
                       .arg(term.index)
                       .arg(registry::levelName(level)));
        return std::nullopt;
    }
    Period dated = term.withTermDates(found->startDate, found->endDate);
    if (!dated.end.isValid() || dated.end > Clock::today())
        dated.end = Clock::today();
    return dated;
}

// A township given by name or number.
std::optional<qint64> stationOption(QSqlDatabase db, const QString& text)
{
    if (text.isEmpty())
        return 0;
    const registry::StationStore stations(db);
    const auto byName = stations.findByName(text);
    if (byName.found())
        return byName->id;
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    const auto byId = isNumber ? stations.get(id) : Lookup<registry::Station>(std::nullopt);
    if (byId.found())
        return id;
    if (byName.failed() || byId.failed()) {
        printError(byName.failed() ? byName.error() : byId.error());
        return std::nullopt;
    }
    printError(tr("--station: no station %1 (see 'station list')").arg(text));
    return std::nullopt;
}

std::optional<qint64> townshipOption(QSqlDatabase db, const CommandLine& line)
{
    const QString text = line.value(QStringLiteral("township")).trimmed();
    if (text.isEmpty())
        return 0;
    registry::TownshipStore townships(db);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    const auto byId = numeric ? townships.findById(id) : Lookup<registry::Township>(std::nullopt);
    if (byId.found())
        return id;
    const auto byName = townships.findByName(text);
    if (byName.found())
        return byName->id;
    if (byName.failed() || byId.failed()) {
        printError(byName.failed() ? byName.error() : byId.error());
        return std::nullopt;
    }
    printError(tr("--township: no township named %1").arg(text));
    return std::nullopt;
}

} // namespace dd::cli

#include "Cli.h"

#include "usecases/DeputyVersions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

namespace {
std::optional<qint64> deputyArgument(const CommandLine& line)
{
    return idArgument(line.positional().value(0), tr("The deputy ID"));
}
} // namespace

int listDeputyVersions(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy versions"),
                     tr("A deputy's particulars version by version, as the operator log recorded "
                        "each change: who made it and when."));
    line.addPositional(QStringLiteral("deputy"), tr("The deputy's ID."), QStringLiteral("DEPUTY"));
    line.addFormatOption();
    line.requirePositionals(1, tr("deputy versions takes one deputy ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto id = deputyArgument(line);
    if (!id)
        return BadInput;
    const auto versions = usecase::deputyVersions(db->connection(), *id);
    if (!versions)
        return report(versions.failure());
    Listing listing{
        {"version", "at", "operator", "summary", "name", "phone", "work_unit", "address"},
        {tr("Version"), tr("From"), tr("Operator"), tr("Change"), tr("Name"), tr("Phone"),
         tr("Work unit"), tr("Address")}};
    for (const usecase::DeputyVersion& v : *versions)
        listing.rows << QVariantList{
            v.number,      v.at,           v.operatorName,    v.summary,
            v.deputy.name, v.deputy.phone, v.deputy.workUnit, v.deputy.address};
    printListing(listing, line.format());
    return Success;
}

int restoreDeputyVersion(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("deputy restore"),
                     tr("Put a deputy's particulars back to an earlier version (see 'deputy "
                        "versions'); the change is logged like any other."));
    line.addPositional(QStringLiteral("deputy"), tr("The deputy's ID."), QStringLiteral("DEPUTY"));
    line.addOption(QStringLiteral("version"), tr("The version to put back."), QStringLiteral("N"));
    line.requirePositionals(1, tr("deputy restore takes one deputy ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto id = deputyArgument(line);
    bool numeric = false;
    const int version = line.value(QStringLiteral("version")).toInt(&numeric);
    if (!id)
        return BadInput;
    if (!numeric)
        return usageError(tr("--version must be a version number (see 'deputy versions')"));
    return report(usecase::restoreDeputyVersion(db->connection(), *id, version),
                  tr("Deputy %1 is back at version %2").arg(*id).arg(version));
}

} // namespace dd::cli

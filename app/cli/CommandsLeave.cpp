// leave …: deputies' leave periods (请假), recorded, corrected and removed with a reason.
#include "Cli.h"

#include "activities/LeaveStore.h"
#include "usecases/ActivityActions.h"

namespace dd::cli {

using namespace activities;

namespace {

int addLeave(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("leave add"), tr("Record a deputy's leave period."));
    line.addOptions({
        {"deputy", tr("The deputy's ID."), "ID"},
        {"from", tr("First day."), "DATE"},
        {"to", tr("Last day."), "DATE"},
        {"reason", tr("Reason."), "TEXT"},
    });
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto from = dateOption(line, QStringLiteral("from"), true);
    const auto to = dateOption(line, QStringLiteral("to"), true);
    if (!from || !to)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    Leave leave;
    leave.deputyId = line.value(QStringLiteral("deputy")).toLongLong();
    leave.from = *from;
    leave.to = *to;
    leave.reason = line.value(QStringLiteral("reason"));
    const Outcome outcome = usecase::recordLeave(db->connection(), leave);
    return report(outcome, tr("Recorded leave %1 for deputy %2").arg(leave.id).arg(leave.deputyId));
}

int editLeave(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("leave edit"),
                     tr("Correct a leave recorded wrongly (see 'leave list' for its ID); the old "
                        "period stays in the operator log."));
    line.addPositional(QStringLiteral("id"), tr("The leave's ID."), QStringLiteral("ID"));
    line.addOptions({
        {"from", tr("First day."), "DATE"},
        {"to", tr("Last day."), "DATE"},
        {"reason", tr("The reason for the leave."), "TEXT"},
        {"why", tr("Why it is corrected (required; kept in the operator log)."), "TEXT"},
    });
    line.requirePositionals(1, tr("Give one leave ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto id = idArgument(line.positional().first(), tr("The leave ID"));
    const auto from = dateOption(line, QStringLiteral("from"), false);
    const auto to = dateOption(line, QStringLiteral("to"), false);
    if (!id || !from || !to)
        return BadInput;
    const auto stored = LeaveStore(db->connection()).find(*id);
    if (!stored.found())
        return report(stored.missing(tr("No leave %1").arg(*id)));
    Leave leave = *stored;
    if (from->isValid())
        leave.from = *from;
    if (to->isValid())
        leave.to = *to;
    if (line.isSet(QStringLiteral("reason")))
        leave.reason = line.value(QStringLiteral("reason"));
    return report(usecase::correctLeave(db->connection(), leave, line.value(QStringLiteral("why"))),
                  tr("Corrected leave %1: %2 to %3")
                      .arg(*id)
                      .arg(leave.from.toString(Qt::ISODate), leave.to.toString(Qt::ISODate)));
}

int removeLeave(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("leave remove"),
                     tr("Remove a leave recorded by mistake (see 'leave list' for its ID)."));
    line.addPositional(QStringLiteral("id"), tr("The leave's ID."), QStringLiteral("ID"));
    line.addOption(QStringLiteral("reason"),
                   tr("Why it is removed (required; kept in the operator log with the leave)."),
                   QStringLiteral("TEXT"));
    line.requirePositionals(1, tr("Give one leave ID"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto id = idArgument(line.positional().first(), tr("The leave ID"));
    if (!id)
        return BadInput;
    return report(usecase::removeLeave(db->connection(), *id, line.value(QStringLiteral("reason"))),
                  tr("Removed leave %1").arg(*id));
}

int listLeaves(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("leave list"), tr("Deputies' leave periods."));
    line.addOption(QStringLiteral("deputy"), tr("Only this deputy (ID)."), QStringLiteral("ID"));
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    Listing listing{{"id", "deputy_id", "name", "from", "to", "reason"},
                    {tr("ID"), tr("Deputy"), tr("Name"), tr("From"), tr("To"), tr("Reason")}};
    const auto leaves =
        LeaveStore(db->connection()).list(line.value(QStringLiteral("deputy")).toLongLong());
    if (!leaves)
        return report(leaves.failure());
    for (const Leave& leave : *leaves)
        listing.rows << QVariantList{leave.id,
                                     leave.deputyId,
                                     leave.deputyName,
                                     leave.from.toString(Qt::ISODate),
                                     leave.to.toString(Qt::ISODate),
                                     leave.reason};
    printListing(listing, format);
    return Success;
}

} // namespace

int runLeave(Context& context, const QStringList& args)
{
    return dispatch(
        context, args, "leave",
        {{"add", addLeave}, {"list", listLeaves}, {"edit", editLeave}, {"remove", removeLeave}});
}

} // namespace dd::cli

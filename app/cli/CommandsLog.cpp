#include "Cli.h"

#include "storage/OperatorLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

namespace {
// --record [KIND:]ID: one record's entries (any kind without KIND).
bool readRecordOption(const CommandLine& line, storage::LogFilter& filter)
{
    if (!line.isSet(QStringLiteral("record")))
        return true;
    const QString text = line.value(QStringLiteral("record"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto id = idArgument(text.mid(colon + 1), QStringLiteral("--record"));
    if (!id)
        return false;
    filter.recordKind = colon < 0 ? QString() : text.left(colon);
    filter.recordId = *id;
    return true;
}

QString changesText(const QList<storage::FieldChange>& changes)
{
    QStringList parts;
    for (const storage::FieldChange& change : changes)
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(fieldLabel(change.field), change.before, change.after);
    return parts.join(QStringLiteral("; "));
}

QJsonArray changesJson(const QList<storage::FieldChange>& changes)
{
    QJsonArray array;
    for (const storage::FieldChange& change : changes)
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                 {QStringLiteral("before"), change.before},
                                 {QStringLiteral("after"), change.after}});
    return array;
}
} // namespace

int runLog(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("log"),
                     tr("The operator log (操作日志): every write through the program, oldest "
                        "first, with who made it, what it changed and why. Nothing can change "
                        "or remove an entry; 'check' finds an entry changed or removed by "
                        "another program."));
    line.addOptions({
        {"since", tr("Only entries from this day on."), "DATE"},
        {"until", tr("Only entries up to this day."), "DATE"},
        {"operator", tr("Only this operator's entries."), "NAME"},
        {"action", tr("Only this kind of action, e.g. deputy.edit, or deputy for all of them."),
         "ACTION"},
        {"record", tr("Only one record's entries: ID, or KIND:ID such as deputy:12."), "[KIND:]ID"},
    });
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    storage::LogFilter filter;
    filter.since = line.date(QStringLiteral("since"));
    filter.until = line.date(QStringLiteral("until"));
    filter.operatorName = line.value(QStringLiteral("operator"));
    filter.action = line.value(QStringLiteral("action"));
    if (!readRecordOption(line, filter))
        return BadInput;
    const auto entries = storage::OperatorLog(db->connection()).list(filter);
    if (!entries)
        return report(entries.failure());
    const Format format = line.format();
    if (format == Format::Json) {
        QJsonArray array;
        for (const storage::LogEntry& e : *entries)
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at},
                                     {QStringLiteral("operator"), e.operatorName},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("summary"), e.summary},
                                     {QStringLiteral("record_kind"), e.recordKind},
                                     {QStringLiteral("record_id"),
                                      e.recordId > 0 ? QJsonValue(e.recordId) : QJsonValue()},
                                     {QStringLiteral("changes"), changesJson(e.changes)},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("hash"), e.hash}});
        printBytes(QJsonDocument(array).toJson());
        return Success;
    }
    Listing listing{{"id", "at", "operator", "action", "summary", "record", "changes", "reason"},
                    {tr("No."), tr("When"), tr("Operator"), tr("Action"), tr("What was done"),
                     tr("Record"), tr("Changes"), tr("Reason")}};
    for (const storage::LogEntry& e : *entries)
        listing.rows << QVariantList{
            e.id,
            e.at,
            e.operatorName,
            e.action,
            e.summary,
            e.recordId > 0 ? QStringLiteral("%1:%2").arg(e.recordKind).arg(e.recordId) : QString(),
            changesText(e.changes),
            e.reason};
    printListing(listing, format);
    return Success;
}

} // namespace dd::cli

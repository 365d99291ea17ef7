// concern … and suggestion …: recording items and every step of the loop.
#include "LoopOutput.h"

#include "common/Clock.h"
#include "common/Period.h"
#include "loop/AgencyStore.h"
#include "loop/DuplicateFinder.h"
#include "registry/TownshipStore.h"
#include "usecases/LoopActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd::cli {

using namespace loop;

namespace {

QString noun(ItemKind kind)
{
    return kind == ItemKind::Suggestion ? QStringLiteral("suggestion") : QStringLiteral("concern");
}

// "3,5" → {3, 5}; nullopt with a message for anything else.
std::optional<QList<qint64>> idList(const QString& text, const QString& option)
{
    QList<qint64> ids;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("--%1: %2 is not a record ID").arg(option, part));
            return std::nullopt;
        }
        ids << id;
    }
    return ids;
}

// Agencies by ID or exact name, e.g. "县水务局,12".
std::optional<QList<qint64>> agencyList(QSqlDatabase db, const QString& text, const QString& option)
{
    QList<qint64> ids;
    AgencyStore agencies(db);
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,，、]+")), Qt::SkipEmptyParts)) {
        bool numeric = false;
        const qint64 id = part.trimmed().toLongLong(&numeric);
        const auto agency = numeric ? agencies.find(id) : agencies.findByName(part);
        if (!agency.found()) {
            printError(
                agency.failed()
                    ? agency.error()
                    : tr("--%1: no agency %2 (see 'agency list')").arg(option, part.trimmed()));
            return std::nullopt;
        }
        ids << agency->id;
    }
    return ids;
}

int addItem(Context& context, ItemKind kind, const QStringList& args)
{
    const bool concern = kind == ItemKind::Concern;
    CommandLine line(noun(kind) + QStringLiteral(" add"),
                     concern ? tr("Record a citizen's concern (点单).")
                             : tr("Record a deputy's suggestion."));
    line.addOption(QStringLiteral("date"), tr("Date raised (default today)."),
                   QStringLiteral("DATE"));
    line.addOptions({
        {"title", tr("Title (a concern's defaults to its beginning)."), "TEXT"},
        {"content", tr("What is raised."), "TEXT"},
        {"category", tr("Category, e.g. 城建环资."), "NAME"},
        {"township", tr("Township (name or ID)."), "TOWNSHIP"},
        {"station", tr("Station ID."), "ID"},
        {"actor", tr("Who records it."), "NAME"},
    });
    if (concern) {
        line.addOptions({
            {"deputy", tr("Receiving deputies' IDs, e.g. 3,5."), "IDS"},
            {"channel", tr("reception, visit, phone, letter, online or other (or 接待, 电话 …)."),
             "CHANNEL"},
            {"citizen", tr("The citizen's name."), "NAME"},
            {"phone", tr("The citizen's phone."), "PHONE"},
            {"place", tr("Village or community."), "TEXT"},
        });
    } else {
        line.addOptions({
            {"lead", tr("The lead deputy's ID."), "ID"},
            {"cosigners", tr("Co-signers' IDs, e.g. 3,5."), "IDS"},
            {"session",
             tr("Session ID, for a suggestion raised at a "
                "congress session."),
             "ID"},
        });
    }
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    Item item;
    item.raisedDate = line.date(QStringLiteral("date"), Clock::today());
    item.title = line.value(QStringLiteral("title"));
    item.content = line.value(QStringLiteral("content"));
    item.category = line.value(QStringLiteral("category"));
    const auto station = stationOption(db->connection(), line.value(QStringLiteral("station")));
    if (!station)
        return BadInput;
    item.stationId = *station;
    const auto township = townshipOption(db->connection(), line);
    if (!township)
        return BadInput;
    item.townshipId = *township;
    Outcome outcome;
    if (concern) {
        const auto deputies =
            idList(line.value(QStringLiteral("deputy")), QStringLiteral("deputy"));
        if (!deputies)
            return BadInput;
        item.deputyIds = *deputies;
        if (line.isSet(QStringLiteral("channel"))) {
            const auto channel = parseChannel(line.value(QStringLiteral("channel")));
            if (!channel)
                return usageError(tr("--channel must be reception, visit, phone, letter, online "
                                     "or other"));
            item.channel = *channel;
        }
        item.citizenName = line.value(QStringLiteral("citizen"));
        item.citizenPhone = line.value(QStringLiteral("phone"));
        item.place = line.value(QStringLiteral("place"));
        outcome = usecase::recordItem(db->connection(), ItemKind::Concern, item,
                                      line.value(QStringLiteral("actor")));
    } else {
        const auto lead = idList(line.value(QStringLiteral("lead")), QStringLiteral("lead"));
        const auto cosigners =
            idList(line.value(QStringLiteral("cosigners")), QStringLiteral("cosigners"));
        if (!lead || !cosigners)
            return BadInput;
        item.deputyIds = lead->mid(0, 1);
        item.cosignerIds = *cosigners;
        item.sessionId = line.value(QStringLiteral("session")).toLongLong();
        outcome = usecase::recordItem(db->connection(), ItemKind::Suggestion, item,
                                      line.value(QStringLiteral("actor")));
    }
    if (!outcome.ok() || !concern)
        return report(outcome, tr("Recorded %1 (ID %2)").arg(item.serial).arg(item.id));
    // The duplicate hint: open concerns of the same township that read alike.
    QString message = tr("Recorded %1 (ID %2)").arg(item.serial).arg(item.id);
    for (const DuplicateCandidate& candidate :
         likelyDuplicates(db->connection(), item.content, item.townshipId, item.id))
        message += QLatin1Char('\n') + tr("Looks like the open concern %1 (%2% alike): %3")
                                           .arg(candidate.serial)
                                           .arg(qRound(candidate.similarity * 100))
                                           .arg(candidate.content.left(40));
    return report(outcome, message);
}

// The options every step takes, and the ones of each step.
void addStepOptions(CommandLine& line, StepKind kind)
{
    line.addPositional(QStringLiteral("item"),
                       tr("The item's ID or number (2026-意-0153); several take the step together "
                          "or not at all."),
                       QStringLiteral("ITEM…"));
    line.addOptions({
        {"date", tr("Date of the step (default today)."), "DATE"},
        {"actor", tr("Who did it."), "NAME"},
        {"imported", tr("Mark the step as taken from earlier records.")},
    });
    const auto text = [&](const QString& description) {
        line.addOption(QStringLiteral("text"), description, QStringLiteral("TEXT"));
    };
    switch (kind) {
    case StepKind::Order:
        line.addOptions({
            {"as", tr("on-spot, passed-on, new-suggestion, merge, refer or decline."), "DECISION"},
            {"suggestion", tr("With merge: the suggestion's ID or number."), "ITEM"},
        });
        text(tr("The answer (on-spot), the new suggestion's title, or the reason (decline)."));
        break;
    case StepKind::Dispatch:
        line.addOptions({
            {"agency", tr("Lead agency (ID or name)."), "AGENCY"},
            {"co", tr("Co-handling agencies (IDs or names, comma-separated)."), "AGENCIES"},
            {"due", tr("Due date (default: the time limit)."), "DATE"},
            {"key", tr("Under key supervision.")},
            {"leader", tr("The leader supervising it."), "NAME"},
        });
        text(tr("Notes."));
        break;
    case StepKind::Extend:
        line.addOption(QStringLiteral("due"), tr("The approved new due date."),
                       QStringLiteral("DATE"));
        text(tr("The agency's reason for more time."));
        break;
    case StepKind::Reply:
        line.addOptions({
            {"class", tr("Result class A, B, C or D."), "CLASS"},
            {"face-to-face", tr("The agency met the deputy.")},
        });
        text(tr("The reply (co-agencies' views included)."));
        break;
    case StepKind::Evaluate:
        line.addOption(QStringLiteral("result"),
                       tr("satisfied, basically or unsatisfied; several citizens' votes "
                          "comma-separated (majority rule)."),
                       QStringLiteral("RESULT"));
        text(tr("Remarks."));
        break;
    case StepKind::Return:
        text(tr("The agency's reason."));
        break;
    default:
        text(tr("Notes (method and what was found)."));
    }
}

// The particulars of the step's kind from its options (said and false when one is wrong).
bool readStepParticulars(const CommandLine& line, QSqlDatabase db, const LoopStore& store,
                         StepRequest& request)
{
    switch (request.kind) {
    case StepKind::Order: {
        const QString as = line.value(QStringLiteral("as"));
        const std::pair<const char*, OrderKind> decisions[] = {
            {"on-spot", OrderKind::OnSpot},
            {"passed-on", OrderKind::PassedOn},
            {"new-suggestion", OrderKind::NewSuggestion},
            {"merge", OrderKind::Merged},
            {"refer", OrderKind::Referred},
            {"decline", OrderKind::Declined}};
        bool known = false;
        for (const auto& [name, decision] : decisions)
            if (as == QLatin1String(name)) {
                request.orderKind = decision;
                known = true;
            }
        if (!known)
            return refuse(tr("--as must be on-spot, passed-on, new-suggestion, merge, refer "
                             "or decline"));
        if (request.orderKind == OrderKind::Merged) {
            const auto target =
                findItem(store, line.value(QStringLiteral("suggestion")), ItemKind::Suggestion);
            if (!target)
                return false;
            request.suggestionId = target->id;
        }
        break;
    }
    case StepKind::Dispatch: {
        const auto lead =
            agencyList(db, line.value(QStringLiteral("agency")), QStringLiteral("agency"));
        const auto co = agencyList(db, line.value(QStringLiteral("co")), QStringLiteral("co"));
        if (!lead || !co)
            return false;
        if (lead->size() != 1)
            return refuse(tr("--agency: give exactly one lead agency"));
        request.leadAgencyId = lead->first();
        request.coAgencyIds = *co;
        request.keySupervision = line.isSet(QStringLiteral("key"));
        request.leader = line.value(QStringLiteral("leader"));
        break;
    }
    case StepKind::Reply:
        request.resultClass = line.value(QStringLiteral("class")).trimmed().toUpper();
        request.faceToFace = line.isSet(QStringLiteral("face-to-face"));
        break;
    case StepKind::Evaluate:
        for (const QString& vote :
             line.value(QStringLiteral("result"))
                 .split(QRegularExpression(QStringLiteral("[,，、]+")), Qt::SkipEmptyParts)) {
            const auto evaluation = parseEvaluation(vote.trimmed());
            if (!evaluation)
                return refuse(
                    tr("--result: %1 is not satisfied, basically or unsatisfied").arg(vote));
            request.votes << *evaluation;
        }
        break;
    default:
        break;
    }
    return true;
}

// What became of each item, with the calendar's warnings about its new due date.
QString stepResults(const LoopStore& store, const QList<qint64>& ids, const StepRequest& request)
{
    QStringList lines;
    for (qint64 id : ids) {
        const auto found = store.find(id);
        if (!found.found()) {
            lines << tr("%1: the step is recorded; the item could not be read back").arg(id);
            continue;
        }
        const Item& after = *found;
        QString message = tr("%1: %2").arg(after.serial, stateName(after.state));
        if (after.dueDate.isValid())
            message += tr(", due %1").arg(after.dueDate.toString(Qt::ISODate));
        if (after.round > 1)
            message += tr(" (round %1)").arg(after.round);
        if (after.suggestionId > 0 && request.kind == StepKind::Order)
            if (const auto suggestion = store.find(after.suggestionId); suggestion.found())
                message += tr("; suggestion %1").arg(suggestion->serial);
        for (const QString& warning :
             store.deadlines().calendar().warningsFor(request.date, after.dueDate))
            message += QLatin1Char('\n') + warning;
        lines << message;
    }
    return lines.join(QLatin1Char('\n'));
}

int takeStep(Context& context, ItemKind kind, StepKind stepKind, const QStringList& args)
{
    CommandLine line(noun(kind) + QLatin1Char(' ') + code(stepKind),
                     tr("Take the step “%1”.").arg(stepName(stepKind)));
    addStepOptions(line, stepKind);
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    if (line.positional().isEmpty())
        return usageError(tr("Give one or more item IDs or numbers"));
    const auto date = dateOption(line, QStringLiteral("date"), false);
    std::optional<QDate> due = QDate();
    if (stepKind == StepKind::Dispatch || stepKind == StepKind::Extend)
        due = dateOption(line, QStringLiteral("due"), stepKind == StepKind::Extend);
    if (!date || !due)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    LoopStore store(db->connection());
    QList<qint64> ids;
    for (const QString& given : line.positional()) {
        const auto item = findItem(store, given, kind);
        if (!item)
            return BadInput;
        ids << item->id;
    }
    StepRequest request;
    request.kind = stepKind;
    request.date = date->isValid() ? *date : Clock::today();
    request.actor = line.value(QStringLiteral("actor"));
    request.imported = line.isSet(QStringLiteral("imported"));
    request.text = line.value(QStringLiteral("text"));
    request.dueDate = *due;
    if (!readStepParticulars(line, db->connection(), store, request))
        return BadInput;
    // Several items take the step together or not at all (a batch dispatched to one agency).
    const Outcome outcome = usecase::takeStep(db->connection(), ids, request);
    if (!outcome.ok())
        return report(outcome);
    return report(outcome, stepResults(store, ids, request));
}

int listItems(Context& context, ItemKind kind, const QStringList& args)
{
    CommandLine line(noun(kind) + QStringLiteral(" list"), tr("The ledger of items."));
    line.addOptions({
        {"period", tr("Only this period (2026, 2026Q3, 2026-07 …)."), "PERIOD"},
        {"state", tr("Only this state (e.g. dispatched)."), "STATE"},
        {"open", tr("Only items still waiting on someone.")},
        {"agency", tr("Only this agency (ID or name)."), "AGENCY"},
        {"deputy", tr("Only this deputy's items (ID)."), "ID"},
    });
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    ItemFilter filter;
    filter.kind = kind;
    filter.openOnly = line.isSet(QStringLiteral("open"));
    filter.deputyId = line.value(QStringLiteral("deputy")).toLongLong();
    if (line.isSet(QStringLiteral("state"))) {
        filter.state = parseState(line.value(QStringLiteral("state")));
        if (!filter.state)
            return usageError(
                tr("--state: %1 is not a state").arg(line.value(QStringLiteral("state"))));
    }
    if (line.isSet(QStringLiteral("agency"))) {
        const auto agencies = agencyList(db->connection(), line.value(QStringLiteral("agency")),
                                         QStringLiteral("agency"));
        if (!agencies || agencies->isEmpty())
            return BadInput;
        filter.agencyId = agencies->first();
    }
    if (line.isSet(QStringLiteral("period"))) {
        const auto period = Period::parse(line.value(QStringLiteral("period")));
        if (!period)
            return usageError(period.error());
        filter.from = period->start;
        filter.to = period->end;
    }
    LoopStore store(db->connection());
    const auto items = store.list(filter);
    if (!items)
        return report(items.failure());
    printListing(itemListing(*items, format, store.deadlines(), Clock::today()), format);
    return Success;
}

// A step's evaluation: the level's name on screen, its code in JSON; votes ("3/1/1") as they are.
// "2026-12-04 10:42 王文书: reason" for a withdrawn step, empty for one that counts.
QString withdrawalText(const Step& step)
{
    if (!step.withdrawn())
        return {};
    const QString at = step.withdrawnAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    return step.withdrawnBy.isEmpty()
               ? tr("%1: %2").arg(at, step.withdrawnReason)
               : tr("%1 by %2: %3").arg(at, step.withdrawnBy, step.withdrawnReason);
}

QString evaluationText(const QString& stored, Format format)
{
    const auto evaluation = parseEvaluation(stored);
    return evaluation && format != Format::Json ? evaluationName(*evaluation) : stored;
}

int showItem(Context& context, ItemKind kind, const QStringList& args)
{
    CommandLine line(noun(kind) + QStringLiteral(" show"),
                     tr("One item with its particulars and the history of every step."));
    line.addPositional(QStringLiteral("item"), tr("The item's ID or number."),
                       QStringLiteral("ITEM"));
    line.addOption(QStringLiteral("format"), tr("Output format: table or json."),
                   QStringLiteral("FORMAT"));
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto format = parseFormat(line.value(QStringLiteral("format")));
    if (!format || line.positional().size() != 1)
        return usageError(tr("Give one item ID or number; --format table or json"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    LoopStore store(db->connection());
    const auto item = findItem(store, line.positional().first(), kind);
    if (!item)
        return BadInput;
    Listing history;
    history.keys = {"date",         "step",       "round", "actor",    "agency",   "due_date",
                    "result_class", "evaluation", "text",  "imported", "withdrawn"};
    history.headers = {tr("Date"),   tr("Step"),     tr("Round"),    tr("By"),
                       tr("Agency"), tr("Due"),      tr("Class"),    tr("Evaluation"),
                       tr("What"),   tr("Imported"), tr("Withdrawn")};
    const auto steps = store.steps(item->id);
    const auto allowedSteps = store.allowedSteps(*item);
    if (!steps || !allowedSteps)
        return report(!steps ? steps.failure() : allowedSteps.failure());
    for (const Step& step : *steps)
        history.rows << QVariantList{step.date.toString(Qt::ISODate),
                                     *format == Format::Json ? code(step.kind)
                                                             : stepName(step.kind),
                                     step.round,
                                     step.actor,
                                     step.agencyName,
                                     step.dueDate.toString(Qt::ISODate),
                                     step.resultClass,
                                     evaluationText(step.evaluation, *format),
                                     step.text,
                                     step.imported,
                                     withdrawalText(step)};
    const Listing one = itemListing({*item}, Format::Json, store.deadlines(), Clock::today());
    if (*format == Format::Json) {
        QJsonObject object;
        for (qsizetype i = 0; i < one.keys.size(); ++i)
            object.insert(one.keys[i], QJsonValue::fromVariant(one.rows.first().at(i)));
        object.insert(QStringLiteral("content"), item->content);
        object.insert(QStringLiteral("citizen_name"), item->citizenName);
        object.insert(QStringLiteral("citizen_phone"), item->citizenPhone);
        if (kind == ItemKind::Suggestion)
            object.insert(QStringLiteral("session_id"),
                          item->sessionId > 0 ? QJsonValue(item->sessionId) : QJsonValue());
        object.insert(QStringLiteral("allowed_steps"), [&] {
            QJsonArray steps;
            for (StepKind allowed : *allowedSteps)
                steps.append(code(allowed));
            return steps;
        }());
        const QJsonDocument historyDocument = QJsonDocument::fromJson(renderJson(history));
        object.insert(QStringLiteral("history"), historyDocument.array());
        printBytes(QJsonDocument(object).toJson());
        return Success;
    }
    const Listing shown = itemListing({*item}, Format::Csv, store.deadlines(), Clock::today());
    QString text;
    for (qsizetype i = 2; i < shown.headers.size(); ++i)
        if (const QVariant value = shown.rows.first().at(i); !value.toString().isEmpty())
            text += shown.headers[i] + QStringLiteral(": ") +
                    (value.typeId() == QMetaType::Bool ? (value.toBool() ? tr("yes") : tr("no"))
                                                       : value.toString()) +
                    QLatin1Char('\n');
    text += tr("Content: %1").arg(item->content) + QLatin1Char('\n');
    QStringList allowed;
    for (StepKind step : *allowedSteps)
        allowed << code(step);
    text += tr("Steps allowed now: %1").arg(allowed.isEmpty() ? tr("none") : allowed.join(u", "));
    print(text + QStringLiteral("\n\n") + renderTable(history));
    return Success;
}

int withdrawStep(Context& context, ItemKind kind, const QStringList& args)
{
    CommandLine line(
        noun(kind) + QStringLiteral(" withdraw"),
        tr("Withdraw (撤回) the item's last step recorded by mistake: the item returns "
           "to where it was, and the step stays in its history marked withdrawn."));
    line.addPositional(QStringLiteral("item"), tr("The item's ID or number."),
                       QStringLiteral("ITEM"));
    line.addOptions({{"reason", tr("Why the step is withdrawn (required)."), "TEXT"}});
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    if (line.positional().size() != 1)
        return usageError(tr("Give one item ID or number"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    LoopStore store(db->connection());
    const auto item = findItem(store, line.positional().first(), kind);
    if (!item)
        return BadInput;
    const auto last = store.lastStep(item->id);
    if (!last)
        return report(last.failure());
    const QString stepWord = *last ? stepName((*last)->kind) : QString();
    return report(
        usecase::withdrawStep(db->connection(), item->id, line.value(QStringLiteral("reason"))),
        tr("Withdrew the %1 of %2").arg(stepWord, item->serial));
}

int markExcellent(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("suggestion excellent"),
                     tr("Rate a suggestion excellent (the yearly 优秀建议 selection)."));
    line.addPositional(QStringLiteral("item"), tr("The suggestion's ID or number."),
                       QStringLiteral("ITEM"));
    line.addOptions({
        {"unset", tr("Withdraw the rating.")},
        {"date", tr("Date (default today)."), "DATE"},
    });
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto date = dateOption(line, QStringLiteral("date"), false);
    if (!date || line.positional().size() != 1)
        return usageError(tr("Give one suggestion ID or number"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    LoopStore store(db->connection());
    const auto item = findItem(store, line.positional().first(), ItemKind::Suggestion);
    if (!item)
        return BadInput;
    const bool excellent = !line.isSet(QStringLiteral("unset"));
    return report(usecase::markExcellent(db->connection(), item->id, excellent, *date),
                  excellent ? tr("%1 rated excellent").arg(item->serial)
                            : tr("%1 no longer rated excellent").arg(item->serial));
}

} // namespace

int runLoopItems(Context& context, ItemKind kind, const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("add"))
        return addItem(context, kind, rest);
    if (action == QLatin1String("list"))
        return listItems(context, kind, rest);
    if (action == QLatin1String("show"))
        return showItem(context, kind, rest);
    if (action == QLatin1String("withdraw"))
        return withdrawStep(context, kind, rest);
    if (action == QLatin1String("excellent") && kind == ItemKind::Suggestion)
        return markExcellent(context, rest);
    if (action == QLatin1String("order") && kind == ItemKind::Concern)
        return takeStep(context, kind, StepKind::Order, rest);
    for (StepKind step : {StepKind::Dispatch, StepKind::Return, StepKind::Extend, StepKind::Reply,
                          StepKind::Supervise, StepKind::Evaluate, StepKind::Close})
        if (action == code(step))
            return takeStep(context, kind, step, rest);
    return usageError(kind == ItemKind::Concern
                          ? tr("concern takes add, order, list, show, dispatch, return, extend, "
                               "reply, supervise, evaluate, close or withdraw")
                          : tr("suggestion takes add, list, show, dispatch, return, extend, reply, "
                               "supervise, evaluate, close, excellent or withdraw"));
}

} // namespace dd::cli

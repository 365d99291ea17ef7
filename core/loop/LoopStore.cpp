#include "loop/LoopStore.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/TextNormalize.h"
#include "loop/AgencyStore.h"
#include "loop/StepSnapshot.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace dd::loop {

namespace {

const char* const kItemSelect =
    "SELECT li.id, li.uuid, li.kind, li.serial, li.title, li.content, li.category, "
    "li.township_id, li.station_id, li.raised_date, li.state, li.order_kind, li.order_date, "
    "li.order_note, li.suggestion_id, li.round, li.lead_agency_id, li.first_dispatch_date, "
    "li.dispatch_date, li.due_date, li.extended, li.reply_due_date, li.reply_date, "
    "li.result_class, "
    "li.face_to_face, li.replied_on_time, li.evaluation, li.evaluation_date, "
    "li.key_supervision, li.leader, li.excellent, cd.channel, cd.citizen_name, "
    "cd.citizen_phone, cd.place, sd.session_id, t.name, s.name, a.name, li.excellent_date "
    "FROM loop_items li "
    "LEFT JOIN concern_details cd ON cd.item_id = li.id "
    "LEFT JOIN suggestion_details sd ON sd.item_id = li.id "
    "LEFT JOIN townships t ON t.id = li.township_id "
    "LEFT JOIN stations s ON s.id = li.station_id "
    "LEFT JOIN agencies a ON a.id = li.lead_agency_id ";

Item itemFromQuery(const QSqlQuery& q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    item.uuid = q.value(1).toString();
    item.kind = parseItemKind(q.value(2).toString()).value_or(ItemKind::Concern);
    item.serial = q.value(3).toString();
    item.title = q.value(4).toString();
    item.content = q.value(5).toString();
    item.category = q.value(6).toString();
    item.townshipId = q.value(7).toLongLong();
    item.stationId = q.value(8).toLongLong();
    item.raisedDate = storage::sql::toDate(q.value(9));
    item.state = parseState(q.value(10).toString()).value_or(State::Pointed);
    item.orderKind = parseOrderKind(q.value(11).toString());
    item.orderDate = storage::sql::toDate(q.value(12));
    item.orderNote = q.value(13).toString();
    item.suggestionId = q.value(14).toLongLong();
    item.round = q.value(15).toInt();
    item.leadAgencyId = q.value(16).toLongLong();
    item.firstDispatchDate = storage::sql::toDate(q.value(17));
    item.dispatchDate = storage::sql::toDate(q.value(18));
    item.dueDate = storage::sql::toDate(q.value(19));
    item.extended = q.value(20).toBool();
    item.replyDueDate = storage::sql::toDate(q.value(21));
    item.replyDate = storage::sql::toDate(q.value(22));
    item.resultClass = q.value(23).toString();
    item.faceToFace = q.value(24).toBool();
    if (!q.value(25).isNull())
        item.repliedOnTime = q.value(25).toBool();
    item.evaluation = parseEvaluation(q.value(26).toString());
    item.evaluationDate = storage::sql::toDate(q.value(27));
    item.keySupervision = q.value(28).toBool();
    item.leader = q.value(29).toString();
    item.excellent = q.value(30).toBool();
    item.channel = parseChannel(q.value(31).toString()).value_or(Channel::Other);
    item.citizenName = q.value(32).toString();
    item.citizenPhone = q.value(33).toString();
    item.place = q.value(34).toString();
    item.sessionId = q.value(35).toLongLong();
    item.townshipName = q.value(36).toString();
    item.stationName = q.value(37).toString();
    item.leadAgencyName = q.value(38).toString();
    item.excellentDate = storage::sql::toDate(q.value(39));
    return item;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

LoopStore::LoopStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const Deadlines& LoopStore::deadlines() const
{
    if (!m_deadlines)
        m_deadlines.emplace(LoopLimits::load(m_db), calendar::CalendarStore(m_db).load());
    return *m_deadlines;
}

FieldErrors LoopStore::validateCommon(Item& item) const
{
    item.title = normalizeText(item.title);
    item.content = item.content.trimmed();
    item.category = normalizeText(item.category);
    FieldErrors errors;
    if (!item.raisedDate.isValid())
        errors.append({QStringLiteral("date"), tr("is required")});
    else if (item.raisedDate > Clock::today())
        errors.append({QStringLiteral("date"),
                       tr("%1 is in the future").arg(item.raisedDate.toString(Qt::ISODate))});
    checkReferences(item, errors);
    if (!m_categories)
        m_categories = categories(m_db);
    if (!item.category.isEmpty() && !m_categories->contains(item.category))
        errors.append({QStringLiteral("category"),
                       tr("%1 is not one of: %2")
                           .arg(item.category, m_categories->join(QStringLiteral("、")))});
    return errors;
}

void LoopStore::checkReferences(Item& item, FieldErrors& errors) const
{
    if (item.stationId > 0) {
        QSqlQuery query(m_db);
        if (!storage::sql::run(query,
                               QStringLiteral("SELECT s.township_id, t.name FROM stations s "
                                              "LEFT JOIN townships t ON t.id = s.township_id "
                                              "WHERE s.id = ?"),
                               {item.stationId}) ||
            !query.next()) {
            errors.append(
                {QStringLiteral("station"), tr("station %1 does not exist").arg(item.stationId)});
        } else if (const qint64 township = query.value(0).toLongLong(); township > 0) {
            if (item.townshipId <= 0)
                item.townshipId = township;
            else if (item.townshipId != township)
                errors.append({QStringLiteral("township"),
                               tr("the station is in %1").arg(query.value(1).toString())});
        }
    }
    if (item.townshipId > 0 &&
        !storage::sql::exists(m_db, QStringLiteral("townships"), item.townshipId))
        errors.append(
            {QStringLiteral("township"), tr("township %1 does not exist").arg(item.townshipId)});
    if (item.sessionId > 0 &&
        !storage::sql::exists(m_db, QStringLiteral("sessions"), item.sessionId))
        errors.append(
            {QStringLiteral("session"), tr("session %1 does not exist").arg(item.sessionId)});
}

Outcome LoopStore::addConcern(Item& item, const QString& actor, const QList<StepRequest>& history)
{
    item.kind = ItemKind::Concern;
    item.citizenName = normalizePersonName(item.citizenName);
    item.citizenPhone = normalizePhone(item.citizenPhone);
    item.place = normalizeText(item.place);
    FieldErrors errors = validateCommon(item);
    if (item.content.isEmpty())
        errors.append({QStringLiteral("content"), tr("is required")});
    registry::checkPhone(errors, QStringLiteral("phone"), item.citizenPhone);
    if (item.deputyIds.isEmpty())
        errors.append({QStringLiteral("deputy"), tr("at least one receiving deputy is required")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    if (item.title.isEmpty())
        item.title = item.content.left(30).simplified();
    item.state = State::Pointed;
    item.dueDate = deadlines().orderDue(item.raisedDate);
    return insertItem(item, actor, history);
}

Outcome LoopStore::addSuggestion(Item& item, const QString& actor,
                                 const QList<StepRequest>& history)
{
    item.kind = ItemKind::Suggestion;
    FieldErrors errors = validateCommon(item);
    if (item.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("is required")});
    if (item.deputyIds.isEmpty())
        errors.append({QStringLiteral("deputy"), tr("the lead deputy is required")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    item.state = State::AwaitingDispatch;
    const auto sessionClose = sessionCloseOf(item);
    if (!sessionClose)
        return sessionClose.failure();
    item.dueDate = deadlines().dispatchDue(std::max(item.raisedDate, *sessionClose));
    return insertItem(item, actor, history);
}

Outcome LoopStore::insertItem(Item& item, const QString& actor, const QList<StepRequest>& history)
{
    Item recorded = item;
    const auto steps = replayHistory(recorded, history);
    if (!steps)
        return steps.failure();
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    int year = 0;
    int seq = 0;
    if (const Outcome numbered = assignSerial(item, &year, &seq); !numbered.ok())
        return numbered;
    item.uuid = storage::sql::newUuid();
    const QString now = storage::sql::nowText();
    QSqlQuery& insert = storage::sql::statement(
        m_db, QStringLiteral(
                  "INSERT INTO loop_items(uuid, kind, year, seq, serial, title, content, "
                  "category, township_id, station_id, raised_date, state, due_date, "
                  "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!storage::sql::exec(insert,
                            {item.uuid, code(item.kind), year, seq, item.serial, item.title,
                             item.content, item.category, idOrNull(item.townshipId),
                             idOrNull(item.stationId), storage::sql::dateValue(item.raisedDate),
                             code(item.state), storage::sql::dateValue(item.dueDate), now, now}))
        return storage::sql::storageFailure(insert);
    item.id = insert.lastInsertId().toLongLong();
    Outcome stepped = insertDetails(item);
    if (stepped.ok())
        stepped = insertDeputies(item);
    Step point;
    point.itemId = item.id;
    point.kind = StepKind::Point;
    point.date = item.raisedDate;
    point.actor = actor;
    point.dueDate = item.dueDate;
    if (stepped.ok())
        stepped = insertStep(point);
    if (stepped.ok() && !history.isEmpty()) {
        recorded.id = item.id;
        recorded.serial = item.serial;
        recorded.uuid = item.uuid;
        item = recorded;
        stepped = saveItem(item);
        for (Step step : *steps) {
            step.itemId = item.id;
            if (stepped.ok())
                stepped = insertStep(step);
        }
    }
    if (!stepped.ok())
        return stepped;
    return transaction->commitWith(Outcome::success(item.id));
}

Result<QList<Step>> LoopStore::replayHistory(Item& recorded,
                                             const QList<StepRequest>& history) const
{
    QList<Step> steps;
    const LoopMachine machine(deadlines(), Clock::today());
    const auto sessionClose = sessionCloseOf(recorded);
    if (!sessionClose)
        return sessionClose.failure();
    for (const StepRequest& request : history) {
        if (request.kind == StepKind::Order && request.orderKind == OrderKind::NewSuggestion)
            return Outcome::failure(Outcome::Kind::NotAllowed,
                                    tr("A recorded history merges into an existing suggestion"));
        const auto suggestionState = suggestionStateOf(recorded);
        if (!suggestionState)
            return suggestionState.failure();
        Step step;
        const QString before = handlingSnapshot(recorded);
        const Outcome outcome =
            machine.apply(recorded, request, &step, *suggestionState, *sessionClose);
        if (!outcome.ok())
            return outcome;
        step.itemBefore = before;
        steps << step;
    }
    return steps;
}

// 2026-意-0153 for concerns, 2026-建-015 for suggestions: the printed yearly serials. An imported
// ledger keeps its own numbers; otherwise the next of the year.
Outcome LoopStore::assignSerial(Item& item, int* year, int* seq)
{
    const auto preset = parseSerial(item.serial, item.kind);
    *year = preset ? preset->first : item.raisedDate.year();
    *seq = preset ? preset->second : 0;
    if (!preset) {
        QSqlQuery query(m_db);
        if (!storage::sql::run(query,
                               QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM loop_items "
                                              "WHERE kind = ? AND year = ?"),
                               {code(item.kind), *year}) ||
            !query.next())
            return storage::sql::storageFailure(query);
        *seq = query.value(0).toInt();
    }
    item.serial = formatSerial(item.kind, *year, *seq);
    return Outcome::success();
}

Outcome LoopStore::insertDetails(const Item& item)
{
    const bool concern = item.kind == ItemKind::Concern;
    QSqlQuery& details =
        concern
            ? storage::sql::statement(m_db, QStringLiteral("INSERT INTO concern_details(item_id, "
                                                           "channel, citizen_name, citizen_phone, "
                                                           "place) VALUES(?, ?, ?, ?, ?)"))
            : storage::sql::statement(m_db,
                                      QStringLiteral("INSERT INTO suggestion_details(item_id, "
                                                     "session_id) VALUES(?, ?)"));
    const bool written =
        concern ? storage::sql::exec(details, {item.id, code(item.channel), item.citizenName,
                                               item.citizenPhone, item.place})
                : storage::sql::exec(details, {item.id, idOrNull(item.sessionId)});
    return written ? Outcome::success() : storage::sql::storageFailure(details);
}

// A concern's receiving deputies; a suggestion's lead (the first) and co-signers.
Outcome LoopStore::insertDeputies(const Item& item)
{
    const bool concern = item.kind == ItemKind::Concern;
    QSqlQuery& deputies = storage::sql::statement(
        m_db, QStringLiteral("INSERT OR IGNORE INTO item_deputies(item_id, deputy_id, role) "
                             "VALUES(?, ?, ?)"));
    const auto addDeputy = [&](qint64 deputyId, const char* role) {
        return storage::sql::exec(deputies, {item.id, deputyId, QString::fromLatin1(role)});
    };
    for (qsizetype i = 0; i < item.deputyIds.size(); ++i)
        if (!addDeputy(item.deputyIds[i], concern ? "receiver" : (i == 0 ? "lead" : "cosigner")))
            return Outcome::invalid({{QStringLiteral("deputy"),
                                      tr("deputy %1 does not exist").arg(item.deputyIds[i])}});
    for (qint64 deputyId : std::as_const(item.cosignerIds))
        if (!addDeputy(deputyId, "cosigner"))
            return Outcome::invalid(
                {{QStringLiteral("cosigner"), tr("deputy %1 does not exist").arg(deputyId)}});
    return Outcome::success();
}

Outcome LoopStore::insertStep(const Step& step)
{
    QSqlQuery& query = storage::sql::statement(
        m_db, QStringLiteral("INSERT INTO loop_steps(uuid, item_id, round, kind, step_date, actor, "
                             "agency_id, due_date, result_class, face_to_face, evaluation, text, "
                             "imported, recorded_at, item_before) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!storage::sql::exec(query,
                            {storage::sql::newUuid(), step.itemId, step.round, code(step.kind),
                             storage::sql::dateValue(step.date), step.actor,
                             idOrNull(step.agencyId), storage::sql::dateValue(step.dueDate),
                             storage::sql::textOrNull(step.resultClass),
                             step.faceToFace ? QVariant(*step.faceToFace) : QVariant(),
                             storage::sql::textOrNull(step.evaluation), step.text, step.imported,
                             storage::sql::nowText(), storage::sql::textOrNull(step.itemBefore)}))
        return storage::sql::storageFailure(query);
    return Outcome::success(query.lastInsertId().toLongLong());
}

Outcome LoopStore::saveItem(const Item& item)
{
    QSqlQuery& update = storage::sql::statement(
        m_db,
        QStringLiteral(
            "UPDATE loop_items SET state = ?, order_kind = ?, order_date = ?, order_note = ?, "
            "suggestion_id = ?, round = ?, lead_agency_id = ?, first_dispatch_date = ?, "
            "dispatch_date = ?, due_date = ?, reply_due_date = ?, extended = ?, "
            "reply_date = ?, result_class = ?, face_to_face = ?, replied_on_time = ?, "
            "evaluation = ?, evaluation_date = ?, "
            "key_supervision = ?, leader = ?, excellent = ?, excellent_date = ?, updated_at = ? "
            "WHERE id = ?"));
    if (!storage::sql::exec(
            update, {code(item.state),
                     item.orderKind ? QVariant(code(*item.orderKind)) : QVariant(),
                     storage::sql::dateValue(item.orderDate),
                     item.orderNote,
                     idOrNull(item.suggestionId),
                     item.round,
                     idOrNull(item.leadAgencyId),
                     storage::sql::dateValue(item.firstDispatchDate),
                     storage::sql::dateValue(item.dispatchDate),
                     storage::sql::dateValue(item.dueDate),
                     storage::sql::dateValue(item.replyDueDate),
                     item.extended,
                     storage::sql::dateValue(item.replyDate),
                     storage::sql::textOrNull(item.resultClass),
                     item.faceToFace,
                     item.repliedOnTime ? QVariant(*item.repliedOnTime) : QVariant(),
                     item.evaluation ? QVariant(code(*item.evaluation)) : QVariant(),
                     storage::sql::dateValue(item.evaluationDate),
                     item.keySupervision,
                     item.leader,
                     item.excellent,
                     item.excellent ? storage::sql::dateValue(item.excellentDate) : QVariant(),
                     storage::sql::nowText(),
                     item.id}))
        return storage::sql::storageFailure(update);
    QSqlQuery& clear = storage::sql::statement(
        m_db, QStringLiteral("DELETE FROM item_agencies WHERE item_id = ?"));
    if (!storage::sql::exec(clear, {item.id}))
        return storage::sql::storageFailure(clear);
    QSqlQuery& agency = storage::sql::statement(
        m_db,
        QStringLiteral("INSERT INTO item_agencies(item_id, agency_id, role) VALUES(?, ?, ?)"));
    if (item.leadAgencyId > 0 &&
        !storage::sql::exec(agency, {item.id, item.leadAgencyId, QStringLiteral("lead")}))
        return storage::sql::storageFailure(agency);
    for (qint64 agencyId : item.coAgencyIds)
        if (!storage::sql::exec(agency, {item.id, agencyId, QStringLiteral("co")}))
            return storage::sql::storageFailure(agency);
    return Outcome::success(item.id);
}

Result<std::optional<State>> LoopStore::suggestionStateOf(const Item& item) const
{
    if (item.suggestionId <= 0)
        return std::optional<State>();
    QSqlQuery query(m_db);
    const auto state = storage::sql::lookupRow(
        query, QStringLiteral("SELECT state FROM loop_items WHERE id = ?"), {item.suggestionId},
        [](const QSqlQuery& row) { return parseState(row.value(0).toString()).value_or(State()); });
    if (state.failed())
        return state.failure();
    return state.value();
}

Result<QDate> LoopStore::sessionCloseOf(const Item& item) const
{
    if (item.sessionId <= 0)
        return QDate();
    QSqlQuery query(m_db);
    const auto close = storage::sql::lookupRow(
        query, QStringLiteral("SELECT closing_date FROM sessions WHERE id = ?"), {item.sessionId},
        [](const QSqlQuery& row) { return storage::sql::toDate(row.value(0)); });
    if (close.failed())
        return close.failure();
    return close.value().value_or(QDate());
}

Result<QList<StepKind>> LoopStore::allowedSteps(const Item& item) const
{
    const auto suggestionState = suggestionStateOf(item);
    if (!suggestionState)
        return suggestionState.failure();
    return LoopMachine(deadlines(), Clock::today()).allowedSteps(item, *suggestionState);
}

Outcome LoopStore::applyStepToAll(const QList<qint64>& itemIds, const StepRequest& request)
{
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    for (qint64 id : itemIds) {
        Outcome outcome = applyStep(id, request);
        if (!outcome.ok()) {
            const auto item = find(id);
            outcome.message =
                tr("%1: %2").arg(item.found() ? item->serial : QString::number(id), outcome.text());
            outcome.errors.clear();
            return outcome;
        }
    }
    return transaction->commitWith(Outcome::success());
}

Outcome LoopStore::applyStep(qint64 itemId, const StepRequest& original)
{
    const Lookup<Item> found = find(itemId);
    if (!found.found())
        return found.missing(tr("Item %1 does not exist").arg(itemId));
    StepRequest request = original;
    request.text = request.text.trimmed();
    request.actor = normalizeText(request.actor);
    Item item = *found;
    AgencyStore agencies(m_db);
    if (request.kind == StepKind::Dispatch) {
        for (qint64 id : request.coAgencyIds + QList<qint64>{request.leadAgencyId}) {
            if (id <= 0)
                continue;
            if (const Lookup<Agency> agency = agencies.find(id); agency.failed())
                return agency.failure();
            else if (!agency.found())
                return Outcome::invalid(
                    {{QStringLiteral("agency"), tr("agency %1 does not exist").arg(id)}});
        }
    }
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (request.kind == StepKind::Order && request.orderKind == OrderKind::Merged) {
        const Lookup<Item> suggestion = find(request.suggestionId);
        if (suggestion.failed())
            return suggestion.failure();
        if (!suggestion.found() || suggestion->kind != ItemKind::Suggestion)
            return Outcome::invalid(
                {{QStringLiteral("suggestion"),
                  tr("suggestion %1 does not exist").arg(request.suggestionId)}});
        if (suggestion->state == State::Closed)
            return Outcome::failure(Outcome::Kind::NotAllowed,
                                    tr("Suggestion %1 is closed: nothing can be merged into it")
                                        .arg(suggestion->serial));
    }
    if (request.kind == StepKind::Order && request.orderKind == OrderKind::NewSuggestion &&
        item.state == State::Pointed) {
        Item suggestion;
        suggestion.title = request.text.isEmpty() ? item.title : request.text;
        suggestion.content = item.content;
        suggestion.category = item.category;
        suggestion.townshipId = item.townshipId;
        suggestion.stationId = item.stationId;
        suggestion.raisedDate = request.date;
        suggestion.deputyIds = item.deputyIds;
        const Outcome created = addSuggestion(suggestion, request.actor);
        if (!created.ok())
            return created;
        request.suggestionId = suggestion.id;
    }
    const auto suggestionState = suggestionStateOf(item);
    const auto sessionClose = sessionCloseOf(item);
    if (!suggestionState || !sessionClose)
        return !suggestionState ? suggestionState.failure() : sessionClose.failure();
    Step step;
    const LoopMachine machine(deadlines(), Clock::today());
    const QString before = handlingSnapshot(item);
    const Outcome outcome = machine.apply(item, request, &step, *suggestionState, *sessionClose);
    if (!outcome.ok())
        return outcome;
    step.itemBefore = before;
    Outcome saved = saveItem(item);
    if (saved.ok())
        saved = insertStep(step);
    if (!saved.ok())
        return saved;
    return transaction->commitWith(Outcome::success(item.id));
}

Outcome LoopStore::setExcellent(qint64 suggestionId, bool excellent, const QDate& date,
                                const QString& actor)
{
    Lookup<Item> item = find(suggestionId);
    if (!item.found() || item->kind != ItemKind::Suggestion)
        return item.missing(tr("Suggestion %1 does not exist").arg(suggestionId));
    if (excellent && !item->replyDate.isValid())
        return Outcome::failure(Outcome::Kind::NotAllowed,
                                tr("Only a replied suggestion can be rated excellent"));
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    Step step;
    step.itemId = item->id;
    step.round = item->round;
    step.kind = StepKind::Excellent;
    step.date = date.isValid() ? date : Clock::today();
    step.itemBefore = handlingSnapshot(*item);
    // The +10 counts on the day the office rated it.
    item->excellent = excellent;
    item->excellentDate = excellent ? step.date : QDate();
    Outcome saved = saveItem(*item);
    step.actor = actor;
    step.text = excellent ? tr("rated an excellent suggestion") : tr("excellent rating withdrawn");
    if (saved.ok())
        saved = insertStep(step);
    if (!saved.ok())
        return saved;
    return transaction->commitWith(Outcome::success(item->id));
}

Outcome LoopStore::attachPeople(QList<Item>& items, const QString& where,
                                const QVariantList& values) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT x.item_id, x.deputy_id, x.role, d.name "
                                 "FROM item_deputies x JOIN deputies d ON d.id = x.deputy_id "
                                 "WHERE x.item_id IN (SELECT li.id FROM loop_items li %1) "
                                 "ORDER BY x.item_id, x.role = 'cosigner', x.rowid")
                      .arg(where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storage::sql::readFailure(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        Item& item = items[*at];
        (query.value(2).toString() == QLatin1String("cosigner") ? item.cosignerIds : item.deputyIds)
            << query.value(1).toLongLong();
        item.deputyNames << query.value(3).toString();
    }
    query.prepare(QStringLiteral("SELECT item_id, agency_id FROM item_agencies WHERE role = 'co' "
                                 "AND item_id IN (SELECT li.id FROM loop_items li %1)")
                      .arg(where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storage::sql::readFailure(query);
    while (query.next())
        if (const auto at = index.constFind(query.value(0).toLongLong()); at != index.constEnd())
            items[*at].coAgencyIds << query.value(1).toLongLong();
    return Outcome::success();
}

Lookup<Item> LoopStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    Lookup<Item> item = storage::sql::lookupRow(
        query, QLatin1String(kItemSelect) + QStringLiteral("WHERE li.id = ?"), {id}, itemFromQuery);
    if (!item.found())
        return item;
    QList<Item> items{*item};
    // Half a record is worse than none: saved back, it would drop the deputies not read.
    if (const Outcome attached = attachPeople(items, QStringLiteral("WHERE li.id = ?"), {id});
        !attached.ok())
        return attached;
    return items.constFirst();
}

Lookup<Item> LoopStore::findBySerial(const QString& serial) const
{
    QSqlQuery query(m_db);
    const Lookup<qint64> id = storage::sql::lookupRow(
        query, QStringLiteral("SELECT id FROM loop_items WHERE serial = ?"),
        {normalizeText(serial)}, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!id.found())
        return id.failed() ? Lookup<Item>(id.failure()) : Lookup<Item>(std::nullopt);
    return find(*id);
}

Result<QList<Item>> LoopStore::list(const ItemFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const QString& condition, const QVariant& value) {
        conditions << condition;
        values << value;
    };
    if (filter.kind)
        where(QStringLiteral("li.kind = ?"), code(*filter.kind));
    if (filter.state)
        where(QStringLiteral("li.state = ?"), code(*filter.state));
    if (filter.openOnly)
        conditions << QStringLiteral("li.state IN ('pointed', 'answered_on_spot', 'merged', "
                                     "'awaiting_dispatch', 'dispatched', 'replied', 'evaluated')");
    if (filter.dueBy.isValid())
        where(QStringLiteral("li.due_date <= ?"), storage::sql::dateValue(filter.dueBy));
    if (filter.agencyId > 0)
        where(QStringLiteral("li.id IN (SELECT item_id FROM item_agencies WHERE agency_id = ?)"),
              filter.agencyId);
    if (filter.townshipId > 0)
        where(QStringLiteral("li.township_id = ?"), filter.townshipId);
    if (filter.stationId > 0)
        where(QStringLiteral("li.station_id = ?"), filter.stationId);
    if (filter.deputyId > 0)
        where(QStringLiteral("li.id IN (SELECT item_id FROM item_deputies WHERE deputy_id = ?)"),
              filter.deputyId);
    if (!filter.category.isEmpty())
        where(QStringLiteral("li.category = ?"), filter.category);
    // The period an item belongs to: a concern's point date, a suggestion's dispatch date.
    const QString periodDate =
        QStringLiteral("CASE li.kind WHEN 'concern' THEN li.raised_date "
                       "ELSE COALESCE(li.first_dispatch_date, li.raised_date) END");
    if (filter.from.isValid())
        where(periodDate + QStringLiteral(" >= ?"), storage::sql::dateValue(filter.from));
    if (filter.to.isValid())
        where(periodDate + QStringLiteral(" <= ?"), storage::sql::dateValue(filter.to));
    const QString whereText =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(u" AND ");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kItemSelect) + whereText +
                  QStringLiteral(" ORDER BY li.kind, li.year, li.seq"));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return storage::sql::readFailure(query);
    QList<Item> items;
    while (query.next())
        items << itemFromQuery(query);
    if (const Outcome attached = attachPeople(items, whereText, values); !attached.ok())
        return attached;
    return items;
}

Result<QList<Step>> LoopStore::steps(qint64 itemId) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT s.id, s.item_id, s.round, s.kind, s.step_date, s.actor, "
                           "s.agency_id, a.name, s.due_date, s.result_class, "
                           "s.face_to_face, s.evaluation, s.text, s.imported, s.recorded_at, "
                           "s.item_before, s.withdrawn_at, s.withdrawn_by, s.withdrawn_reason "
                           "FROM loop_steps s LEFT JOIN agencies a ON a.id = s.agency_id "
                           "WHERE s.item_id = ? ORDER BY s.id"),
            {itemId}))
        return storage::sql::readFailure(query);
    QList<Step> steps;
    while (query.next()) {
        Step step;
        step.id = query.value(0).toLongLong();
        step.itemId = query.value(1).toLongLong();
        step.round = query.value(2).toInt();
        step.kind = parseStepKind(query.value(3).toString()).value_or(StepKind::Supervise);
        step.date = storage::sql::toDate(query.value(4));
        step.actor = query.value(5).toString();
        step.agencyId = query.value(6).toLongLong();
        step.agencyName = query.value(7).toString();
        step.dueDate = storage::sql::toDate(query.value(8));
        step.resultClass = query.value(9).toString();
        if (!query.value(10).isNull())
            step.faceToFace = query.value(10).toBool();
        step.evaluation = query.value(11).toString();
        step.text = query.value(12).toString();
        step.imported = query.value(13).toBool();
        step.recordedAt = query.value(14).toString();
        step.itemBefore = query.value(15).toString();
        step.withdrawnAt = query.value(16).toString();
        step.withdrawnBy = query.value(17).toString();
        step.withdrawnReason = query.value(18).toString();
        steps << step;
    }
    return steps;
}

} // namespace dd::loop

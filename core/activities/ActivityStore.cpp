#include "activities/ActivityStore.h"

#include "activities/LeaveStore.h"
#include "common/TextNormalize.h"
#include "registry/DeputyStore.h"
#include "registry/TermStore.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace dd::activities {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.type_id, t.code, t.name, a.day, a.start_time, a.end_time, a.title, "
    "a.place, a.organiser, a.notes, a.station_id, s.name, a.citizens_received, a.session_id "
    "FROM activities a JOIN activity_types t ON t.id = a.type_id "
    "LEFT JOIN stations s ON s.id = a.station_id");

Activity readActivity(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.typeId = q.value(2).toLongLong();
    a.typeCode = q.value(3).toString();
    a.typeName = q.value(4).toString();
    a.date = storage::sql::toDate(q.value(5));
    a.start = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
    a.end = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    a.title = q.value(8).toString();
    a.place = q.value(9).toString();
    a.organiser = q.value(10).toString();
    a.notes = q.value(11).toString();
    a.stationId = q.value(12).toLongLong();
    a.stationName = q.value(13).toString();
    a.citizensReceived = q.value(14).toInt();
    a.sessionId = q.value(15).toLongLong();
    return a;
}

QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

ActivityStore::ActivityStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<ActivityType>> ActivityStore::types() const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT id, code, name FROM activity_types "
                                                 "ORDER BY position")))
        return storage::sql::readFailure(query);
    QList<ActivityType> list;
    while (query.next())
        list.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

Result<std::optional<ActivityType>> ActivityStore::typeByCode(const QString& code) const
{
    const auto all = types();
    if (!all)
        return all.failure();
    for (const ActivityType& type : *all)
        if (type.code == code)
            return std::optional(type);
    return std::optional<ActivityType>();
}

Result<std::optional<ActivityType>> ActivityStore::typeByName(const QString& name) const
{
    const auto all = types();
    if (!all)
        return all.failure();
    const QString wanted = normalizeText(name);
    for (const ActivityType& type : *all)
        if (type.name == wanted || type.code == wanted)
            return std::optional(type);
    return std::optional<ActivityType>();
}

Outcome ActivityStore::addType(ActivityType& type)
{
    type.name = normalizeText(type.name);
    if (type.name.isEmpty())
        return Outcome::invalid({{QStringLiteral("name"), tr("is required")}});
    const auto same = typeByName(type.name);
    if (!same)
        return same.failure();
    if (*same)
        return Outcome::invalid(
            {{QStringLiteral("name"), tr("%1 is already an activity type").arg(type.name)}});
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    if (!storage::sql::run(query,
                           QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1, COUNT(*) + 1 "
                                          "FROM activity_types")) ||
        !query.next())
        return storage::sql::storageFailure(query);
    const int position = query.value(0).toInt();
    type.code = QStringLiteral("custom-%1").arg(query.value(1).toInt());
    if (!storage::sql::run(query,
                           QStringLiteral("INSERT INTO activity_types(code, name, position) "
                                          "VALUES(?, ?, ?)"),
                           {type.code, type.name, position}))
        return storage::sql::storageFailure(query);
    type.id = query.lastInsertId().toLongLong();
    return transaction->commitWith(Outcome::success(type.id));
}

Outcome ActivityStore::renameType(qint64 id, const QString& name)
{
    const QString wanted = normalizeText(name);
    if (wanted.isEmpty())
        return Outcome::invalid({{QStringLiteral("name"), tr("is required")}});
    const auto other = typeByName(wanted);
    if (!other)
        return other.failure();
    if (*other && (*other)->id != id)
        return Outcome::invalid(
            {{QStringLiteral("name"), tr("%1 is already an activity type").arg(wanted)}});
    return storage::changeRows(
        m_db, QStringLiteral("UPDATE activity_types SET name = ? WHERE id = ?"), {wanted, id},
        Outcome::failure(Outcome::Kind::NotFound, tr("No activity type %1").arg(id)), id);
}

FieldErrors ActivityStore::validate(Activity& activity) const
{
    activity.title = normalizeText(activity.title);
    activity.place = normalizeText(activity.place);
    activity.organiser = normalizeText(activity.organiser);
    activity.notes = activity.notes.trimmed();
    FieldErrors errors;
    QSqlQuery query(m_db);
    if (storage::sql::run(query,
                          QStringLiteral("SELECT code, name FROM activity_types WHERE id = ?"),
                          {activity.typeId}) &&
        query.next()) {
        activity.typeCode = query.value(0).toString();
        activity.typeName = query.value(1).toString();
    } else {
        errors.append({QStringLiteral("type"), tr("is required")});
    }
    if (!activity.date.isValid())
        errors.append({QStringLiteral("date"), tr("is required")});
    if (activity.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("is required")});
    if (activity.start.isValid() && activity.end.isValid() && activity.end < activity.start)
        errors.append({QStringLiteral("end"), tr("comes before the start")});
    if (activity.isReception() && activity.stationId <= 0)
        errors.append({QStringLiteral("station"), tr("a reception is at a station")});
    if (activity.stationId > 0 &&
        !storage::sql::exists(m_db, QStringLiteral("stations"), activity.stationId))
        errors.append(
            {QStringLiteral("station"), tr("station %1 does not exist").arg(activity.stationId)});
    if (activity.sessionId > 0 &&
        !storage::sql::exists(m_db, QStringLiteral("sessions"), activity.sessionId))
        errors.append(
            {QStringLiteral("session"), tr("session %1 does not exist").arg(activity.sessionId)});
    if (activity.citizensReceived < 0)
        errors.append({QStringLiteral("citizens"), tr("cannot be negative")});
    QSet<qint64> seen;
    for (Participant& participant : activity.participants) {
        participant.reason = normalizeText(participant.reason);
        if (seen.contains(participant.deputyId))
            errors.append({QStringLiteral("participants"),
                           tr("deputy %1 is listed twice").arg(participant.deputyId)});
        seen.insert(participant.deputyId);
        if (participant.attendance == Attendance::Leave && participant.reason.isEmpty())
            errors.append(
                {QStringLiteral("participants"),
                 tr("%1 is on leave: the reason is required")
                     .arg(participant.deputyName.isEmpty() ? QString::number(participant.deputyId)
                                                           : participant.deputyName)});
    }
    // A deputy received at a station once a day: the same duty is never counted twice.
    if (activity.isReception() && errors.isEmpty() && !activity.participants.isEmpty() &&
        storage::sql::run(query,
                          QStringLiteral("SELECT p.deputy_id, d.name FROM activity_participants p "
                                         "JOIN activities a ON a.id = p.activity_id "
                                         "JOIN deputies d ON d.id = p.deputy_id "
                                         "WHERE a.type_id = ? AND a.station_id = ? AND a.day = ? "
                                         "AND a.id <> ?"),
                          {activity.typeId, activity.stationId,
                           storage::sql::dateValue(activity.date), activity.id})) {
        while (query.next())
            if (seen.contains(query.value(0).toLongLong()))
                errors.append(
                    {QStringLiteral("participants"),
                     tr("%1 is already recorded at this station's reception on %2")
                         .arg(query.value(1).toString(), activity.date.toString(Qt::ISODate))});
    }
    return errors;
}

Outcome ActivityStore::add(Activity& activity)
{
    activity.id = 0;
    if (const FieldErrors errors = validate(activity); !errors.isEmpty())
        return Outcome::invalid(errors);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery& query = storage::sql::statement(
        m_db, QStringLiteral("INSERT INTO activities(uuid, type_id, day, start_time, "
                             "end_time, title, place, organiser, notes, station_id, "
                             "citizens_received, session_id, created_at, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    activity.uuid = storage::sql::newUuid();
    const QString now = storage::sql::nowText();
    if (!storage::sql::exec(query,
                            {activity.uuid, activity.typeId, storage::sql::dateValue(activity.date),
                             timeText(activity.start), timeText(activity.end), activity.title,
                             activity.place, activity.organiser, activity.notes,
                             idOrNull(activity.stationId), activity.citizensReceived,
                             idOrNull(activity.sessionId), now, now}))
        return storage::sql::storageFailure(query);
    activity.id = query.lastInsertId().toLongLong();
    if (Outcome written = writeParticipants(activity); !written.ok())
        return written;
    return transaction->commitWith(Outcome::success(activity.id));
}

Outcome ActivityStore::update(Activity& activity)
{
    if (const Lookup<Activity> stored = find(activity.id); !stored.found())
        return stored.missing(tr("No activity %1").arg(activity.id));
    if (const FieldErrors errors = validate(activity); !errors.isEmpty())
        return Outcome::invalid(errors);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("UPDATE activities SET type_id = ?, day = ?, start_time = ?, "
                           "end_time = ?, title = ?, place = ?, organiser = ?, notes = ?, "
                           "station_id = ?, citizens_received = ?, session_id = ?, "
                           "updated_at = ? WHERE id = ?"),
            {activity.typeId, storage::sql::dateValue(activity.date), timeText(activity.start),
             timeText(activity.end), activity.title, activity.place, activity.organiser,
             activity.notes, idOrNull(activity.stationId), activity.citizensReceived,
             idOrNull(activity.sessionId), storage::sql::nowText(), activity.id}) ||
        !storage::sql::run(
            query, QStringLiteral("DELETE FROM activity_participants WHERE activity_id = ?"),
            {activity.id}) ||
        !storage::sql::run(query,
                           QStringLiteral("DELETE FROM activity_items WHERE activity_id = ?"),
                           {activity.id}))
        return storage::sql::storageFailure(query);
    if (Outcome written = writeParticipants(activity); !written.ok())
        return written;
    return transaction->commitWith(Outcome::success(activity.id));
}

Outcome ActivityStore::remove(qint64 id)
{
    return storage::changeRows(
        m_db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {id},
        Outcome::failure(Outcome::Kind::NotFound, tr("No activity %1").arg(id)), id);
}

Outcome ActivityStore::writeParticipants(const Activity& activity)
{
    // One prepared statement for every participant: 300 of them stay well under 100 ms.
    QSqlQuery& participants = storage::sql::statement(
        m_db, QStringLiteral("INSERT INTO activity_participants(activity_id, "
                             "deputy_id, attendance, reason) VALUES(?, ?, ?, ?)"));
    for (const Participant& participant : activity.participants)
        if (!storage::sql::exec(participants, {activity.id, participant.deputyId,
                                               code(participant.attendance), participant.reason}))
            return Outcome::invalid({{QStringLiteral("participants"),
                                      tr("deputy %1 does not exist").arg(participant.deputyId)}});
    QSqlQuery& items = storage::sql::statement(
        m_db, QStringLiteral("INSERT OR IGNORE INTO activity_items(activity_id, item_id) "
                             "VALUES(?, ?)"));
    for (qint64 itemId : activity.itemIds)
        if (!storage::sql::exec(items, {activity.id, itemId}))
            return Outcome::invalid(
                {{QStringLiteral("items"), tr("item %1 does not exist").arg(itemId)}});
    return Outcome::success();
}

Lookup<Activity> ActivityStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    const Lookup<Activity> found = storage::sql::lookupRow(
        query, kSelect + QStringLiteral(" WHERE a.id = ?"), {id}, readActivity);
    if (!found.found())
        return found;
    QList<Activity> one{*found};
    // Half a record is worse than none: saved back, it would drop the participants not read.
    if (const Outcome attached = attachParticipants(one, {}, {}); !attached.ok())
        return attached;
    if (!storage::sql::run(
            query, QStringLiteral("SELECT item_id FROM activity_items WHERE activity_id = ?"),
            {id}))
        return storage::sql::readFailure(query);
    while (query.next())
        one.first().itemIds << query.value(0).toLongLong();
    return one.first();
}

Result<QList<Activity>> ActivityStore::list(const ActivityFilter& filter) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const QString& condition, const QVariant& value) {
        where << condition;
        values << value;
    };
    if (filter.typeId > 0)
        add(QStringLiteral("a.type_id = ?"), filter.typeId);
    if (!filter.typeCode.isEmpty())
        add(QStringLiteral("t.code = ?"), filter.typeCode);
    if (filter.from.isValid())
        add(QStringLiteral("a.day >= ?"), storage::sql::dateValue(filter.from));
    if (filter.to.isValid())
        add(QStringLiteral("a.day <= ?"), storage::sql::dateValue(filter.to));
    if (filter.stationId > 0)
        add(QStringLiteral("a.station_id = ?"), filter.stationId);
    if (filter.townshipId > 0)
        add(QStringLiteral("s.township_id = ?"), filter.townshipId);
    if (filter.deputyId > 0) {
        QString condition = QStringLiteral("EXISTS (SELECT 1 FROM activity_participants p WHERE "
                                           "p.activity_id = a.id AND p.deputy_id = ?");
        if (filter.attendance)
            condition += QStringLiteral(" AND p.attendance = '%1'").arg(code(*filter.attendance));
        add(condition + QLatin1Char(')'), filter.deputyId);
    }
    QSqlQuery query(m_db);
    query.prepare(kSelect +
                  (where.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
                  QStringLiteral(" ORDER BY a.day, a.start_time, a.id"));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return storage::sql::readFailure(query);
    QList<Activity> activities;
    while (query.next())
        activities << readActivity(query);
    if (const Outcome attached = attachParticipants(activities, filter.from, filter.to);
        !attached.ok())
        return attached;
    // The concerns recorded at receptions: a small table, read at once.
    QHash<qint64, int> at;
    for (int i = 0; i < activities.size(); ++i)
        at.insert(activities.at(i).id, i);
    if (activities.isEmpty())
        return activities;
    if (!query.exec(QStringLiteral("SELECT activity_id, item_id FROM activity_items")))
        return storage::sql::readFailure(query);
    while (query.next())
        if (const auto it = at.constFind(query.value(0).toLongLong()); it != at.constEnd())
            activities[*it].itemIds << query.value(1).toLongLong();
    return activities;
}

Outcome ActivityStore::attachParticipants(QList<Activity>& activities, const QDate& from,
                                          const QDate& to) const
{
    if (activities.isEmpty())
        return Outcome::success();
    QHash<qint64, int> at;
    for (int i = 0; i < activities.size(); ++i)
        at.insert(activities.at(i).id, i);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // All participants at once when the list is long; by id when it is a few.
    const bool few = activities.size() <= 50;
    QString sql =
        QStringLiteral("SELECT p.activity_id, p.deputy_id, p.attendance, p.reason, d.name "
                       "FROM activity_participants p JOIN deputies d ON d.id = "
                       "p.deputy_id");
    if (few) {
        QStringList ids;
        for (const Activity& activity : std::as_const(activities))
            ids << QString::number(activity.id);
        sql += QStringLiteral(" WHERE p.activity_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    } else if (from.isValid() && to.isValid()) { // a year's, not every year's
        sql += QStringLiteral(" JOIN activities a ON a.id = p.activity_id "
                              "WHERE a.day >= ? AND a.day <= ?");
    }
    query.prepare(sql + QStringLiteral(" ORDER BY p.activity_id, d.pinyin_key"));
    if (!few && from.isValid() && to.isValid()) {
        query.bindValue(0, storage::sql::dateValue(from));
        query.bindValue(1, storage::sql::dateValue(to));
    }
    if (!query.exec())
        return storage::sql::readFailure(query);
    while (query.next()) {
        const auto it = at.constFind(query.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        activities[*it].participants.append(
            {query.value(1).toLongLong(),
             parseAttendance(query.value(2).toString()).value_or(Attendance::Present),
             query.value(3).toString(), query.value(4).toString()});
    }
    return Outcome::success();
}

Result<QList<Participant>> ActivityStore::participantsFor(const ParticipantSelection& selection,
                                                          const QDate& date) const
{
    registry::DeputyFilter filter;
    filter.stationId = selection.stationId;
    filter.groupId = selection.groupId;
    filter.townshipId = selection.townshipId;
    filter.level = selection.level;
    if (selection.sessionId > 0) {
        const auto sessions = registry::TermStore(m_db).sessions();
        if (!sessions)
            return sessions.failure();
        for (const registry::Session& session : *sessions)
            if (session.id == selection.sessionId) {
                filter.level = session.level;
                filter.termNumber = session.termNumber;
            }
    }
    const auto leaves = LeaveStore(m_db).onLeave(date);
    if (!leaves)
        return leaves.failure();
    const QHash<qint64, QString>& onLeave = *leaves;
    const auto rows = registry::DeputyStore(m_db).list(filter, registry::NameOrder::Strokes);
    if (!rows)
        return rows.failure();
    QList<Participant> participants;
    QSet<qint64> seen;
    for (const registry::DeputyRow& row : *rows) {
        if (seen.contains(row.deputy.id))
            continue;
        seen.insert(row.deputy.id);
        const auto leave = onLeave.constFind(row.deputy.id);
        participants.append({row.deputy.id,
                             leave == onLeave.constEnd() ? Attendance::Present : Attendance::Leave,
                             leave == onLeave.constEnd() ? QString() : *leave, row.deputy.name});
    }
    return participants;
}

} // namespace dd::activities

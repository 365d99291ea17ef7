#include "activities/RosterStore.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace dd::activities {

namespace {

bool insertDay(QSqlQuery& query, qint64 stationId, const QDate& date,
               const QList<qint64>& deputyIds)
{
    if (!storage::sql::run(query,
                           QStringLiteral("INSERT INTO roster_days(station_id, day) VALUES(?, ?)"),
                           {stationId, storage::sql::dateValue(date)}))
        return false;
    for (qint64 deputy : deputyIds)
        if (!storage::sql::run(
                query,
                QStringLiteral("INSERT INTO roster_duties(station_id, day, deputy_id) "
                               "VALUES(?, ?, ?)"),
                {stationId, storage::sql::dateValue(date), deputy}))
            return false;
    return true;
}

} // namespace

RosterStore::RosterStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome RosterStore::save(const Roster& roster)
{
    if (const auto station = registry::StationStore(m_db).get(roster.stationId); !station.found())
        return station.missing(tr("Station %1 does not exist").arg(roster.stationId));
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    QSet<QDate> recorded;
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT day FROM roster_days WHERE station_id = ? AND day >= ? "
                           "AND day <= ? AND activity_id IS NOT NULL"),
            {roster.stationId, storage::sql::dateValue(roster.from),
             storage::sql::dateValue(roster.to)}))
        return storage::sql::storageFailure(query);
    while (query.next())
        recorded.insert(storage::sql::toDate(query.value(0)));
    if (!storage::sql::run(
            query,
            QStringLiteral("DELETE FROM roster_days WHERE station_id = ? AND day >= ? AND "
                           "day <= ? AND activity_id IS NULL"),
            {roster.stationId, storage::sql::dateValue(roster.from),
             storage::sql::dateValue(roster.to)}))
        return storage::sql::storageFailure(query);
    qint64 saved = 0;
    for (const RosterDay& day : roster.days) {
        if (recorded.contains(day.date))
            continue;
        if (!insertDay(query, roster.stationId, day.date, day.deputyIds))
            return storage::sql::storageFailure(query);
        ++saved;
    }
    return transaction->commitWith(Outcome::success(saved));
}

Outcome RosterStore::setDay(qint64 stationId, const QDate& date, const QList<qint64>& deputyIds)
{
    if (!date.isValid())
        return Outcome::invalid({{QStringLiteral("date"), tr("is required")}});
    QSqlQuery query(m_db);
    if (storage::sql::run(
            query,
            QStringLiteral("SELECT activity_id FROM roster_days WHERE station_id = ? AND "
                           "day = ? AND activity_id IS NOT NULL"),
            {stationId, storage::sql::dateValue(date)}) &&
        query.next())
        return Outcome::failure(
            Outcome::Kind::NotAllowed,
            tr("%1 is already recorded as a reception (activity %2): change the activity instead")
                .arg(date.toString(Qt::ISODate))
                .arg(query.value(0).toLongLong()));
    const registry::DeputyStore deputies(m_db);
    const auto leaves = LeaveStore(m_db).onLeave(date);
    if (!leaves)
        return leaves.failure();
    const QHash<qint64, QString>& onLeave = *leaves;
    FieldErrors errors;
    QSet<qint64> seen;
    for (qint64 id : deputyIds) {
        const auto deputy = deputies.get(id);
        if (deputy.failed())
            return deputy.failure();
        if (!deputy.found())
            errors.append({QStringLiteral("deputies"), tr("deputy %1 does not exist").arg(id)});
        else if (seen.contains(id))
            errors.append({QStringLiteral("deputies"), tr("%1 is listed twice").arg(deputy->name)});
        else if (onLeave.contains(id))
            errors.append({QStringLiteral("deputies"),
                           tr("%1 is on leave on %2 (%3)")
                               .arg(deputy->name, date.toString(Qt::ISODate), onLeave.value(id))});
        seen.insert(id);
    }
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    if (const auto station = registry::StationStore(m_db).get(stationId); !station.found())
        return station.missing(tr("Station %1 does not exist").arg(stationId));
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (!storage::sql::run(
            query, QStringLiteral("DELETE FROM roster_days WHERE station_id = ? AND day = ?"),
            {stationId, storage::sql::dateValue(date)}) ||
        !insertDay(query, stationId, date, deputyIds))
        return storage::sql::storageFailure(query);
    return transaction->commitWith(Outcome::success());
}

Outcome RosterStore::removeDay(qint64 stationId, const QDate& date)
{
    return storage::changeRows(
        m_db,
        QStringLiteral("DELETE FROM roster_days WHERE station_id = ? AND day = ? AND "
                       "activity_id IS NULL"),
        {stationId, storage::sql::dateValue(date)},
        Outcome::failure(Outcome::Kind::NotAllowed,
                         tr("%1 is not an unrecorded roster day").arg(date.toString(Qt::ISODate))));
}

bool RosterStore::hasDays(qint64 stationId, const QDate& from, const QDate& to) const
{
    QSqlQuery query(m_db);
    return storage::sql::run(
               query,
               QStringLiteral("SELECT 1 FROM roster_days WHERE station_id = ? AND day >= ? "
                              "AND day <= ? LIMIT 1"),
               {stationId, storage::sql::dateValue(from), storage::sql::dateValue(to)}) &&
           query.next();
}

Result<Roster> RosterStore::load(qint64 stationId, const QDate& from, const QDate& to) const
{
    Roster roster;
    roster.stationId = stationId;
    roster.from = from;
    roster.to = to;
    registry::DeputyFilter stationed;
    stationed.stationId = stationId;
    const auto rows = registry::DeputyStore(m_db).list(stationed, registry::NameOrder::Strokes);
    if (!rows)
        return rows.failure();
    for (const registry::DeputyRow& row : *rows) {
        roster.names.insert(row.deputy.id, row.deputy.name);
        roster.load.insert(row.deputy.id, 0);
        if (!row.deputy.isCadre)
            roster.grassRoots.insert(row.deputy.id);
    }
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT r.day, r.activity_id, u.deputy_id, d.name, d.is_cadre "
                           "FROM roster_days r LEFT JOIN roster_duties u "
                           "ON u.station_id = r.station_id AND u.day = r.day "
                           "LEFT JOIN deputies d ON d.id = u.deputy_id "
                           "WHERE r.station_id = ? AND r.day >= ? AND r.day <= ? "
                           "ORDER BY r.day, u.rowid"),
            {stationId, storage::sql::dateValue(from), storage::sql::dateValue(to)}))
        return storage::sql::readFailure(query);
    while (query.next()) {
        const QDate date = storage::sql::toDate(query.value(0));
        if (roster.days.isEmpty() || roster.days.last().date != date)
            roster.days.append({date, {}, query.value(1).toLongLong()});
        if (query.value(2).isNull())
            continue;
        const qint64 deputy = query.value(2).toLongLong();
        roster.days.last().deputyIds << deputy;
        ++roster.load[deputy];
        // A deputy put on duty from elsewhere still has a name on the roster.
        if (!roster.names.contains(deputy)) {
            roster.names.insert(deputy, query.value(3).toString());
            if (!query.value(4).toBool())
                roster.grassRoots.insert(deputy);
        }
    }
    return roster;
}

Outcome RosterStore::recordCompleted(qint64 stationId, const QDate& from, const QDate& until,
                                     RecordedDuties* recorded)
{
    ActivityStore activities(m_db);
    const auto reception = activities.typeByCode(QLatin1String(kReceptionType));
    if (!reception)
        return reception.failure();
    const std::optional<ActivityType>& type = *reception;
    const auto station = registry::StationStore(m_db).get(stationId);
    if (!type || !station.found())
        return station.missing(tr("Station %1 does not exist").arg(stationId));
    const auto loaded = load(stationId, from, until);
    if (!loaded)
        return loaded.failure();
    const Roster& roster = *loaded;
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    for (const RosterDay& day : roster.days) {
        if (day.activityId > 0 || day.deputyIds.isEmpty())
            continue;
        // A reception already entered by hand for that day is the duty's record.
        if (storage::sql::run(query,
                              QStringLiteral("SELECT id FROM activities WHERE type_id = ? AND "
                                             "station_id = ? AND day = ? ORDER BY id LIMIT 1"),
                              {type->id, stationId, storage::sql::dateValue(day.date)}) &&
            query.next()) {
            const qint64 existing = query.value(0).toLongLong();
            if (!storage::sql::run(query,
                                   QStringLiteral("UPDATE roster_days SET activity_id = ? WHERE "
                                                  "station_id = ? AND day = ?"),
                                   {existing, stationId, storage::sql::dateValue(day.date)}))
                return storage::sql::storageFailure(query);
            recorded->alreadyRecorded << day.date;
            continue;
        }
        const auto leaves = LeaveStore(m_db).onLeave(day.date);
        if (!leaves)
            return leaves.failure();
        const QHash<qint64, QString>& onLeave = *leaves;
        Activity activity;
        activity.typeId = type->id;
        activity.date = day.date;
        activity.title = type->name;
        activity.place = station->name;
        activity.stationId = stationId;
        for (qint64 deputy : day.deputyIds) {
            const auto leave = onLeave.constFind(deputy);
            activity.participants.append(
                {deputy, leave == onLeave.constEnd() ? Attendance::Present : Attendance::Leave,
                 leave == onLeave.constEnd() ? QString() : *leave, roster.names.value(deputy)});
        }
        const Outcome added = activities.add(activity);
        if (!added.ok())
            return Outcome::failure(added.kind,
                                    tr("%1: %2").arg(day.date.toString(Qt::ISODate), added.text()));
        if (!storage::sql::run(query,
                               QStringLiteral("UPDATE roster_days SET activity_id = ? WHERE "
                                              "station_id = ? AND day = ?"),
                               {activity.id, stationId, storage::sql::dateValue(day.date)}))
            return storage::sql::storageFailure(query);
        recorded->activityIds << activity.id;
    }
    return transaction->commitWith(Outcome::success(recorded->activityIds.size()));
}

} // namespace dd::activities

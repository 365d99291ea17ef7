#include "registry/StationStore.h"

#include "registry/TownshipStore.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace dd::registry {

namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.uuid, s.name, s.kind, s.township_id, s.address, s.liaison_officer, s.phone, "
    "s.star_rating, s.is_model, s.is_legislative_contact_point, s.reception_rule, s.notes");

Station readStation(const QSqlQuery& query)
{
    Station station;
    station.id = query.value(0).toLongLong();
    station.uuid = query.value(1).toString();
    station.name = query.value(2).toString();
    station.kind = query.value(3).toString();
    station.townshipId = query.value(4).toLongLong();
    station.address = query.value(5).toString();
    station.liaisonOfficer = query.value(6).toString();
    station.phone = query.value(7).toString();
    station.starRating = query.value(8).toInt();
    station.isModel = query.value(9).toBool();
    station.isLegislativeContactPoint = query.value(10).toBool();
    station.receptionRule = query.value(11).toString();
    station.notes = query.value(12).toString();
    return station;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
} // namespace

StationStore::StationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome StationStore::checkReferences(const Station& station) const
{
    FieldErrors errors = validate(station);
    if (const Outcome read = TownshipStore(m_db).checkReference(station.townshipId, errors);
        !read.ok())
        return read;
    const Lookup<Station> other = findByName(station.name);
    if (other.failed())
        return other.failure();
    if (other.found() && other->id != station.id)
        errors.append({QStringLiteral("name"),
                       tr("another station (%1) already has this name").arg(other->id)});
    return errors.isEmpty() ? Outcome::success() : Outcome::invalid(errors);
}

Outcome StationStore::add(Station& station)
{
    station.id = 0; // a new record, whatever the caller copied from
    normalize(station);
    if (const Outcome checked = checkReferences(station); !checked.ok())
        return checked;
    station.uuid = storage::sql::newUuid();
    const QString now = storage::sql::nowText();
    const Outcome written = storage::insertRow(
        m_db,
        QStringLiteral("INSERT INTO stations(uuid, name, kind, township_id, address, "
                       "liaison_officer, phone, star_rating, is_model, "
                       "is_legislative_contact_point, reception_rule, notes, created_at, "
                       "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {station.uuid, station.name, station.kind, idOrNull(station.townshipId), station.address,
         station.liaisonOfficer, station.phone,
         station.starRating > 0 ? QVariant(station.starRating) : QVariant(), int(station.isModel),
         int(station.isLegislativeContactPoint), station.receptionRule, station.notes, now, now});
    station.id = written.id;
    return written;
}

Outcome StationStore::update(Station& station)
{
    if (const Lookup<Station> stored = get(station.id); !stored.found())
        return stored.missing(tr("Station %1 does not exist").arg(station.id));
    normalize(station);
    if (const Outcome checked = checkReferences(station); !checked.ok())
        return checked;
    return storage::writeRow(
        m_db,
        QStringLiteral("UPDATE stations SET name = ?, kind = ?, township_id = ?, "
                       "address = ?, liaison_officer = ?, phone = ?, star_rating = ?, "
                       "is_model = ?, is_legislative_contact_point = ?, "
                       "reception_rule = ?, notes = ?, updated_at = ? WHERE id = ?"),
        {station.name, station.kind, idOrNull(station.townshipId), station.address,
         station.liaisonOfficer, station.phone,
         station.starRating > 0 ? QVariant(station.starRating) : QVariant(), int(station.isModel),
         int(station.isLegislativeContactPoint), station.receptionRule, station.notes,
         storage::sql::nowText(), station.id},
        station.id);
}

Lookup<Station> StationStore::get(qint64 id) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query,
                                   QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM stations s WHERE s.id = ?"),
                                   {id}, readStation);
}

Lookup<Station> StationStore::findByName(const QString& name) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query,
                                   QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM stations s WHERE s.name = ?"),
                                   {name}, readStation);
}

Result<QList<StationRow>> StationStore::list(qint64 townshipId) const
{
    QList<StationRow> rows;
    QHash<qint64, int> indexById;
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(", COALESCE(t.name, '') FROM stations s LEFT JOIN townships t "
                               "ON t.id = s.township_id WHERE (? = 0 OR s.township_id = ?) "
                               "ORDER BY s.township_id IS NULL, s.township_id, s.id"),
            {townshipId, townshipId}))
        return storage::sql::readFailure(query);
    while (query.next()) {
        StationRow row{readStation(query), query.value(13).toString(), {}, 0};
        indexById.insert(row.station.id, int(rows.size()));
        rows << row;
    }
    // Serving deputies per station and level; a deputy at two levels counts at each.
    if (!storage::sql::run(
            query, QStringLiteral(
                       "SELECT a.station_id, t.level, COUNT(DISTINCT a.deputy_id) "
                       "FROM station_assignments a JOIN memberships m ON m.deputy_id = a.deputy_id "
                       "JOIN terms t ON t.id = m.term_id WHERE a.end_date IS NULL AND "
                       "m.status = 'active' GROUP BY a.station_id, t.level")))
        return storage::sql::readFailure(query);
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        const auto level = parseLevel(query.value(1).toString());
        if (it != indexById.constEnd() && level)
            rows[*it].deputiesByLevel[*level] = query.value(2).toInt();
    }
    if (!storage::sql::run(
            query,
            QStringLiteral(
                "SELECT a.station_id, COUNT(DISTINCT a.deputy_id) FROM station_assignments a "
                "WHERE a.end_date IS NULL AND EXISTS (SELECT 1 FROM memberships m WHERE "
                "m.deputy_id = a.deputy_id AND m.status = 'active') GROUP BY a.station_id")))
        return storage::sql::readFailure(query);
    while (query.next())
        if (const auto it = indexById.constFind(query.value(0).toLongLong());
            it != indexById.constEnd())
            rows[*it].deputyCount = query.value(1).toInt();
    return rows;
}

Outcome StationStore::assign(qint64 deputyId, qint64 stationId, bool primary, const QDate& date)
{
    if (const Lookup<Station> station = get(stationId); !station.found())
        return station.missing(tr("Station %1 does not exist").arg(stationId));
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT 1 FROM deputies WHERE id = ?"),
                           {deputyId}) ||
        !query.next())
        return Outcome::failure(Outcome::Kind::NotFound,
                                tr("Deputy %1 does not exist").arg(deputyId));
    if (!date.isValid())
        return Outcome::invalid({{QStringLiteral("date"), tr("is required")}});
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    const QVariant day = storage::sql::dateValue(date);
    // An open assignment to the same station or, for a primary one, the old primary ends today.
    const QString close =
        primary
            ? QStringLiteral("UPDATE station_assignments SET end_date = ? WHERE deputy_id = ? AND "
                             "end_date IS NULL AND (station_id = ? OR is_primary = 1)")
            : QStringLiteral("UPDATE station_assignments SET end_date = ? WHERE deputy_id = ? AND "
                             "end_date IS NULL AND station_id = ? AND is_primary = 0");
    if (!primary) {
        if (!storage::sql::run(
                query,
                QStringLiteral("SELECT 1 FROM station_assignments WHERE deputy_id = ? AND "
                               "station_id = ? AND end_date IS NULL AND is_primary = 1"),
                {deputyId, stationId}))
            return storage::sql::storageFailure(query);
        if (query.next())
            return Outcome::failure(Outcome::Kind::NotAllowed,
                                    tr("This is already the deputy's primary station"));
    }
    if (!storage::sql::run(query, close, {day, deputyId, stationId}) ||
        !storage::sql::run(
            query,
            QStringLiteral("INSERT INTO station_assignments(uuid, deputy_id, station_id, "
                           "is_primary, start_date) VALUES(?, ?, ?, ?, ?)"),
            {storage::sql::newUuid(), deputyId, stationId, int(primary), day}))
        return storage::sql::storageFailure(query);
    const qint64 id = query.lastInsertId().toLongLong();
    return transaction->commitWith(Outcome::success(id));
}

Outcome StationStore::unassign(qint64 deputyId, qint64 stationId, const QDate& date)
{
    return storage::changeRows(
        m_db,
        QStringLiteral("UPDATE station_assignments SET end_date = ? WHERE deputy_id = ? "
                       "AND station_id = ? AND end_date IS NULL"),
        {storage::sql::dateValue(date), deputyId, stationId},
        Outcome::failure(
            Outcome::Kind::NotFound,
            tr("Deputy %1 is not stationed at station %2").arg(deputyId).arg(stationId)));
}

} // namespace dd::registry

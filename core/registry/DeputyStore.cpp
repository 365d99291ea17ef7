#include "registry/DeputyStore.h"

#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd::registry {

namespace {

const QString kDeputyColumns = QStringLiteral(
    "d.id, d.uuid, d.name, d.gender, d.ethnicity, d.birth_month, d.party, d.education, "
    "d.work_unit, d.phone, d.id_number, d.address, d.composition, d.is_cadre, "
    "d.is_returned_overseas, d.notes");
constexpr int kDeputyColumnCount = 16;

const QString kMembershipColumns =
    QStringLiteral("m.id, m.uuid, m.deputy_id, m.term_id, t.level, t.number, m.certificate_no, "
                   "m.electoral_district, m.township_id, m.delegation, m.status, m.is_reelected, "
                   "m.by_election, m.start_date, m.end_date");

// The person's particulars as the clerk gives them, with the sort and search keys of the name:
// what adding and editing a deputy both write.
QList<std::pair<QString, QVariant>> personColumns(const Deputy& deputy)
{
    const text::PinyinKeys keys = text::pinyinKeys(deputy.name);
    return {{QStringLiteral("name"), deputy.name},
            {QStringLiteral("gender"), deputy.gender},
            {QStringLiteral("ethnicity"), deputy.ethnicity},
            {QStringLiteral("birth_month"), deputy.birthMonth},
            {QStringLiteral("party"), deputy.party},
            {QStringLiteral("education"), deputy.education},
            {QStringLiteral("work_unit"), deputy.workUnit},
            {QStringLiteral("phone"), deputy.phone},
            {QStringLiteral("id_number"), deputy.idNumber},
            {QStringLiteral("address"), deputy.address},
            {QStringLiteral("composition"), deputy.composition},
            {QStringLiteral("is_cadre"), int(deputy.isCadre)},
            {QStringLiteral("is_returned_overseas"), int(deputy.isReturnedOverseas)},
            {QStringLiteral("notes"), deputy.notes},
            {QStringLiteral("pinyin_key"), text::pinyinSortKey(deputy.name)},
            {QStringLiteral("stroke_key"), text::strokeSortKey(deputy.name)},
            {QStringLiteral("pinyin_full"), keys.full},
            {QStringLiteral("pinyin_initials"), keys.initials}};
}

Deputy readDeputy(const QSqlQuery& query, int at = 0)
{
    Deputy d;
    d.id = query.value(at++).toLongLong();
    d.uuid = query.value(at++).toString();
    d.name = query.value(at++).toString();
    d.gender = query.value(at++).toString();
    d.ethnicity = query.value(at++).toString();
    d.birthMonth = query.value(at++).toString();
    d.party = query.value(at++).toString();
    d.education = query.value(at++).toString();
    d.workUnit = query.value(at++).toString();
    d.phone = query.value(at++).toString();
    d.idNumber = query.value(at++).toString();
    d.address = query.value(at++).toString();
    d.composition = query.value(at++).toString();
    d.isCadre = query.value(at++).toBool();
    d.isReturnedOverseas = query.value(at++).toBool();
    d.notes = query.value(at++).toString();
    return d;
}

Membership readMembership(const QSqlQuery& query, int at = 0)
{
    Membership m;
    m.id = query.value(at++).toLongLong();
    m.uuid = query.value(at++).toString();
    m.deputyId = query.value(at++).toLongLong();
    m.termId = query.value(at++).toLongLong();
    m.level = parseLevel(query.value(at++).toString()).value_or(Level::County);
    m.termNumber = query.value(at++).toInt();
    m.certificateNo = query.value(at++).toString();
    m.electoralDistrict = query.value(at++).toString();
    m.townshipId = query.value(at++).toLongLong();
    m.delegation = query.value(at++).toString();
    m.status = parseStatus(query.value(at++).toString()).value_or(MembershipStatus::Active);
    m.isReelected = query.value(at++).toBool();
    m.byElection = query.value(at++).toBool();
    m.startDate = storage::sql::toDate(query.value(at++));
    m.endDate = storage::sql::toDate(query.value(at++));
    return m;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

bool insertEvent(QSqlQuery& query, qint64 membershipId, const QString& kind, const QDate& date,
                 const QString& reason)
{
    return storage::sql::run(
        query,
        QStringLiteral("INSERT INTO membership_events(uuid, membership_id, kind, "
                       "event_date, reason, recorded_at) VALUES(?, ?, ?, ?, ?, ?)"),
        {storage::sql::newUuid(), membershipId, kind, storage::sql::dateValue(date), reason,
         storage::sql::nowText()});
}

Outcome committed(storage::WriteTransaction& transaction, qint64 id)
{
    return transaction.commitWith(Outcome::success(id));
}
} // namespace

bool matchesSearch(const DeputyRow& row, QStringView search)
{
    const QString needle = search.trimmed().toString();
    if (needle.isEmpty())
        return true;
    if (row.deputy.name.contains(needle) ||
        row.deputy.workUnit.contains(needle, Qt::CaseInsensitive) ||
        row.deputy.phone.contains(needle))
        return true;
    const QString lower = needle.toLower();
    const bool ascii = std::all_of(lower.cbegin(), lower.cend(), [](QChar c) {
        return c >= QLatin1Char('a') && c <= QLatin1Char('z');
    });
    return ascii && text::matchesPinyin(row.pinyin, lower);
}

DeputyStore::DeputyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome DeputyStore::checkCertificateFree(const Membership& membership, qint64 termId) const
{
    if (membership.certificateNo.isEmpty())
        return Outcome::success();
    QSqlQuery query(m_db);
    if (!storage::sql::run(query,
                           QStringLiteral("SELECT deputy_id FROM memberships WHERE term_id = ? AND "
                                          "certificate_no = ? AND id <> ?"),
                           {termId, membership.certificateNo, membership.id}))
        return storage::sql::storageFailure(query);
    if (query.next())
        return Outcome::invalid(
            {{QStringLiteral("certificate_no"), tr("%1 already belongs to deputy %2 in this term")
                                                    .arg(membership.certificateNo)
                                                    .arg(query.value(0).toLongLong())}});
    return Outcome::success();
}

Lookup<Deputy> DeputyStore::findByNameAndBirth(const QString& name, const QString& birthMonth) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(
        query,
        QStringLiteral("SELECT ") + kDeputyColumns +
            QStringLiteral(" FROM deputies d WHERE d.name = ? AND d.birth_month = ? "
                           "ORDER BY d.id LIMIT 1"),
        {name, birthMonth}, [](const QSqlQuery& row) { return readDeputy(row); });
}

Result<std::optional<Membership>> DeputyStore::membershipIn(qint64 deputyId, Level level,
                                                            int termNumber) const
{
    const auto all = memberships(deputyId);
    if (!all)
        return all.failure();
    for (const Membership& m : *all)
        if (m.level == level && m.termNumber == termNumber)
            return std::optional(m);
    return std::optional<Membership>();
}

Outcome DeputyStore::add(Deputy& deputy, Membership& membership, qint64 primaryStationId)
{
    normalize(deputy);
    normalize(membership);
    std::optional<Term> term;
    if (const Outcome checked = checkNew(deputy, membership, primaryStationId, &term);
        !checked.ok())
        return checked;

    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    membership.termId = term->id;
    membership.level = term->level;
    membership.termNumber = term->number;

    if (const Outcome free = checkCertificateFree(membership, term->id); !free.ok())
        return free;
    // The same person (name and birth month) keeps one record across levels and terms.
    const Lookup<Deputy> existing = deputy.birthMonth.isEmpty()
                                        ? Lookup<Deputy>(std::nullopt)
                                        : findByNameAndBirth(deputy.name, deputy.birthMonth);
    if (existing.failed())
        return existing.failure();
    if (existing.found()) {
        const auto serving = membershipIn(existing->id, term->level, term->number);
        const auto previous = membershipIn(existing->id, term->level, term->number - 1);
        if (!serving || !previous)
            return !serving ? serving.failure() : previous.failure();
        if (*serving)
            return Outcome::failure(Outcome::Kind::NotAllowed,
                                    tr("%1 (born %2) is already a deputy of this term (deputy %3)")
                                        .arg(deputy.name, deputy.birthMonth)
                                        .arg(existing->id));
        deputy.id = existing->id;
        deputy.uuid = existing->uuid;
        if (*previous)
            membership.isReelected = true;
    } else if (const Outcome person = insertPerson(deputy); !person.ok()) {
        return person;
    }
    membership.deputyId = deputy.id;
    if (const Outcome inserted = insertMembership(membership); !inserted.ok())
        return inserted;
    if (primaryStationId > 0) {
        const Outcome assigned =
            StationStore(m_db).assign(deputy.id, primaryStationId, true, membership.startDate);
        if (!assigned.ok())
            return assigned;
    }
    return committed(*transaction, deputy.id);
}

Outcome DeputyStore::checkNew(const Deputy& deputy, Membership& membership, qint64 primaryStationId,
                              std::optional<Term>* found) const
{
    FieldErrors errors = validate(deputy);
    TermStore terms(m_db);
    const Lookup<Term> lookedUp = membership.termId
                                      ? terms.findById(membership.termId)
                                      : terms.find(membership.level, membership.termNumber);
    if (lookedUp.failed())
        return lookedUp.failure();
    const std::optional<Term>& term = lookedUp.value();
    if (!membership.startDate.isValid() && term)
        membership.startDate = term->startDate;
    if (primaryStationId > 0) {
        const Lookup<Station> station = StationStore(m_db).get(primaryStationId);
        if (station.failed())
            return station.failure();
        if (!station.found())
            errors.append(
                {QStringLiteral("station"), tr("station %1 does not exist").arg(primaryStationId)});
    }
    if (const Outcome read = TownshipStore(m_db).checkReference(membership.townshipId, errors);
        !read.ok())
        return read;
    // A term is started on purpose (term start, 换届), never by a mistyped number here; the
    // rest of the membership is checked against a term on record.
    if (term || (membership.termNumber <= 0 && membership.termId <= 0))
        errors << validate(membership);
    else
        errors.append(
            {QStringLiteral("term"), tr("term %1 of this level is not on record; start it first")
                                         .arg(membership.termNumber)});
    *found = term;
    return errors.isEmpty() ? Outcome::success() : Outcome::invalid(errors);
}

Outcome DeputyStore::insertPerson(Deputy& deputy)
{
    QSqlQuery query(m_db);
    const QString now = storage::sql::nowText();
    deputy.uuid = storage::sql::newUuid();
    QStringList columns{QStringLiteral("uuid")};
    QVariantList values{deputy.uuid};
    for (const auto& [column, value] : personColumns(deputy)) {
        columns << column;
        values << value;
    }
    columns << QStringLiteral("photo") << QStringLiteral("created_at")
            << QStringLiteral("updated_at");
    values << (deputy.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                      : QVariant(deputy.photo))
           << now << now;
    const QStringList marks(columns.size(), QStringLiteral("?"));
    if (!storage::sql::run(
            query,
            QStringLiteral("INSERT INTO deputies(%1) VALUES(%2)")
                .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
            values))
        return storage::sql::storageFailure(query);
    deputy.id = query.lastInsertId().toLongLong();
    return Outcome::success(deputy.id);
}

// The membership with its first event (elected, or by-election).
Outcome DeputyStore::insertMembership(Membership& membership)
{
    QSqlQuery query(m_db);
    membership.uuid = storage::sql::newUuid();
    if (!storage::sql::run(
            query,
            QStringLiteral(
                "INSERT INTO memberships(uuid, deputy_id, term_id, certificate_no, "
                "electoral_district, township_id, delegation, status, is_reelected, "
                "by_election, start_date) VALUES(?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
            {membership.uuid, membership.deputyId, membership.termId,
             storage::sql::textOrNull(membership.certificateNo), membership.electoralDistrict,
             idOrNull(membership.townshipId), membership.delegation, int(membership.isReelected),
             int(membership.byElection), storage::sql::dateValue(membership.startDate)}))
        return storage::sql::storageFailure(query);
    membership.id = query.lastInsertId().toLongLong();
    if (!insertEvent(query, membership.id,
                     membership.byElection ? QStringLiteral("by_election")
                                           : QStringLiteral("elected"),
                     membership.startDate, {}))
        return storage::sql::storageFailure(query);
    return Outcome::success(membership.id);
}

Outcome DeputyStore::update(Deputy& deputy)
{
    const auto stored = get(deputy.id);
    if (!stored.found())
        return stored.missing(tr("Deputy %1 does not exist").arg(deputy.id));
    normalize(deputy);
    if (const FieldErrors errors = validate(deputy); !errors.isEmpty())
        return Outcome::invalid(errors);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    QStringList assignments;
    QVariantList values;
    for (const auto& [column, value] : personColumns(deputy)) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    values << storage::sql::nowText() << deputy.id;
    if (!storage::sql::run(query,
                           QStringLiteral("UPDATE deputies SET %1, updated_at = ? WHERE id = ?")
                               .arg(assignments.join(QLatin1String(", "))),
                           values))
        return storage::sql::storageFailure(query);
    if (!deputy.photo.isEmpty() &&
        !storage::sql::run(query, QStringLiteral("UPDATE deputies SET photo = ? WHERE id = ?"),
                           {deputy.photo, deputy.id}))
        return storage::sql::storageFailure(query);
    return committed(*transaction, deputy.id);
}

Outcome DeputyStore::updateMembership(Membership& membership)
{
    normalize(membership);
    if (const FieldErrors errors = validate(membership); !errors.isEmpty())
        return Outcome::invalid(errors);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (const Outcome free = checkCertificateFree(membership, membership.termId); !free.ok())
        return free;
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("UPDATE memberships SET certificate_no = ?, electoral_district = ?, "
                           "township_id = ?, delegation = ?, start_date = ? WHERE id = ?"),
            {storage::sql::textOrNull(membership.certificateNo), membership.electoralDistrict,
             idOrNull(membership.townshipId), membership.delegation,
             storage::sql::dateValue(membership.startDate), membership.id}))
        return storage::sql::storageFailure(query);
    if (query.numRowsAffected() == 0)
        return Outcome::failure(Outcome::Kind::NotFound,
                                tr("Membership %1 does not exist").arg(membership.id));
    return committed(*transaction, membership.id);
}

Outcome DeputyStore::changeStatus(qint64 deputyId, Level level, int termNumber,
                                  MembershipStatus status, const QDate& date, const QString& reason)
{
    if (const Lookup<Deputy> deputy = get(deputyId); !deputy.found())
        return deputy.missing(tr("Deputy %1 does not exist").arg(deputyId));
    const auto found = membershipIn(deputyId, level, termNumber);
    if (!found)
        return found.failure();
    const std::optional<Membership>& membership = *found;
    if (!membership)
        return Outcome::failure(Outcome::Kind::NotFound,
                                tr("Deputy %1 has no membership in term %2 at level %3")
                                    .arg(deputyId)
                                    .arg(termNumber)
                                    .arg(levelName(level)));
    FieldErrors errors;
    if (!date.isValid())
        errors.append({QStringLiteral("date"), tr("is required")});
    else if (date < membership->startDate)
        errors.append(
            {QStringLiteral("date"), tr("comes before the membership began (%1)")
                                         .arg(membership->startDate.toString(Qt::ISODate))});
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("is required")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    QString kind;
    if (status == MembershipStatus::Active) {
        if (membership->status == MembershipStatus::Active)
            return Outcome::failure(Outcome::Kind::NotAllowed, tr("The deputy is already serving"));
        kind = QStringLiteral("reinstated");
    } else if (status == MembershipStatus::TermEnded) {
        return Outcome::failure(
            Outcome::Kind::NotAllowed,
            tr("A term ends for everyone at once: start the next term instead"));
    } else {
        if (membership->status != MembershipStatus::Active)
            return Outcome::failure(
                Outcome::Kind::NotAllowed,
                tr("The membership has already ended (%1)").arg(statusName(membership->status)));
        kind = statusCode(status);
    }
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    const QVariant endDate =
        status == MembershipStatus::Active ? QVariant() : storage::sql::dateValue(date);
    if (!storage::sql::run(
            query, QStringLiteral("UPDATE memberships SET status = ?, end_date = ? WHERE id = ?"),
            {statusCode(status), endDate, membership->id}) ||
        !insertEvent(query, membership->id, kind, date, reason.trimmed()))
        return storage::sql::storageFailure(query);
    return committed(*transaction, membership->id);
}

Lookup<Deputy> DeputyStore::get(qint64 id, bool withPhoto) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query,
                                   QStringLiteral("SELECT ") + kDeputyColumns +
                                       QStringLiteral(", d.photo FROM deputies d WHERE d.id = ?"),
                                   {id}, [withPhoto](const QSqlQuery& row) {
                                       Deputy deputy = readDeputy(row);
                                       if (withPhoto)
                                           deputy.photo =
                                               row.value(kDeputyColumnCount).toByteArray();
                                       return deputy;
                                   });
}

Result<QList<Membership>> DeputyStore::memberships(qint64 deputyId) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT ") + kMembershipColumns +
                QStringLiteral(" FROM memberships m JOIN terms t ON t.id = m.term_id "
                               "WHERE m.deputy_id = ? ORDER BY m.start_date, m.id"),
            {deputyId}))
        return storage::sql::readFailure(query);
    QList<Membership> list;
    while (query.next())
        list << readMembership(query);
    return list;
}

Result<QList<MembershipEvent>> DeputyStore::events(qint64 membershipId) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT id, kind, event_date, reason FROM membership_events "
                           "WHERE membership_id = ? ORDER BY event_date, id"),
            {membershipId}))
        return storage::sql::readFailure(query);
    QList<MembershipEvent> list;
    while (query.next())
        list << MembershipEvent{query.value(0).toLongLong(), query.value(1).toString(),
                                storage::sql::toDate(query.value(2)), query.value(3).toString()};
    return list;
}

Result<QList<std::tuple<qint64, QString, bool>>> DeputyStore::stations(qint64 deputyId) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT s.id, s.name, a.is_primary FROM station_assignments a "
                           "JOIN stations s ON s.id = a.station_id WHERE a.deputy_id = ? "
                           "AND a.end_date IS NULL ORDER BY a.is_primary DESC, s.id"),
            {deputyId}))
        return storage::sql::readFailure(query);
    QList<std::tuple<qint64, QString, bool>> list;
    while (query.next())
        list.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    return list;
}

int DeputyStore::count() const
{
    QSqlQuery query(m_db);
    return storage::sql::run(query, QStringLiteral("SELECT COUNT(*) FROM deputies")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

Result<QList<DeputyRow>> DeputyStore::list(const DeputyFilter& filter, NameOrder order) const
{
    QStringList conditions;
    QVariantList values;
    // A station's few deputies are found from its assignments; the terms' index would read
    // every membership of the terms first (the unary + keeps the planner off it).
    const QString termColumn =
        filter.stationId > 0 ? QStringLiteral("+m.term_id") : QStringLiteral("m.term_id");
    if (filter.termNumber > 0) {
        conditions << QStringLiteral("t.number = ?");
        values << filter.termNumber;
    } else {
        // Each level's current term.
        TermStore terms(m_db);
        QStringList ids;
        for (Level level : allLevels()) {
            const Lookup<Term> term = terms.current(level);
            if (term.failed())
                return term.failure();
            if (term.found())
                ids << QString::number(term->id);
        }
        conditions << QStringLiteral("%1 IN (%2)")
                          .arg(termColumn,
                               ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(',')));
    }
    if (filter.level) {
        conditions << QStringLiteral("t.level = ?");
        values << levelCode(*filter.level);
    }
    if (filter.status) {
        conditions << QStringLiteral("m.status = ?");
        values << statusCode(*filter.status);
    }
    if (filter.townshipId > 0) {
        conditions << QStringLiteral("COALESCE(m.township_id, s.township_id) = ?");
        values << filter.townshipId;
    }
    if (filter.stationId > 0) {
        conditions << QStringLiteral(
            "m.deputy_id IN (SELECT x.deputy_id FROM station_assignments x WHERE "
            "x.station_id = ? AND x.end_date IS NULL)");
        values << filter.stationId;
    }
    if (filter.cadre) {
        conditions << QStringLiteral("d.is_cadre = ?");
        values << int(*filter.cadre);
    }
    if (filter.groupId > 0) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM group_members g WHERE g.deputy_id = d.id "
            "AND g.group_id = ?)");
        values << filter.groupId;
    }
    const QString statement =
        QStringLiteral("SELECT ") + kDeputyColumns + QStringLiteral(", ") + kMembershipColumns +
        QStringLiteral(", COALESCE(tw.name, stw.name, ''), a.station_id, COALESCE(s.name, ''), "
                       "d.pinyin_key, d.stroke_key, d.pinyin_full, d.pinyin_initials "
                       "FROM memberships m JOIN deputies d ON d.id = m.deputy_id "
                       "JOIN terms t ON t.id = m.term_id "
                       "LEFT JOIN station_assignments a ON a.deputy_id = d.id AND a.is_primary = 1 "
                       "AND a.end_date IS NULL "
                       "LEFT JOIN stations s ON s.id = a.station_id "
                       "LEFT JOIN townships tw ON tw.id = m.township_id "
                       "LEFT JOIN townships stw ON stw.id = s.township_id WHERE ") +
        conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return storage::sql::readFailure(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storage::sql::readFailure(query);
    QList<DeputyRow> rows;
    const int base = kDeputyColumnCount + 15;
    while (query.next()) {
        DeputyRow row;
        row.deputy = readDeputy(query);
        row.membership = readMembership(query, kDeputyColumnCount);
        row.townshipName = query.value(base).toString();
        row.stationId = query.value(base + 1).toLongLong();
        row.stationName = query.value(base + 2).toString();
        row.pinyinKey = query.value(base + 3).toString();
        row.strokeKey = query.value(base + 4).toString();
        row.pinyin = {query.value(base + 5).toString(), query.value(base + 6).toString()};
        if (matchesSearch(row, filter.search))
            rows << std::move(row);
    }
    const auto key = [order](const DeputyRow& row) -> const QString& {
        return order == NameOrder::Strokes ? row.strokeKey : row.pinyinKey;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const DeputyRow& a, const DeputyRow& b) {
        const int byKey = QString::compare(key(a), key(b));
        if (byKey != 0)
            return byKey < 0;
        if (a.deputy.id != b.deputy.id)
            return a.deputy.id < b.deputy.id;
        return int(a.membership.level) < int(b.membership.level);
    });
    return rows;
}

} // namespace dd::registry

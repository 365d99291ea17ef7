#include "scoring/ScoreInputs.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace dd::scoring {

using activities::Attendance;

namespace {

QDate day(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Stored codes to enums, without the general parsers' synonyms (thousands of rows).
registry::Level levelOf(const QVariant& code)
{
    static const QHash<QString, registry::Level> levels = [] {
        QHash<QString, registry::Level> map;
        for (registry::Level level : registry::allLevels())
            map.insert(registry::levelCode(level), level);
        return map;
    }();
    return levels.value(code.toString(), registry::Level::County);
}

registry::MembershipStatus statusOf(const QVariant& code)
{
    const QString text = code.toString();
    return text == QLatin1String("active")
               ? registry::MembershipStatus::Active
               : registry::parseStatus(text).value_or(registry::MembershipStatus::Active);
}

// " AND column = ?" with the deputy bound, when only one deputy is wanted.
QString oneDeputy(qint64 deputyId, const char* column)
{
    return deputyId > 0 ? QStringLiteral(" AND %1 = %2").arg(QLatin1String(column)).arg(deputyId)
                        : QString();
}

// The reads of one load: a score computed from a table that could not be read would be wrong,
// not lower, so the first failure is kept and the whole load fails with it.
struct Reads {
    std::optional<Outcome> failure;

    bool run(QSqlQuery& query, const QString& statement,
             std::initializer_list<QVariant> values = {})
    {
        if (storage::sql::run(query, statement, values))
            return true;
        if (!failure)
            failure = storage::sql::readFailure(query);
        return false;
    }
};

QList<ScoredMember> loadMembers(QSqlDatabase db, const QDate& from, const QDate& to,
                                qint64 deputyId, Reads& reads)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Stations open at some time in the period: the latest primary one is the deputy's.
    QHash<qint64, std::pair<qint64, QString>> primary;
    QHash<qint64, qint64> stationTownship;
    QHash<qint64, QString> townshipNames;
    QHash<qint64, QList<qint64>> stations;
    if (reads.run(query,
                  QStringLiteral("SELECT sa.deputy_id, sa.station_id, sa.is_primary, s.name, "
                                 "s.township_id, tw.name FROM station_assignments sa "
                                 "JOIN stations s ON s.id = sa.station_id "
                                 "LEFT JOIN townships tw ON tw.id = s.township_id "
                                 "WHERE sa.start_date <= ? AND (sa.end_date IS NULL OR "
                                 "sa.end_date >= ?)%1 ORDER BY sa.start_date")
                      .arg(oneDeputy(deputyId, "sa.deputy_id")),
                  {storage::sql::dateValue(to), storage::sql::dateValue(from)}))
        while (query.next()) {
            const qint64 deputy = query.value(0).toLongLong();
            const qint64 station = query.value(1).toLongLong();
            stations[deputy] << station;
            if (query.value(2).toBool())
                primary.insert(deputy, {station, query.value(3).toString()});
            stationTownship.insert(station, query.value(4).toLongLong());
            townshipNames.insert(query.value(4).toLongLong(), query.value(5).toString());
        }
    QHash<qint64, QList<qint64>> groups;
    if (reads.run(query, QStringLiteral("SELECT deputy_id, group_id FROM group_members WHERE 1%1")
                             .arg(oneDeputy(deputyId, "deputy_id"))))
        while (query.next())
            groups[query.value(0).toLongLong()] << query.value(1).toLongLong();

    // One member per deputy and level: a later membership (a new term) replaces an earlier one.
    QList<ScoredMember> members;
    QHash<std::pair<qint64, int>, int> at;
    if (!reads.run(
            query,
            QStringLiteral("SELECT m.id, m.deputy_id, m.term_id, t.level, t.number, m.status, "
                           "m.township_id, tw.name, d.name, d.stroke_key, d.pinyin_key, "
                           "d.phone, d.is_cadre, d.uuid FROM memberships m "
                           "JOIN terms t ON t.id = m.term_id "
                           "JOIN deputies d ON d.id = m.deputy_id "
                           "LEFT JOIN townships tw ON tw.id = m.township_id "
                           "WHERE m.start_date <= ? AND (m.end_date IS NULL OR "
                           "m.end_date >= ?)%1 ORDER BY m.start_date, m.id")
                .arg(oneDeputy(deputyId, "m.deputy_id")),
            {storage::sql::dateValue(to), storage::sql::dateValue(from)}))
        return members;
    while (query.next()) {
        ScoredMember m;
        m.membershipId = query.value(0).toLongLong();
        m.deputyId = query.value(1).toLongLong();
        m.termId = query.value(2).toLongLong();
        m.level = levelOf(query.value(3));
        m.termNumber = query.value(4).toInt();
        m.status = statusOf(query.value(5));
        m.townshipId = query.value(6).toLongLong();
        m.townshipName = query.value(7).toString();
        m.name = query.value(8).toString();
        m.strokeKey = query.value(9).toString();
        m.pinyinKey = query.value(10).toString();
        m.phone = query.value(11).toString();
        m.cadre = query.value(12).toBool();
        m.uuid = query.value(13).toString();
        const auto station = primary.value(m.deputyId);
        m.stationId = station.first;
        m.stationName = station.second;
        if (m.townshipId == 0 && m.stationId > 0) {
            m.townshipId = stationTownship.value(m.stationId);
            m.townshipName = townshipNames.value(m.townshipId);
        }
        m.stationIds = stations.value(m.deputyId);
        m.groupIds = groups.value(m.deputyId);
        const std::pair<qint64, int> key{m.deputyId, int(m.level)};
        if (const auto it = at.constFind(key); it != at.constEnd()) {
            members[*it] = m;
        } else {
            at.insert(key, int(members.size()));
            members << m;
        }
    }
    return members;
}

// Participations read as numbers only (the type, the session's level and the date looked up or
// computed here): a year of a large county is some 60,000 rows.
void loadActivities(QSqlDatabase db, const QDate& from, const QDate& to, qint64 deputyId,
                    bool withLabels, QHash<qint64, QList<ScoreEvent>>& events, Reads& reads)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QHash<qint64, QString> typeCodes;
    if (reads.run(query, QStringLiteral("SELECT id, code FROM activity_types")))
        while (query.next())
            typeCodes.insert(query.value(0).toLongLong(), query.value(1).toString());
    QHash<qint64, registry::Level> sessionLevels;
    if (reads.run(query, QStringLiteral("SELECT s.id, t.level FROM sessions s "
                                        "JOIN terms t ON t.id = s.term_id")))
        while (query.next())
            sessionLevels.insert(query.value(0).toLongLong(), levelOf(query.value(1)));
    if (!reads.run(query,
                   QStringLiteral("SELECT p.deputy_id, a.id, julianday(a.day), a.type_id, "
                                  "CASE p.attendance WHEN 'present' THEN 0 WHEN 'leave' THEN 1 "
                                  "ELSE 2 END, a.session_id, %1 FROM activities a "
                                  "JOIN activity_participants p ON p.activity_id = a.id "
                                  "WHERE a.day BETWEEN ? AND ?%2")
                       .arg(withLabels ? QStringLiteral("a.title") : QStringLiteral("''"),
                            oneDeputy(deputyId, "p.deputy_id")),
                   {storage::sql::dateValue(from), storage::sql::dateValue(to)}))
        return;
    while (query.next()) {
        ScoreEvent event;
        event.sourceId = query.value(1).toLongLong();
        event.date = QDate::fromJulianDay(qint64(query.value(2).toDouble() + 0.5));
        event.typeCode = typeCodes.value(query.value(3).toLongLong());
        event.attendance = Attendance(query.value(4).toInt());
        if (const qint64 session = query.value(5).toLongLong(); session > 0)
            if (const auto it = sessionLevels.constFind(session); it != sessionLevels.constEnd())
                event.level = *it;
        event.label = query.value(6).toString();
        events[query.value(0).toLongLong()] << event;
    }
}

void loadLoopItems(QSqlDatabase db, const QDate& from, const QDate& to, qint64 deputyId,
                   bool withLabels, QHash<qint64, QList<ScoreEvent>>& events, Reads& reads)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString label = withLabels ? QStringLiteral("li.serial || ' ' || CASE li.kind WHEN "
                                                      "'suggestion' THEN li.title ELSE "
                                                      "substr(li.content, 1, 40) END")
                                     : QStringLiteral("''");
    // A suggestion counts by its dispatch, a session suggestion by the session's close: two
    // queries, so that each can use its index.
    const QString suggestions =
        QStringLiteral("SELECT x.deputy_id, li.id, %1, x.role, li.key_supervision, 0, "
                       "%2 FROM loop_items li JOIN item_deputies x ON x.item_id = li.id "
                       "LEFT JOIN suggestion_details sd ON sd.item_id = li.id %3%4");
    const QString one = oneDeputy(deputyId, "x.deputy_id");
    for (const QString& statement :
         {suggestions.arg(QStringLiteral("li.first_dispatch_date"), label,
                          QStringLiteral("WHERE li.kind = 'suggestion' AND "
                                         "li.first_dispatch_date BETWEEN ? AND ? AND "
                                         "sd.session_id IS NULL"),
                          one),
          suggestions.arg(QStringLiteral("ses.closing_date"), label,
                          QStringLiteral("JOIN sessions ses ON ses.id = sd.session_id "
                                         "WHERE ses.closing_date BETWEEN ? AND ?"),
                          one)}) {
        if (!reads.run(query, statement,
                       {storage::sql::dateValue(from), storage::sql::dateValue(to)}))
            continue;
        while (query.next()) {
            ScoreEvent event;
            event.sourceId = query.value(1).toLongLong();
            event.date = day(query.value(2));
            event.label = query.value(6).toString();
            const bool lead = query.value(3).toString() == QLatin1String("lead");
            event.kind = lead ? EventKind::SuggestionLead : EventKind::SuggestionCosigner;
            QList<ScoreEvent>& list = events[query.value(0).toLongLong()];
            list << event;
            if (lead && query.value(4).toBool()) {
                event.kind = EventKind::KeySupervision;
                list << event;
            }
        }
    }
    // Rated excellent: the lead deputy's +10 counts on the day the office rated it.
    if (reads.run(query,
                  QStringLiteral("SELECT x.deputy_id, li.id, li.excellent_date, %1 "
                                 "FROM loop_items li JOIN item_deputies x ON x.item_id = li.id "
                                 "AND x.role = 'lead' WHERE li.excellent = 1 AND "
                                 "li.excellent_date BETWEEN ? AND ?%2")
                      .arg(label, oneDeputy(deputyId, "x.deputy_id")),
                  {storage::sql::dateValue(from), storage::sql::dateValue(to)}))
        while (query.next()) {
            ScoreEvent event;
            event.kind = EventKind::Excellent;
            event.sourceId = query.value(1).toLongLong();
            event.date = day(query.value(2));
            event.label = query.value(3).toString();
            events[query.value(0).toLongLong()] << event;
        }
    // A concern counts for its receiving deputies when its citizens were satisfied (基本满意
    // counts as satisfied), on the day of that evaluation.
    if (reads.run(query,
                  QStringLiteral("SELECT x.deputy_id, li.id, li.evaluation_date, %1 "
                                 "FROM loop_items li JOIN item_deputies x ON x.item_id = li.id "
                                 "AND x.role = 'receiver' WHERE li.kind = 'concern' AND "
                                 "li.evaluation IN ('satisfied', 'basically') AND "
                                 "li.evaluation_date BETWEEN ? AND ?%2")
                      .arg(label, oneDeputy(deputyId, "x.deputy_id")),
                  {storage::sql::dateValue(from), storage::sql::dateValue(to)}))
        while (query.next()) {
            ScoreEvent event;
            event.kind = EventKind::ConcernSatisfied;
            event.sourceId = query.value(1).toLongLong();
            event.date = day(query.value(2));
            event.label = query.value(3).toString();
            events[query.value(0).toLongLong()] << event;
        }
}

QHash<qint64, int> loadSessionAbsences(QSqlDatabase db, const QDate& to, qint64 deputyId,
                                       Reads& reads)
{
    QHash<qint64, int> absences;
    QSqlQuery query(db);
    // An absence recorded against a session counts in the session's term; one recorded at a
    // 出席人代会 activity without the session named counts in each term the deputy served that
    // day (the Deputies-Law alert must not miss it).
    if (reads.run(query,
                  QStringLiteral("SELECT m.id, COUNT(*) FROM activities a "
                                 "JOIN activity_types t ON t.id = a.type_id "
                                 "JOIN activity_participants p ON p.activity_id = a.id "
                                 "LEFT JOIN sessions s ON s.id = a.session_id "
                                 "JOIN memberships m ON m.deputy_id = p.deputy_id "
                                 "JOIN terms tm ON tm.id = m.term_id "
                                 "WHERE p.attendance = 'absent' AND a.day <= ? AND "
                                 "(s.id IS NOT NULL AND m.term_id = s.term_id OR "
                                 "s.id IS NULL AND t.code = 'session' AND "
                                 "a.day >= tm.start_date AND "
                                 "(tm.end_date IS NULL OR a.day <= tm.end_date))%1 "
                                 "GROUP BY m.id")
                      .arg(oneDeputy(deputyId, "p.deputy_id")),
                  {storage::sql::dateValue(to)}))
        while (query.next())
            absences.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return absences;
}

} // namespace

Result<ScoreInputs> loadScoreInputs(QSqlDatabase db, const QDate& yearStart, const QDate& from,
                                    const QDate& to, qint64 deputyId, bool withLabels)
{
    Reads reads;
    ScoreInputs inputs;
    inputs.members = loadMembers(db, from, to, deputyId, reads);
    loadActivities(db, yearStart, to, deputyId, withLabels, inputs.events, reads);
    loadLoopItems(db, yearStart, to, deputyId, withLabels, inputs.events, reads);
    for (QList<ScoreEvent>& list : inputs.events)
        std::stable_sort(list.begin(), list.end(),
                         [](const ScoreEvent& a, const ScoreEvent& b) { return a.date < b.date; });
    inputs.sessionAbsencesInTerm = loadSessionAbsences(db, to, deputyId, reads);
    if (reads.failure)
        return *reads.failure;
    return inputs;
}

} // namespace dd::scoring

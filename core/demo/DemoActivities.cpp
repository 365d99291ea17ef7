#include "demo/DemoActivities.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "activities/RosterStore.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace dd::demo {

using namespace activities;

namespace {

int yearlyActivities(DemoOptions::Scale scale) // domain.md, "Data scale"
{
    switch (scale) {
    case DemoOptions::Scale::Small:
        return 150;
    case DemoOptions::Scale::County:
        return 3000;
    case DemoOptions::Scale::Large:
        return 12000;
    }
    return 0;
}

struct Kind {
    const char* code;
    int share;         // percent of the activities besides sessions and receptions
    int fewest, most;  // participants
    const char* title; // %1: the township
};

const Kind kKinds[] = {
    {"visit", 26, 1, 1, "走访%1选民"},
    {"social_report", 24, 1, 1, "反映%1群众关切"},
    {"report_to_voters", 6, 1, 1, "向%1选民报告履职情况"},
    {"inspection", 8, 6, 20, "视察%1民生实事项目"},
    {"research", 8, 5, 15, "%1乡村振兴专题调研"},
    {"law_enforcement", 4, 6, 18, "%1食品安全法执法检查"},
    {"training", 6, 20, 60, "%1代表履职学习培训"},
    {"group", 12, 6, 25, "%1代表小组主题活动"},
    {"standing_committee", 4, 2, 4, "列席县人大常委会会议"},
    {"project_vote", 2, 15, 40, "%1民生实事项目票决"},
};

const char* const kLeaveReasons[] = {"外出学习", "生病住院", "因公出差", "家中有事"};

struct Person {
    qint64 id;
    qint64 townshipId;
    bool behind;
};

class ActivityDemo {
public:
    ActivityDemo(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db))
        , m_options(options)
        , m_random(options.seed + 7)
        , m_today(Clock::today())
        , m_store(m_db)
    {
    }

    Outcome run()
    {
        registry::DeputyFilter serving;
        const auto rows = registry::DeputyStore(m_db).list(serving);
        if (!rows)
            return rows.failure();
        QSet<qint64> seen;
        for (const registry::DeputyRow& row : *rows) {
            if (seen.contains(row.deputy.id))
                continue;
            seen.insert(row.deputy.id);
            const Person person{row.deputy.id, row.membership.townshipId,
                                m_random.bounded(10) == 3};
            m_people << person;
            m_byTownship[person.townshipId] << person;
            if (person.behind)
                m_behind.insert(person.id);
        }
        if (m_people.isEmpty())
            return Outcome::success();
        for (int year = firstYear(); year <= m_today.year(); ++year) {
            Outcome outcome = addLeaves(year);
            if (outcome.ok())
                outcome = addSessions(year);
            const int before = m_receptions;
            if (outcome.ok())
                outcome = addReceptions(year);
            if (outcome.ok())
                outcome = addOthers(year, m_receptions - before);
            if (!outcome.ok())
                return outcome;
        }
        return linkConcerns();
    }

private:
    int firstYear() const { return m_today.year() - m_options.years + 1; }
    QDate lastDay(int year) const { return std::min(QDate(year, 12, 31), m_today); }
    QDate workday(int year)
    {
        const QDate first(year, 1, 1);
        QDate day;
        do
            day = first.addDays(m_random.bounded(int(first.daysTo(lastDay(year))) + 1));
        while (day.dayOfWeek() > 5);
        return day;
    }

    Outcome addLeaves(int year)
    {
        LeaveStore leaves(m_db);
        for (const Person& person : std::as_const(m_people)) {
            if (m_random.bounded(100) >= 3)
                continue;
            Leave leave;
            leave.deputyId = person.id;
            leave.from = workday(year);
            leave.to = leave.from.addDays(20 + m_random.bounded(70));
            leave.reason = QString::fromUtf8(kLeaveReasons[m_random.bounded(4)]);
            if (const Outcome added = leaves.add(leave); !added.ok() && added.errors.isEmpty())
                return added; // an overlap with an earlier leave is simply not taken
        }
        return Outcome::success();
    }

    Outcome addSessions(int year)
    {
        const auto type = m_store.typeByCode(QLatin1String(kSessionType)).valueOr({});
        const auto sessions = registry::TermStore(m_db).sessions();
        if (!sessions)
            return sessions.failure();
        for (const registry::Session& session : *sessions) {
            if (session.openingDate.year() != year || session.openingDate > m_today ||
                (session.level != registry::Level::County &&
                 session.level != registry::Level::Township))
                continue;
            Activity activity;
            activity.typeId = type->id;
            activity.date = session.openingDate;
            activity.start = QTime(9, 0);
            activity.sessionId = session.id;
            activity.title =
                QStringLiteral("%1第%2届人民代表大会第%3次会议")
                    .arg(session.level == registry::Level::County ? QStringLiteral("云岭县")
                                                                  : QStringLiteral("乡镇"))
                    .arg(session.termNumber)
                    .arg(session.number);
            activity.place = QStringLiteral("人民会堂");
            ParticipantSelection selection;
            selection.sessionId = session.id;
            auto participants = m_store.participantsFor(selection, session.openingDate);
            if (!participants)
                return participants.failure();
            activity.participants = std::move(*participants);
            for (Participant& p : activity.participants) {
                if (p.attendance != Attendance::Present)
                    continue;
                const int ticket = m_random.bounded(1000);
                if (ticket < (m_behind.contains(p.deputyId) ? 60 : 4)) {
                    p.attendance = Attendance::Absent;
                } else if (ticket >= 970) {
                    p.attendance = Attendance::Leave;
                    p.reason = QString::fromUtf8(kLeaveReasons[m_random.bounded(4)]);
                }
            }
            if (const Outcome added = m_store.add(activity); !added.ok())
                return added;
        }
        return Outcome::success();
    }

    Outcome addReceptions(int year)
    {
        const RosterPlanner planner(m_db, calendar::CalendarStore(m_db).load());
        RosterStore rosters(m_db);
        QSqlQuery query(m_db);
        const auto stations = registry::StationStore(m_db).list();
        if (!stations)
            return stations.failure();
        for (const registry::StationRow& row : *stations) {
            const registry::Station& station = row.station;
            auto roster =
                planner.plan(station.id, QDate(year, 1, 1), QDate(year, 12, 31), RosterOptions());
            if (!roster || roster->days.isEmpty())
                continue; // no rule it understands: no reception days
            // A busy station seats more deputies a day, so that everyone can meet the minimum.
            RosterOptions roomy;
            const qsizetype needed = roster->names.size() * roster->minimum;
            if (needed > roster->days.size() * roomy.required) {
                roomy.capacity = int((needed + roster->days.size() - 1) / roster->days.size());
                roster = planner.plan(station.id, QDate(year, 1, 1), QDate(year, 12, 31), roomy);
            }
            for (RosterDay& day : roster->days) // those behind skip their duties
                day.deputyIds.removeIf([&](qint64 id) { return m_behind.contains(id); });
            RecordedDuties recorded;
            Outcome outcome = rosters.save(*roster);
            if (outcome.ok() && roster->days.value(0).date <= m_today)
                outcome = rosters.recordCompleted(station.id, QDate(year, 1, 1), lastDay(year),
                                                  &recorded);
            if (!outcome.ok())
                return outcome;
            for (qint64 id : std::as_const(recorded.activityIds))
                if (!storage::sql::run(
                        query,
                        QStringLiteral("UPDATE activities SET citizens_received = ?, "
                                       "start_time = '09:00', end_time = '11:30' "
                                       "WHERE id = ?"),
                        {m_random.bounded(12), id}))
                    return storage::sql::storageFailure(query);
            m_receptions += int(recorded.activityIds.size());
        }
        return Outcome::success();
    }

    QList<Person> pick(qint64 townshipId, int count)
    {
        const QList<Person>& pool = m_byTownship.value(townshipId).size() >= count
                                        ? m_byTownship.value(townshipId)
                                        : m_people;
        QList<Person> chosen;
        QSet<qint64> taken;
        for (int tries = 0; chosen.size() < count && tries < count * 6; ++tries) {
            const Person& person = pool.at(m_random.bounded(int(pool.size())));
            // Those behind turn up for one activity in five that would have had them.
            if (taken.contains(person.id) || (person.behind && m_random.bounded(5) != 0))
                continue;
            taken.insert(person.id);
            chosen << person;
        }
        return chosen;
    }

    Outcome addOthers(int year, int receptions)
    {
        // The current year so far: the share of its days that have passed.
        const double elapsed =
            double(QDate(year, 1, 1).daysTo(lastDay(year)) + 1) / QDate(year, 1, 1).daysInYear();
        const int target = int(yearlyActivities(m_options.scale) * elapsed) - receptions;
        QList<qint64> townships = m_byTownship.keys();
        townships.removeAll(0); // deputies of the levels above sit in no township
        for (const Kind& kind : kKinds) {
            const auto type = m_store.typeByCode(QLatin1String(kind.code)).valueOr({});
            const int count = std::max(1, target * kind.share / 100);
            for (int i = 0; i < count; ++i) {
                const qint64 township = townships.at(m_random.bounded(int(townships.size())));
                const QList<Person> people =
                    pick(township, kind.fewest + m_random.bounded(kind.most - kind.fewest + 1));
                if (people.isEmpty())
                    continue;
                Activity activity;
                activity.typeId = type->id;
                activity.date = workday(year);
                const QString title = QString::fromUtf8(kind.title);
                activity.title =
                    title.contains(QLatin1String("%1")) ? title.arg(townshipName(township)) : title;
                if (people.size() > 1) {
                    activity.start = QTime(8 + m_random.bounded(2), 30);
                    activity.end = activity.start.addSecs(3600 * (2 + m_random.bounded(3)));
                    activity.organiser = QStringLiteral("县人大常委会代表工作室");
                }
                const auto leaves = LeaveStore(m_db).onLeave(activity.date);
                if (!leaves)
                    return leaves.failure();
                const QHash<qint64, QString>& onLeave = *leaves;
                for (const Person& person : people) {
                    Participant p{person.id, Attendance::Present, {}, {}};
                    if (onLeave.contains(person.id)) {
                        p.attendance = Attendance::Leave;
                        p.reason = onLeave.value(person.id);
                    } else if (people.size() > 1 && m_random.bounded(100) < 3) {
                        p.attendance = Attendance::Absent;
                    }
                    activity.participants << p;
                }
                if (const Outcome added = m_store.add(activity); !added.ok())
                    return added;
            }
        }
        return Outcome::success();
    }

    QString townshipName(qint64 id)
    {
        if (!m_townshipNames.contains(id)) {
            QSqlQuery query(m_db);
            storage::sql::run(query, QStringLiteral("SELECT name FROM townships WHERE id = ?"),
                              {id});
            m_townshipNames.insert(id, query.next() ? query.value(0).toString() : QString());
        }
        return m_townshipNames.value(id);
    }

    // The concerns raised at a station on a reception day were recorded at that reception.
    Outcome linkConcerns()
    {
        QSqlQuery query(m_db);
        if (!storage::sql::run(
                query,
                QStringLiteral("INSERT OR IGNORE INTO activity_items(activity_id, item_id) "
                               "SELECT a.id, i.id FROM activities a "
                               "JOIN activity_types t ON t.id = a.type_id "
                               "JOIN loop_items i ON i.station_id = a.station_id "
                               "AND i.raised_date = a.day "
                               "WHERE t.code = ? AND i.kind = 'concern'"),
                {QString::fromLatin1(kReceptionType)}))
            return storage::sql::storageFailure(query);
        return Outcome::success();
    }

    QSqlDatabase m_db;
    DemoOptions m_options;
    QRandomGenerator m_random;
    QDate m_today;
    ActivityStore m_store;
    QList<Person> m_people;
    QHash<qint64, QList<Person>> m_byTownship;
    QSet<qint64> m_behind;
    QHash<qint64, QString> m_townshipNames;
    int m_receptions = 0;
};

} // namespace

Outcome generateActivityDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary)
{
    const Outcome outcome = ActivityDemo(db, options).run();
    if (outcome.ok() && summary) {
        QSqlQuery query(db);
        if (storage::sql::run(query, QStringLiteral("SELECT COUNT(*) FROM activities")) &&
            query.next())
            summary->activities = query.value(0).toInt();
    }
    return outcome;
}

} // namespace dd::demo

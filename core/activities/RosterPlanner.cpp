#include "activities/RosterPlanner.h"

#include "activities/LeaveStore.h"
#include "activities/ReceptionRule.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"

#include <QSet>

#include <cmath>

namespace dd::activities {

RosterPlanner::RosterPlanner(QSqlDatabase db, calendar::WorkingCalendar calendar)
    : m_db(std::move(db))
    , m_calendar(std::move(calendar))
{
}

int RosterPlanner::proRated(int yearlyMinimum, const QDate& from, const QDate& to)
{
    // The year-to-date share at the period's end less the share before it: rounding each
    // period up on its own would ask for more than the minimum over the year (1+1+2+2 for 4).
    const QDate yearEnd(from.year(), 12, 31);
    const double yearDays = yearEnd.dayOfYear();
    const auto shareUpTo = [&](const QDate& day) {
        if (day.year() < from.year())
            return 0;
        return int(std::ceil(yearlyMinimum * std::min(day, yearEnd).dayOfYear() / yearDays - 1e-9));
    };
    return shareUpTo(to) - shareUpTo(from.addDays(-1));
}

// The station's deputies' leaves in the period, looked up per deputy.
struct RosterPlanner::Leaves {
    QMultiHash<qint64, Leave> byDeputy;
    bool covers(qint64 deputy, const QDate& date) const
    {
        for (auto it = byDeputy.constFind(deputy); it != byDeputy.constEnd() && it.key() == deputy;
             ++it)
            if (it->covers(date))
                return true;
        return false;
    }
};

Result<Roster> RosterPlanner::plan(qint64 stationId, const QDate& from, const QDate& to,
                                   const RosterOptions& options) const
{
    const auto station = registry::StationStore(m_db).get(stationId);
    if (!station.found())
        return station.missing(tr("Station %1 does not exist").arg(stationId));
    const auto rule = ReceptionRule::parse(station->receptionRule);
    if (!rule)
        return rule.failure();
    Roster roster;
    roster.stationId = stationId;
    roster.from = from;
    roster.to = to;
    roster.minimum = proRated(options.yearlyMinimum, from, to);
    const int required = std::max(1, options.required);
    const int capacity = std::max(required, options.capacity);
    const auto deputies = stationedDeputies(roster);
    const auto allLeaves = LeaveStore(m_db).list();
    if (!deputies || !allLeaves)
        return !deputies ? deputies.failure() : allLeaves.failure();
    Leaves leaves;
    for (const Leave& leave : *allLeaves)
        if (roster.names.contains(leave.deputyId) && leave.to >= from && leave.from <= to)
            leaves.byDeputy.insert(leave.deputyId, leave);
    for (const QDate& date : rule->datesIn(from, to, m_calendar))
        roster.days.append({date, {}});
    const qsizetype slots = roster.days.size() * capacity;
    if (deputies->size() * roster.minimum > slots)
        roster.problems << tr("%1 deputies × %2 duties > %3 slots: add reception days or lower "
                              "the minimum")
                               .arg(deputies->size())
                               .arg(roster.minimum)
                               .arg(slots);
    assignRequired(roster, *deputies, leaves, required);
    assignSpare(roster, *deputies, leaves, capacity);
    if (roster.problems.isEmpty()) // with enough slots, only leave keeps a deputy short
        for (qint64 deputy : *deputies)
            if (roster.load.value(deputy) < roster.minimum)
                roster.problems << tr("%1: %2 of %3 duties (on leave on the other reception days)")
                                       .arg(roster.names.value(deputy))
                                       .arg(roster.load.value(deputy))
                                       .arg(roster.minimum);
    return roster;
}

Result<QList<qint64>> RosterPlanner::stationedDeputies(Roster& roster) const
{
    registry::DeputyFilter stationed;
    stationed.stationId = roster.stationId;
    const auto rows = registry::DeputyStore(m_db).list(stationed, registry::NameOrder::Strokes);
    if (!rows)
        return rows.failure();
    QList<qint64> deputies;
    for (const registry::DeputyRow& row : *rows) {
        if (roster.names.contains(row.deputy.id))
            continue;
        roster.names.insert(row.deputy.id, row.deputy.name);
        deputies << row.deputy.id;
        roster.load.insert(row.deputy.id, 0);
        if (!row.deputy.isCadre)
            roster.grassRoots.insert(row.deputy.id);
    }
    return deputies;
}

void RosterPlanner::assignRequired(Roster& roster, const QList<qint64>& deputies,
                                   const Leaves& leaves, int required)
{
    QHash<qint64, QDate> lastDuty;
    // The least loaded first, then the one who sat longest ago: the load stays within one.
    const auto byLoad = [&](qint64 a, qint64 b) {
        if (roster.load.value(a) != roster.load.value(b))
            return roster.load.value(a) < roster.load.value(b);
        return lastDuty.value(a) < lastDuty.value(b);
    };
    for (RosterDay& day : roster.days) {
        QList<qint64> available;
        for (qint64 deputy : deputies)
            if (!leaves.covers(deputy, day.date))
                available << deputy;
        std::stable_sort(available.begin(), available.end(), byLoad);
        day.deputyIds = available.mid(0, required);
        const bool hasGrassRoots =
            std::any_of(day.deputyIds.cbegin(), day.deputyIds.cend(),
                        [&](qint64 d) { return roster.grassRoots.contains(d); });
        if (!hasGrassRoots && !day.deputyIds.isEmpty())
            for (qint64 candidate : available.mid(required))
                if (roster.grassRoots.contains(candidate)) {
                    day.deputyIds.last() = candidate;
                    break;
                }
        if (day.deputyIds.size() < required)
            roster.problems << tr("%1: %2 deputy(ies) available, %3 required")
                                   .arg(day.date.toString(Qt::ISODate))
                                   .arg(day.deputyIds.size())
                                   .arg(required);
        for (qint64 deputy : std::as_const(day.deputyIds)) {
            ++roster.load[deputy];
            lastDuty[deputy] = day.date;
        }
    }
}

void RosterPlanner::assignSpare(Roster& roster, const QList<qint64>& deputies, const Leaves& leaves,
                                int capacity)
{
    // Deputies still short of the minimum take the spare places (capacity above required).
    for (qint64 deputy : deputies)
        for (RosterDay& day : roster.days) {
            if (roster.load.value(deputy) >= roster.minimum)
                break;
            if (day.deputyIds.size() < capacity && !day.deputyIds.contains(deputy) &&
                !leaves.covers(deputy, day.date)) {
                day.deputyIds << deputy;
                ++roster.load[deputy];
            }
        }
}

} // namespace dd::activities

#include "usecases/ActivityActions.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "writeaccess/Perform.h"

#include <QCoreApplication>

namespace dd::usecase {

using activities::ActivityStore;
using activities::RosterStore;

namespace {
// A session-attendance record belongs to its session: when the clerk named none, the one that
// sat that day (so an absence counts toward the Deputies-Law alert of that session).
Outcome linkSession(QSqlDatabase db, activities::Activity& activity)
{
    if (activity.sessionId > 0 || !activity.date.isValid())
        return Outcome::success();
    const auto type = ActivityStore(db).typeByCode(QLatin1String(activities::kSessionType));
    if (!type)
        return type.failure();
    if (!*type || (*type)->id != activity.typeId)
        return Outcome::success();
    const auto session = registry::TermStore(db).sessionOn(
        activity.date, registry::OfficeSettings(db).officeLevel());
    if (!session)
        return session.failure();
    if (*session)
        activity.sessionId = (*session)->id;
    return Outcome::success();
}
QString stationName(QSqlDatabase db, qint64 stationId)
{
    const auto station = registry::StationStore(std::move(db)).get(stationId);
    return station.found() ? station->name : QString::number(stationId);
}

QString deputyName(QSqlDatabase db, qint64 deputyId)
{
    const auto deputy = registry::DeputyStore(std::move(db)).get(deputyId);
    return deputy.found() ? deputy->name : QString::number(deputyId);
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// An activity's particulars as the log keeps them (codes and numbers, not screen words), so that
// a removed or corrected activity can be read back from its entry.
QList<std::pair<QString, QString>> particulars(const activities::Activity& a)
{
    QStringList people;
    for (const activities::Participant& p : a.participants)
        people << QStringLiteral("%1:%2").arg(p.deputyId).arg(activities::code(p.attendance)) +
                      (p.reason.isEmpty() ? QString() : QLatin1Char(':') + p.reason);
    return {{QStringLiteral("kind"), a.typeCode},
            {QStringLiteral("date"), day(a.date)},
            {QStringLiteral("start_time"), a.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("end_time"), a.end.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("organiser"), a.organiser},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("station"), a.stationId > 0 ? QString::number(a.stationId) : QString()},
            {QStringLiteral("citizens_received"), QString::number(a.citizensReceived)},
            {QStringLiteral("participants"), people.join(QLatin1Char(';'))}};
}

QList<storage::FieldChange> activityChanges(const activities::Activity& before,
                                            const activities::Activity* after)
{
    QList<storage::FieldChange> changes;
    const auto old = particulars(before);
    const auto now = after ? particulars(*after) : decltype(old){};
    for (qsizetype i = 0; i < old.size(); ++i)
        compareField(changes, old.at(i).first, old.at(i).second,
                     after ? now.at(i).second : QString());
    return changes;
}
} // namespace

Outcome saveActivity(QSqlDatabase db, activities::Activity& activity)
{
    if (const Outcome linked = linkSession(db, activity); !linked.ok())
        return linked;
    const bool adding = activity.id <= 0;
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            ActivityStore store(db);
            if (adding)
                return store.add(activity);
            const auto before = store.find(activity.id);
            const Outcome saved = store.update(activity);
            const auto after = store.find(activity.id);
            if (saved.ok() && before.found() && after.found())
                changes = activityChanges(*before, &*after);
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(adding ? QStringLiteral("activity.add") : QStringLiteral("activity.edit"),
                         (adding ? words(QT_TRANSLATE_NOOP("dd::log", "Recorded activity %1 on %2"))
                                 : words(QT_TRANSLATE_NOOP("dd::log", "Changed activity %1 on %2")))
                             .arg(activity.title, day(activity.date)),
                         QStringLiteral("activity"), activity.id);
            entry.changes = changes;
            return entry;
        });
}

Outcome removeActivity(QSqlDatabase db, qint64 activityId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Outcome::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("dd::usecase", "say why the activity is removed")}});
    QString removed;
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            ActivityStore store(db);
            const auto activity = store.find(activityId);
            if (activity.failed())
                return activity.failure();
            if (activity.found()) {
                removed = activity->title + QLatin1Char(' ') + day(activity->date);
                changes = activityChanges(*activity, nullptr); // the old version, kept in the log
            }
            return store.remove(activityId);
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(QStringLiteral("activity.remove"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Removed activity %1")).arg(removed),
                         QStringLiteral("activity"), activityId);
            entry.changes = changes;
            entry.reason = reason.trimmed();
            return entry;
        });
}

Outcome addActivityType(QSqlDatabase db, activities::ActivityType& type)
{
    return perform(
        db, [&] { return ActivityStore(db).addType(type); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("activity_type.add"),
                words(QT_TRANSLATE_NOOP("dd::log", "Added activity type %1")).arg(type.name),
                QStringLiteral("activity_type"), type.id);
        });
}

Outcome renameActivityType(QSqlDatabase db, qint64 typeId, const QString& name)
{
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            ActivityStore store(db);
            const auto types = store.types();
            if (types)
                for (const activities::ActivityType& type : *types)
                    if (type.id == typeId)
                        compareField(changes, QStringLiteral("name"), type.name, name);
            return store.renameType(typeId, name);
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(QStringLiteral("activity_type.rename"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Renamed activity type %1")).arg(name),
                         QStringLiteral("activity_type"), typeId);
            entry.changes = changes;
            return entry;
        });
}

Outcome recordLeave(QSqlDatabase db, activities::Leave& leave)
{
    return perform(
        db, [&] { return activities::LeaveStore(db).add(leave); },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry = logEntry(
                QStringLiteral("leave.add"),
                words(QT_TRANSLATE_NOOP("dd::log", "Recorded leave of deputy %1 from %2 to %3"))
                    .arg(deputyName(db, leave.deputyId), day(leave.from), day(leave.to)),
                QStringLiteral("deputy"), leave.deputyId);
            entry.reason = leave.reason;
            return entry;
        });
}

Outcome removeLeave(QSqlDatabase db, qint64 leaveId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Outcome::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("dd::usecase", "say why the leave is removed")}});
    activities::Leave removed;
    return perform(
        db,
        [&] {
            activities::LeaveStore store(db);
            const auto leave = store.find(leaveId);
            if (leave.failed())
                return leave.failure();
            if (leave.found())
                removed = *leave;
            return store.remove(leaveId);
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry = logEntry(
                QStringLiteral("leave.remove"),
                words(QT_TRANSLATE_NOOP("dd::log", "Removed the leave of deputy %1 from %2 to %3"))
                    .arg(removed.deputyName, day(removed.from), day(removed.to)),
                QStringLiteral("deputy"), removed.deputyId);
            // The old version, kept in the log.
            entry.changes = {{QStringLiteral("date"),
                              day(removed.from) + QStringLiteral(" — ") + day(removed.to),
                              {}},
                             {QStringLiteral("notes"), removed.reason, {}}};
            entry.reason = reason.trimmed();
            return entry;
        });
}

Outcome correctLeave(QSqlDatabase db, activities::Leave& leave, const QString& why)
{
    if (why.trimmed().isEmpty())
        return Outcome::invalid(
            {{QStringLiteral("why"),
              QCoreApplication::translate("dd::usecase", "say why the leave is corrected")}});
    const auto period = [](const activities::Leave& l) -> QString {
        return day(l.from) + QStringLiteral(" — ") + day(l.to);
    };
    QList<storage::FieldChange> changes;
    QString name;
    return perform(
        db,
        [&] {
            activities::LeaveStore store(db);
            const auto before = store.find(leave.id);
            if (!before.found())
                return before.missing(
                    QCoreApplication::translate("dd::usecase", "No leave %1").arg(leave.id));
            leave.deputyId = before->deputyId;
            name = before->deputyName;
            const Outcome saved = store.update(leave);
            if (saved.ok()) {
                compareField(changes, QStringLiteral("date"), period(*before), period(leave));
                compareField(changes, QStringLiteral("notes"), before->reason, leave.reason);
            }
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(QStringLiteral("leave.edit"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Corrected the leave of deputy %1: %2"))
                             .arg(name, words.fields(changes)),
                         QStringLiteral("deputy"), leave.deputyId);
            entry.changes = changes;
            entry.reason = why.trimmed();
            return entry;
        });
}

Outcome saveRoster(QSqlDatabase db, const activities::Roster& roster)
{
    return perform(
        db, [&] { return RosterStore(db).save(roster); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("roster.save"),
                words(QT_TRANSLATE_NOOP("dd::log", "Saved the duty roster of %1 from %2 to %3"))
                    .arg(stationName(db, roster.stationId), day(roster.from), day(roster.to)),
                QStringLiteral("station"), roster.stationId);
        });
}

namespace {
// The names of the deputies on duty at a station on `date` (none when the day is not on the
// roster), as the log keeps them.
Result<QString> onDuty(QSqlDatabase db, qint64 stationId, const QDate& date)
{
    const auto roster = RosterStore(db).load(stationId, date, date);
    if (!roster)
        return roster.failure();
    QStringList names;
    for (const activities::RosterDay& rosterDay : roster->days)
        if (rosterDay.date == date)
            for (qint64 id : rosterDay.deputyIds)
                names << deputyName(db, id);
    return names.join(QStringLiteral("、"));
}
} // namespace

Outcome setRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date,
                     const QList<qint64>& deputyIds)
{
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            const auto before = onDuty(db, stationId, date);
            if (!before)
                return before.failure();
            const Outcome saved = RosterStore(db).setDay(stationId, date, deputyIds);
            const auto after = onDuty(db, stationId, date);
            if (saved.ok() && after)
                compareField(changes, QStringLiteral("participants"), *before, *after);
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            QStringList names;
            for (qint64 id : deputyIds)
                names << deputyName(db, id);
            storage::LogEntry entry = logEntry(
                QStringLiteral("roster.day"),
                words(QT_TRANSLATE_NOOP("dd::log", "Set the duty of %1 on %2: %3"))
                    .arg(stationName(db, stationId), day(date), names.join(QStringLiteral(", "))),
                QStringLiteral("station"), stationId);
            entry.changes = changes;
            return entry;
        });
}

Outcome removeRosterDay(QSqlDatabase db, qint64 stationId, const QDate& date, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Outcome::invalid({{QStringLiteral("reason"),
                                  QCoreApplication::translate(
                                      "dd::usecase", "say why the day is taken off the roster")}});
    QString before;
    return perform(
        db,
        [&] {
            const auto names = onDuty(db, stationId, date);
            if (!names)
                return names.failure();
            before = *names;
            return RosterStore(db).removeDay(stationId, date);
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(QStringLiteral("roster.day_remove"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Removed the reception day %2 of %1"))
                             .arg(stationName(db, stationId), day(date)),
                         QStringLiteral("station"), stationId);
            entry.changes = {{QStringLiteral("participants"), before, {}}}; // the old version
            entry.reason = reason.trimmed();
            return entry;
        });
}

Outcome recordCompletedDuties(QSqlDatabase db, qint64 stationId, const QDate& from,
                              const QDate& until, activities::RecordedDuties* recorded)
{
    return perform(
        db, [&] { return RosterStore(db).recordCompleted(stationId, from, until, recorded); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("roster.complete"),
                words(QT_TRANSLATE_NOOP("dd::log",
                                        "Recorded the duty roster of %1 up to %2 as receptions"))
                    .arg(stationName(db, stationId), day(until)),
                QStringLiteral("station"), stationId);
        });
}

} // namespace dd::usecase

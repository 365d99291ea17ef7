#include "usecases/DeputyActions.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "usecases/DeputyVersions.h"
#include "writeaccess/Perform.h"

#include <QCoreApplication>

namespace dd::usecase {

namespace {
Outcome saveEdit(QSqlDatabase db, DeputyEdit& edit)
{
    registry::DeputyStore deputies(db);
    Outcome outcome = deputies.update(edit.deputy);
    if (outcome.ok() && edit.membership)
        outcome = deputies.updateMembership(*edit.membership);
    if (outcome.ok() && edit.primaryStationId > 0) {
        const auto assigned = deputies.stations(edit.deputy.id);
        if (!assigned)
            return assigned.failure();
        bool alreadyPrimary = false;
        for (const auto& [stationId, name, primary] : *assigned)
            alreadyPrimary |= primary && stationId == edit.primaryStationId;
        if (!alreadyPrimary)
            outcome = registry::StationStore(db).assign(edit.deputy.id, edit.primaryStationId, true,
                                                        Clock::today());
    }
    if (outcome.ok())
        outcome.id = edit.deputy.id;
    return outcome;
}

Outcome assign(QSqlDatabase db, const StationAssignment& assignment, qint64* failedDeputyId)
{
    registry::StationStore stations(db);
    const QDate date = assignment.date.isValid() ? assignment.date : Clock::today();
    for (qint64 deputyId : assignment.deputyIds) {
        const Outcome outcome =
            assignment.remove
                ? stations.unassign(deputyId, assignment.stationId, date)
                : stations.assign(deputyId, assignment.stationId, assignment.primary, date);
        if (!outcome.ok()) {
            if (failedDeputyId)
                *failedDeputyId = deputyId;
            return outcome; // the transaction rolls every assignment back
        }
    }
    return Outcome::success(assignment.stationId);
}

// The person's fields a clerk sees, for the log's changes (the photo by whether there is one).
QList<storage::FieldChange> personChanges(const registry::Deputy& before,
                                          const registry::Deputy& after)
{
    QList<storage::FieldChange> changes;
    const auto yesNo = [](bool flag) { return flag ? QStringLiteral("1") : QStringLiteral("0"); };
    compareField(changes, QStringLiteral("name"), before.name, after.name);
    compareField(changes, QStringLiteral("gender"), before.gender, after.gender);
    compareField(changes, QStringLiteral("ethnicity"), before.ethnicity, after.ethnicity);
    compareField(changes, QStringLiteral("birth_month"), before.birthMonth, after.birthMonth);
    compareField(changes, QStringLiteral("party"), before.party, after.party);
    compareField(changes, QStringLiteral("education"), before.education, after.education);
    compareField(changes, QStringLiteral("work_unit"), before.workUnit, after.workUnit);
    compareField(changes, QStringLiteral("phone"), before.phone, after.phone);
    compareField(changes, QStringLiteral("id_number"), before.idNumber, after.idNumber);
    compareField(changes, QStringLiteral("address"), before.address, after.address);
    compareField(changes, QStringLiteral("composition"), before.composition, after.composition);
    compareField(changes, QStringLiteral("cadre"), yesNo(before.isCadre), yesNo(after.isCadre));
    compareField(changes, QStringLiteral("returned_overseas"), yesNo(before.isReturnedOverseas),
                 yesNo(after.isReturnedOverseas));
    compareField(changes, QStringLiteral("notes"), before.notes, after.notes);
    if (before.photo != after.photo)
        changes.append({QStringLiteral("photo"), yesNo(!before.photo.isEmpty()),
                        yesNo(!after.photo.isEmpty())});
    return changes;
}
} // namespace

Outcome addDeputy(QSqlDatabase db, registry::Deputy& deputy, registry::Membership& membership,
                  qint64 primaryStationId)
{
    return perform(
        db, [&] { return registry::DeputyStore(db).add(deputy, membership, primaryStationId); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(QStringLiteral("deputy.add"),
                            words(QT_TRANSLATE_NOOP("dd::log", "Added deputy %1 (%2, term %3)"))
                                .arg(deputy.name, words.of(registry::kRegistryContext,
                                                           registry::levelSource(membership.level)))
                                .arg(membership.termNumber),
                            QStringLiteral("deputy"), deputy.id);
        });
}

Outcome changeDeputyStatus(QSqlDatabase db, const StatusChange& change)
{
    QString name;
    return perform(
        db,
        [&] {
            registry::DeputyStore deputies(db);
            if (const auto deputy = deputies.get(change.deputyId); deputy.found())
                name = deputy->name;
            return deputies.changeStatus(change.deputyId, change.level, change.termNumber,
                                         change.status, change.date, change.reason);
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry = logEntry(
                QStringLiteral("deputy.status"),
                words(QT_TRANSLATE_NOOP("dd::log", "Changed the status of deputy %1 (%2, term "
                                                   "%3) to %4 on %5"))
                    .arg(name,
                         words.of(registry::kRegistryContext, registry::levelSource(change.level)))
                    .arg(change.termNumber)
                    .arg(
                        words.of(registry::kRegistryContext, registry::statusSource(change.status)),
                        change.date.toString(Qt::ISODate)),
                QStringLiteral("deputy"), change.deputyId);
            entry.reason = change.reason;
            return entry;
        });
}

Outcome editDeputy(QSqlDatabase db, DeputyEdit& edit)
{
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            registry::DeputyStore deputies(db);
            const auto before = deputies.get(edit.deputy.id);
            Outcome saved = saveEdit(db, edit);
            const auto after = deputies.get(edit.deputy.id);
            if (saved.ok() && before.found() && after.found())
                changes = personChanges(*before, *after);
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry = logEntry(
                QStringLiteral("deputy.edit"),
                changes.isEmpty()
                    ? words(QT_TRANSLATE_NOOP("dd::log", "Saved deputy %1")).arg(edit.deputy.name)
                    : words(QT_TRANSLATE_NOOP("dd::log", "Changed deputy %1: %2"))
                          .arg(edit.deputy.name, words.fields(changes)),
                QStringLiteral("deputy"), edit.deputy.id);
            entry.changes = changes;
            return entry;
        });
}

Outcome assignToStation(QSqlDatabase db, const StationAssignment& assignment,
                        qint64* failedDeputyId)
{
    return perform(
        db, [&] { return assign(db, assignment, failedDeputyId); },
        [&](const LogWords& words, const Outcome&) {
            const auto station = registry::StationStore(db).get(assignment.stationId);
            const QString stationName =
                station.found() ? station->name : QString::number(assignment.stationId);
            return logEntry(
                assignment.remove ? QStringLiteral("station.unassign")
                                  : QStringLiteral("station.assign"),
                (assignment.remove
                     ? words(QT_TRANSLATE_NOOP("dd::log", "Took %1 deputies off station %2"))
                     : words(QT_TRANSLATE_NOOP("dd::log", "Assigned %1 deputies to station %2")))
                    .arg(assignment.deputyIds.size())
                    .arg(stationName),
                QStringLiteral("station"), assignment.stationId);
        });
}

Outcome restoreDeputyVersion(QSqlDatabase db, qint64 deputyId, int number)
{
    const auto versions = deputyVersions(db, deputyId);
    if (!versions)
        return versions.failure();
    if (number < 1 || number > versions->size())
        return Outcome::invalid(
            {{QStringLiteral("version"),
              QCoreApplication::translate("dd::usecase", "deputy %1 has versions 1 to %2")
                  .arg(deputyId)
                  .arg(versions->size())}});
    QList<storage::FieldChange> changes;
    DeputyEdit edit{versions->at(number - 1).deputy, std::nullopt, 0};
    return perform(
        db,
        [&] {
            registry::DeputyStore deputies(db);
            const auto before = deputies.get(deputyId);
            if (!before.found())
                return before.missing(QString());
            edit.deputy.photo = before->photo; // the log keeps no photos
            Outcome saved = saveEdit(db, edit);
            const auto after = deputies.get(deputyId);
            if (saved.ok() && after.found())
                changes = personChanges(*before, *after);
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            storage::LogEntry entry =
                logEntry(QStringLiteral("deputy.edit"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Changed deputy %1: %2"))
                             .arg(edit.deputy.name, words.fields(changes)),
                         QStringLiteral("deputy"), deputyId);
            entry.changes = changes;
            entry.reason = words(QT_TRANSLATE_NOOP("dd::log", "restored version %1")).arg(number);
            return entry;
        });
}

} // namespace dd::usecase

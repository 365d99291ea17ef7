#include "usecases/SettingsActions.h"

#include "calendar/CalendarStore.h"
#include "common/TextNormalize.h"
#include "loop/LoopLimits.h"
#include "registry/OfficeSettings.h"
#include "storage/SettingsTable.h"
#include "writeaccess/Perform.h"

#include <QDir>

namespace dd::usecase {

namespace {
bool isLoopLimit(const QString& key)
{
    for (const auto& [limit, fallback] : loop::LoopLimits::settingKeys())
        if (limit == key)
            return true;
    return false;
}

Outcome writeSetting(QSqlDatabase db, const QString& key, const QString& value)
{
    if (isLoopLimit(key)) {
        const QString days = normalizeText(value);
        if (const QString refused = loop::LoopLimits::refusal(key, days); !refused.isEmpty())
            return Outcome::failure(Outcome::Kind::Invalid, refused);
        return storage::SettingsTable(std::move(db)).write(key, days);
    }
    if (!registry::OfficeSettings::keys().contains(key))
        return registry::OfficeSettings::unknownKey(key, settingKeys());
    return registry::OfficeSettings(std::move(db)).set(key, value);
}

Outcome writeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    for (const auto& [key, value] : values) {
        const Outcome outcome = writeSetting(db, key, value);
        if (outcome.kind == Outcome::Kind::Invalid)
            return Outcome::invalid({{key, outcome.text()}});
        if (!outcome.ok())
            return outcome;
    }
    return Outcome::success();
}
// Runs `write` as a use case whose log entry lists the settings it changed, old and new.
template <class Write>
Outcome performSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values,
                        Write write)
{
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            const storage::SettingsTable table(db);
            QStringList before;
            for (const auto& [key, value] : values)
                before << table.value(key);
            const Outcome written = write();
            for (qsizetype i = 0; i < values.size(); ++i)
                compareField(changes, values.at(i).first, before.at(i),
                             table.value(values.at(i).first));
            return written;
        },
        [&](const LogWords& words, const Outcome&) {
            QStringList keys;
            for (const storage::FieldChange& change : std::as_const(changes))
                keys << change.field;
            storage::LogEntry entry = logEntry(
                QStringLiteral("settings.change"),
                words(QT_TRANSLATE_NOOP("dd::log", "Changed settings: %1")).arg(keys.join(u", ")));
            entry.changes = changes;
            return entry;
        });
}
} // namespace

QStringList settingKeys()
{
    QStringList keys = registry::OfficeSettings::keys();
    for (const auto& [key, fallback] : loop::LoopLimits::settingKeys())
        keys << key;
    return keys;
}

Outcome changeSetting(QSqlDatabase db, const QString& key, const QString& value)
{
    return performSettings(db, {{key, value}}, [&] { return writeSetting(db, key, value); });
}

Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    return performSettings(db, values, [&] { return writeSettings(db, values); });
}

Outcome saveCalendarYear(QSqlDatabase db, int year, const QList<calendar::CalendarDay>& days)
{
    return perform(
        db, [&] { return calendar::CalendarStore(db).replaceYear(year, days); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("calendar.save"),
                words(QT_TRANSLATE_NOOP("dd::log", "Saved the holiday calendar of %1")).arg(year));
        });
}

Outcome importCalendar(QSqlDatabase db, const QString& path)
{
    return perform(
        db, [&] { return calendar::CalendarStore(db).importCsv(path); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("calendar.import"),
                words(QT_TRANSLATE_NOOP("dd::log", "Imported a holiday calendar from %1"))
                    .arg(QDir::toNativeSeparators(path)));
        });
}

Outcome saveLoopSettings(QSqlDatabase db, const LoopSettingsChange& change)
{
    return perform(
        db,
        [&] {
            const Outcome calendar =
                calendar::CalendarStore(db).replaceYear(change.calendarYear, change.calendarDays);
            return calendar.ok() ? writeSettings(db, change.limits) : calendar;
        },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(QStringLiteral("settings.loop"),
                            words(QT_TRANSLATE_NOOP("dd::log", "Changed the time limits of the "
                                                               "loop and the calendar of %1"))
                                .arg(change.calendarYear));
        });
}

} // namespace dd::usecase

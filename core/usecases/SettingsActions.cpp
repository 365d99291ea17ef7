#include "usecases/SettingsActions.h"

#include "calendar/CalendarStore.h"
#include "common/TextNormalize.h"
#include "loop/LoopLimits.h"
#include "registry/OfficeSettings.h"
#include "storage/SettingsTable.h"
#include "writeaccess/Perform.h"

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
    return perform(db, [&] { return writeSetting(db, key, value); });
}

Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    return perform(db, [&] { return writeSettings(db, values); });
}

Outcome saveCalendarYear(QSqlDatabase db, int year, const QList<calendar::CalendarDay>& days)
{
    return perform(db, [&] { return calendar::CalendarStore(db).replaceYear(year, days); });
}

Outcome importCalendar(QSqlDatabase db, const QString& path)
{
    return perform(db, [&] { return calendar::CalendarStore(db).importCsv(path); });
}

Outcome saveLoopSettings(QSqlDatabase db, const LoopSettingsChange& change)
{
    return perform(db, [&] {
        const Outcome calendar =
            calendar::CalendarStore(db).replaceYear(change.calendarYear, change.calendarDays);
        return calendar.ok() ? writeSettings(db, change.limits) : calendar;
    });
}

} // namespace dd::usecase

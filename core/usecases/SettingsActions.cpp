#include "usecases/SettingsActions.h"

#include "calendar/CalendarStore.h"
#include "common/TextNormalize.h"
#include "loop/LoopLimits.h"
#include "registry/OfficeSettings.h"
#include "storage/SettingsTable.h"
#include "storage/WriteTransaction.h"

namespace dd::usecase {

namespace {
bool isLoopLimit(const QString& key)
{
    for (const auto& [limit, fallback] : loop::LoopLimits::settingKeys())
        if (limit == key)
            return true;
    return false;
}
} // namespace

QStringList settingKeys()
{
    QStringList keys = OfficeSettings::keys();
    for (const auto& [key, fallback] : loop::LoopLimits::settingKeys())
        keys << key;
    return keys;
}

Outcome changeSetting(QSqlDatabase db, const QString& key, const QString& value)
{
    if (isLoopLimit(key)) {
        const QString days = normalizeText(value);
        if (const QString refused = loop::LoopLimits::refusal(key, days); !refused.isEmpty())
            return Outcome::failure(Outcome::Kind::Invalid, refused);
        return SettingsTable(std::move(db)).write(key, days);
    }
    if (!OfficeSettings::keys().contains(key))
        return OfficeSettings::unknownKey(key, settingKeys());
    return OfficeSettings(std::move(db)).set(key, value);
}

Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    for (const auto& [key, value] : values) {
        const Outcome outcome = changeSetting(db, key, value);
        if (outcome.kind == Outcome::Kind::Invalid)
            return Outcome::invalid({{key, outcome.text()}});
        if (!outcome.ok())
            return outcome;
    }
    return transaction->commitWith(Outcome::success());
}

Outcome saveCalendarYear(QSqlDatabase db, int year, const QList<CalendarDay>& days)
{
    return CalendarStore(std::move(db)).replaceYear(year, days);
}

Outcome importCalendar(QSqlDatabase db, const QString& path)
{
    return CalendarStore(std::move(db)).importCsv(path);
}

Outcome saveLoopSettings(QSqlDatabase db, const LoopSettingsChange& change)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    if (Outcome calendar = saveCalendarYear(db, change.calendarYear, change.calendarDays);
        !calendar.ok())
        return calendar;
    if (Outcome limits = changeSettings(db, change.limits); !limits.ok())
        return limits;
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::usecase

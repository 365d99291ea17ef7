#include "calendar/CalendarStore.h"

#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace dd::calendar {

CalendarStore::CalendarStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WorkingCalendar CalendarStore::load() const
{
    QList<CalendarDay> days;
    QSqlQuery query(m_db);
    if (storage::sql::run(query,
                          QStringLiteral("SELECT day, kind, name FROM calendar_days ORDER BY day")))
        while (query.next())
            days.append({storage::sql::toDate(query.value(0)),
                         query.value(1).toString() == QLatin1String("workday")
                             ? CalendarDay::Kind::Workday
                             : CalendarDay::Kind::Holiday,
                         query.value(2).toString()});
    return WorkingCalendar(days);
}

Outcome CalendarStore::replaceYear(int year, const QList<CalendarDay>& days)
{
    QSet<QDate> seen;
    for (const CalendarDay& day : days) {
        if (day.date.year() != year)
            return Outcome::invalid({{QStringLiteral("date"),
                                      QCoreApplication::translate("dd::Calendar", "%1 is not in %2")
                                          .arg(day.date.toString(Qt::ISODate))
                                          .arg(year)}});
        if (seen.contains(day.date))
            return Outcome::invalid(
                {{QStringLiteral("date"),
                  QCoreApplication::translate("dd::Calendar", "%1 is listed twice")
                      .arg(day.date.toString(Qt::ISODate))}});
        seen.insert(day.date);
    }
    return replace({year}, days);
}

Outcome CalendarStore::replaceYears(const QList<CalendarDay>& days)
{
    QSet<int> years;
    for (const CalendarDay& day : days)
        years.insert(day.date.year());
    return replace(years, days);
}

Outcome CalendarStore::replace(const QSet<int>& years, const QList<CalendarDay>& days)
{
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    for (int year : years)
        if (!storage::sql::run(
                query, QStringLiteral("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"),
                {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)}))
            return storage::sql::storageFailure(query);
    for (const CalendarDay& day : days)
        if (!storage::sql::run(
                query, QStringLiteral("INSERT INTO calendar_days(day, kind, name) VALUES(?, ?, ?)"),
                {storage::sql::dateValue(day.date),
                 day.kind == CalendarDay::Kind::Workday ? QStringLiteral("workday")
                                                        : QStringLiteral("holiday"),
                 day.name}))
            return storage::sql::storageFailure(query);
    return transaction->commitWith(Outcome::success(years.size()));
}

Outcome CalendarStore::importCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(Outcome::Kind::Invalid,
                                QCoreApplication::translate("dd::Calendar", "Cannot read %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto days = WorkingCalendar::parseCalendarCsv(file.readAll());
    if (!days)
        return Outcome::badInput(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), days.error()));
    return replaceYears(*days);
}

} // namespace dd::calendar

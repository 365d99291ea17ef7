#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace dd::calendar {

WorkingCalendar::WorkingCalendar(QList<CalendarDay> days)
    : m_days(std::move(days))
{
    std::sort(m_days.begin(), m_days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    for (const CalendarDay& day : m_days) {
        m_kinds.insert(day.date, day.kind);
        m_years.insert(day.date.year());
    }
}

WorkingCalendar WorkingCalendar::builtIn()
{
    QFile file(QStringLiteral(":/deputydesk/data/holidays.csv"));
    // The built-in file is part of the program: it always reads.
    [[maybe_unused]] const bool read = file.open(QIODevice::ReadOnly);
    Q_ASSERT(read);
    return WorkingCalendar(parseCalendarCsv(file.readAll()).valueOr({}));
}

Result<QList<CalendarDay>> WorkingCalendar::parseCalendarCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CalendarDay> days;
    QSet<QDate> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1String("date"), Qt::CaseInsensitive))
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() < 2)
            return Outcome::badInput(tr("line %1: expected date,kind,name").arg(number));
        CalendarDay day;
        day.date = QDate::fromString(fields.at(0).trimmed(), Qt::ISODate);
        if (!day.date.isValid())
            return Outcome::badInput(tr("line %1: %2 is not a date such as 2026-10-01")
                                         .arg(number)
                                         .arg(fields.at(0).trimmed()));
        const QString kind = fields.at(1).trimmed().toLower();
        if (kind == QLatin1String("holiday") || kind == QStringLiteral("休") ||
            kind == QStringLiteral("放假"))
            day.kind = CalendarDay::Kind::Holiday;
        else if (kind == QLatin1String("workday") || kind == QStringLiteral("班") ||
                 kind == QStringLiteral("上班"))
            day.kind = CalendarDay::Kind::Workday;
        else
            return Outcome::badInput(tr("line %1: kind must be holiday or workday, not %2")
                                         .arg(number)
                                         .arg(fields.at(1).trimmed()));
        day.name = fields.mid(2).join(QLatin1Char(',')).trimmed();
        if (seen.contains(day.date))
            return Outcome::badInput(
                tr("line %1: %2 is listed twice").arg(number).arg(day.date.toString(Qt::ISODate)));
        seen.insert(day.date);
        days << day;
    }
    if (days.isEmpty())
        return Outcome::badInput(tr("the file lists no days"));
    return days;
}

QList<int> WorkingCalendar::years() const
{
    QList<int> list(m_years.cbegin(), m_years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    const auto it = m_kinds.constFind(date);
    if (it != m_kinds.constEnd())
        return *it == CalendarDay::Kind::Workday;
    return date.dayOfWeek() <= 5;
}

bool WorkingCalendar::isHoliday(const QDate& date) const
{
    return m_kinds.value(date, CalendarDay::Kind::Workday) == CalendarDay::Kind::Holiday;
}

QDate WorkingCalendar::addWorkingDays(const QDate& event, int n) const
{
    QDate day = event;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

QDate WorkingCalendar::addMonths(const QDate& event, int months) const
{
    QDate due = event.addMonths(months); // QDate clamps to the month's last day
    while (!isWorkingDay(due))
        due = due.addDays(1);
    return due;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

QStringList WorkingCalendar::warningsFor(const QDate& from, const QDate& to) const
{
    QStringList warnings;
    for (int year = from.year(); year <= to.year(); ++year)
        if (!hasYear(year))
            warnings << tr("%1 has no holiday calendar; weekends only").arg(year);
    return warnings;
}

} // namespace dd::calendar

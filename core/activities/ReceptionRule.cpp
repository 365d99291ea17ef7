#include "activities/ReceptionRule.h"

#include "common/TextNormalize.h"

#include <QRegularExpression>

namespace dd::activities {

namespace {

// 一 … 六, 日/天 → 1 … 7; digits 1 … 7 too.
int weekdayOf(QChar c)
{
    static const QString chinese = QStringLiteral("一二三四五六日");
    if (c == u'天')
        return 7;
    if (const qsizetype at = chinese.indexOf(c); at >= 0)
        return int(at) + 1;
    if (c >= u'1' && c <= u'7')
        return c.unicode() - u'0';
    return 0;
}

int ordinalOf(QStringView text)
{
    static const QString chinese = QStringLiteral("一二三四五");
    if (text == u"最后")
        return -1;
    if (text.size() == 1) {
        if (const qsizetype at = chinese.indexOf(text.front()); at >= 0)
            return int(at) + 1;
        if (text.front() >= u'1' && text.front() <= u'5')
            return text.front().unicode() - u'0';
    }
    return 0;
}

} // namespace

Result<ReceptionRule> ReceptionRule::parse(QStringView raw)
{
    QString text = toHalfWidth(raw).simplified().remove(QLatin1Char(' '));
    ReceptionRule rule;
    static const QRegularExpression skip(
        QStringLiteral(R"([（(]?遇(法定)?节假日(取消|跳过|不顺延|暂停)[）)]?)"));
    static const QRegularExpression move(QStringLiteral(R"([（(]?遇(法定)?节假日顺延[）)]?)"));
    if (text.contains(skip)) {
        rule.skipHolidays = true;
        text.remove(skip);
    }
    text.remove(move);
    static const QRegularExpression timeOfDay(
        QStringLiteral(R"((上午|下午|全天|晚上|\d{1,2}[:：]\d{2}.*)$)"));
    text.remove(timeOfDay);
    static const QRegularExpression weekly(QStringLiteral(R"(^每(周|星期)(.+)$)"));
    static const QRegularExpression nthWeekday(
        QStringLiteral(R"(^每月(的)?第?(最后|[一二三四五1-5])(一?个)?(周|星期)(.)$)"));
    static const QRegularExpression monthDays(
        QStringLiteral(R"(^(每月|单月|双月|逢单月|逢双月)(.+)$)"));
    if (const auto m = nthWeekday.match(text); m.hasMatch()) {
        rule.kind = Kind::NthWeekday;
        rule.nth = ordinalOf(m.capturedView(2));
        const int weekday = weekdayOf(m.captured(5).front());
        if (rule.nth != 0 && weekday > 0) {
            rule.weekdays = {weekday};
            return rule;
        }
    } else if (const auto m = weekly.match(text); m.hasMatch()) {
        rule.kind = Kind::Weekly;
        for (const QChar c : m.captured(2)) {
            if (c == u'、' || c == u',' || c == u'和' || c == u'及' || c == u'周' || c == u'星' ||
                c == u'期')
                continue;
            const int weekday = weekdayOf(c);
            if (weekday == 0) {
                rule.weekdays.clear();
                break;
            }
            if (!rule.weekdays.contains(weekday))
                rule.weekdays << weekday;
        }
        if (!rule.weekdays.isEmpty())
            return rule;
    } else if (const auto m = monthDays.match(text); m.hasMatch()) {
        rule.kind = Kind::MonthDays;
        const QString months = m.captured(1);
        rule.months = months.contains(u'单')   ? Months::Odd
                      : months.contains(u'双') ? Months::Even
                                               : Months::Every;
        bool ok = true;
        for (const QString& part : m.captured(2).split(
                 QRegularExpression(QStringLiteral("[、,和及]+")), Qt::SkipEmptyParts)) {
            static const QRegularExpression day(QStringLiteral(R"(^(\d{1,2})(日|号)?$)"));
            const auto d = day.match(part);
            const int number = d.hasMatch() ? d.captured(1).toInt() : 0;
            if (number < 1 || number > 31) {
                ok = false;
                break;
            }
            rule.days << number;
        }
        if (ok && !rule.days.isEmpty())
            return rule;
    }
    return Outcome::badInput(
        tr("\"%1\" is not a reception rule such as 每周三, 每周二、四, 每月8日, 单月15日 or "
           "每月第一个周三")
            .arg(raw.toString()));
}

bool ReceptionRule::monthIncluded(int month) const
{
    return months == Months::Every || (months == Months::Odd) == (month % 2 == 1);
}

QList<QDate> ReceptionRule::ruleDatesOfMonth(int year, int month) const
{
    QList<QDate> dates;
    if (!monthIncluded(month))
        return dates;
    const QDate first(year, month, 1);
    switch (kind) {
    case Kind::Weekly:
        for (QDate d = first; d.month() == month; d = d.addDays(1))
            if (weekdays.contains(d.dayOfWeek()))
                dates << d;
        break;
    case Kind::MonthDays:
        for (int day : days)
            if (day <= first.daysInMonth()) // no 31st in a short month
                dates << QDate(year, month, day);
        break;
    case Kind::NthWeekday: {
        QList<QDate> matching;
        for (QDate d = first; d.month() == month; d = d.addDays(1))
            if (d.dayOfWeek() == weekdays.value(0))
                matching << d;
        if (nth == -1 && !matching.isEmpty())
            dates << matching.last();
        else if (nth > 0 && nth <= matching.size())
            dates << matching.at(nth - 1);
        break;
    }
    }
    return dates;
}

QList<QDate> ReceptionRule::datesIn(const QDate& from, const QDate& to,
                                    const calendar::WorkingCalendar& calendar) const
{
    QList<QDate> dates;
    // Start a month early: a day moved off a holiday at the end of last month may land in range.
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        for (QDate day : ruleDatesOfMonth(month.year(), month.month())) {
            // A weekday the rule names is meant, even a Saturday; a day of the month that falls
            // on a weekend, and any day on a holiday, is not a reception day.
            const bool off =
                calendar.isHoliday(day) || (kind == Kind::MonthDays && !calendar.isWorkingDay(day));
            if (off) {
                if (skipHolidays)
                    continue;
                while (!calendar.isWorkingDay(day))
                    day = day.addDays(1);
            }
            if (day >= from && day <= to && !dates.contains(day))
                dates << day;
        }
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace dd::activities

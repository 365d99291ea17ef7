#include "common/Period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace dd {

QString chineseNumber(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number < 0)
        return QStringLiteral("负") + chineseNumber(-number);
    if (number < 10)
        return digits.at(number);
    if (number < 20)
        return QStringLiteral("十") + (number % 10 ? QString(digits.at(number % 10)) : QString());
    if (number < 100)
        return digits.at(number / 10) + QStringLiteral("十") +
               (number % 10 ? QString(digits.at(number % 10)) : QString());
    if (number < 1000) {
        const int rest = number % 100;
        QString text = digits.at(number / 100) + QStringLiteral("百");
        if (rest == 0)
            return text;
        if (rest < 10)
            return text + QStringLiteral("零") + digits.at(rest);
        return text +
               (rest < 20 ? QStringLiteral("一") + chineseNumber(rest) : chineseNumber(rest));
    }
    return QString::number(number);
}

Period Period::of(Kind kind, int year, int index)
{
    Period p;
    p.kind = kind;
    p.year = year;
    p.index = index;
    switch (kind) {
    case Kind::Year:
        p.index = 0;
        p.start = QDate(year, 1, 1);
        p.end = QDate(year, 12, 31);
        break;
    case Kind::HalfYear:
        p.start = QDate(year, index == 1 ? 1 : 7, 1);
        p.end = p.start.addMonths(6).addDays(-1);
        break;
    case Kind::Quarter:
        p.start = QDate(year, (index - 1) * 3 + 1, 1);
        p.end = p.start.addMonths(3).addDays(-1);
        break;
    case Kind::Month:
        p.start = QDate(year, index, 1);
        p.end = p.start.addMonths(1).addDays(-1);
        break;
    case Kind::Term:
        p.year = 0;
        break;
    }
    return p;
}

Result<Period> Period::parse(QStringView input)
{
    const QString text = input.trimmed().toString().toUpper();
    static const QRegularExpression year(QStringLiteral(R"(^(\d{4})$)"));
    static const QRegularExpression half(QStringLiteral(R"(^(\d{4})H(\d)$)"));
    static const QRegularExpression quarter(QStringLiteral(R"(^(\d{4})Q(\d)$)"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})-(\d{1,2})$)"));
    static const QRegularExpression term(QStringLiteral(R"(^T(\d{1,3})$)"));
    const auto fail = [&](const QString& why) -> Result<Period> {
        return Outcome::badInput(
            why + QLatin1Char(' ') +
            tr("Periods are written 2026 (year), 2026H1 (half-year), 2026Q3 (quarter), "
               "2026-07 (month) or T18 (term)."));
    };
    QRegularExpressionMatch match;
    if ((match = year.match(text)).hasMatch())
        return of(Kind::Year, match.captured(1).toInt(), 0);
    if ((match = half.match(text)).hasMatch()) {
        const int index = match.captured(2).toInt();
        if (index < 1 || index > 2)
            return fail(
                tr("%1: a year has only halves H1 and H2.").arg(input.trimmed().toString()));
        return of(Kind::HalfYear, match.captured(1).toInt(), index);
    }
    if ((match = quarter.match(text)).hasMatch()) {
        const int index = match.captured(2).toInt();
        if (index < 1 || index > 4)
            return fail(tr("%1: quarters are Q1 to Q4.").arg(input.trimmed().toString()));
        return of(Kind::Quarter, match.captured(1).toInt(), index);
    }
    if ((match = month.match(text)).hasMatch()) {
        const int index = match.captured(2).toInt();
        if (index < 1 || index > 12)
            return fail(tr("%1: months are 01 to 12.").arg(input.trimmed().toString()));
        return of(Kind::Month, match.captured(1).toInt(), index);
    }
    if ((match = term.match(text)).hasMatch() && match.captured(1).toInt() > 0)
        return of(Kind::Term, 0, match.captured(1).toInt());
    return fail(tr("\"%1\" is not a period.").arg(input.trimmed().toString()));
}

Period Period::containing(Kind kind, const QDate& date)
{
    switch (kind) {
    case Kind::HalfYear:
        return of(kind, date.year(), date.month() <= 6 ? 1 : 2);
    case Kind::Quarter:
        return of(kind, date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Month:
        return of(kind, date.year(), date.month());
    default:
        return of(Kind::Year, date.year(), 0);
    }
}

Period Period::withTermDates(const QDate& termStart, const QDate& termEnd) const
{
    Period p = *this;
    p.start = termStart;
    p.end = termEnd;
    return p;
}

QList<Period> Period::yearsWithin(const QDate& until) const
{
    QList<Period> years;
    const QDate last = end.isValid() && end < until ? end : until;
    for (int y = start.year(); y <= last.year(); ++y) {
        Period year = of(Kind::Year, y, 0);
        year.start = std::max(year.start, start);
        year.end = std::min(year.end, last);
        years << year;
    }
    return years;
}

QString Period::code() const
{
    switch (kind) {
    case Kind::Year:
        return QString::number(year);
    case Kind::HalfYear:
        return QStringLiteral("%1H%2").arg(year).arg(index);
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(year).arg(index);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(index, 2, 10, QLatin1Char('0'));
    case Kind::Term:
        return QStringLiteral("T%1").arg(index);
    }
    return {};
}

QString Period::label(bool chinese) const
{
    if (chinese) {
        switch (kind) {
        case Kind::Year:
            return QStringLiteral("%1年").arg(year);
        case Kind::HalfYear:
            return QStringLiteral("%1年%2").arg(year).arg(index == 1 ? QStringLiteral("上半年")
                                                                     : QStringLiteral("下半年"));
        case Kind::Quarter:
            return QStringLiteral("%1年第%2季度").arg(year).arg(chineseNumber(index));
        case Kind::Month:
            return QStringLiteral("%1年%2月").arg(year).arg(index);
        case Kind::Term:
            return QStringLiteral("第%1届").arg(chineseNumber(index));
        }
    }
    switch (kind) {
    case Kind::Year:
        return QString::number(year);
    case Kind::HalfYear:
        return QStringLiteral("H%1 %2").arg(index).arg(year);
    case Kind::Quarter:
        return QStringLiteral("Q%1 %2").arg(index).arg(year);
    case Kind::Month:
        return QLocale(QLocale::English).monthName(index) + QLatin1Char(' ') +
               QString::number(year);
    case Kind::Term:
        return QStringLiteral("Term %1").arg(index);
    }
    return {};
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::Year:
        return of(kind, year - 1, 0);
    case Kind::HalfYear:
        return index == 1 ? of(kind, year - 1, 2) : of(kind, year, 1);
    case Kind::Quarter:
        return index == 1 ? of(kind, year - 1, 4) : of(kind, year, index - 1);
    case Kind::Month:
        return index == 1 ? of(kind, year - 1, 12) : of(kind, year, index - 1);
    case Kind::Term:
        return of(kind, 0, std::max(1, index - 1));
    }
    return *this;
}

Period Period::next() const
{
    switch (kind) {
    case Kind::Year:
        return of(kind, year + 1, 0);
    case Kind::HalfYear:
        return index == 2 ? of(kind, year + 1, 1) : of(kind, year, 2);
    case Kind::Quarter:
        return index == 4 ? of(kind, year + 1, 1) : of(kind, year, index + 1);
    case Kind::Month:
        return index == 12 ? of(kind, year + 1, 1) : of(kind, year, index + 1);
    case Kind::Term:
        return of(kind, 0, index + 1);
    }
    return *this;
}

} // namespace dd

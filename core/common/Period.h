#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace dd {

// "十八", "二十一", "一百": numbers as printed documents write them.
QString chineseNumber(int number);

// A reporting period: 2026, 2026H1, 2026Q3, 2026-07 or T18 (a term: its dates come from the
// database, see withTermDates()).
struct Period {
    Q_DECLARE_TR_FUNCTIONS(dd::Period)

public:
    enum class Kind { Year, HalfYear, Quarter, Month, Term };
    Kind kind = Kind::Year;
    int year = 0;
    int index = 0; // half 1–2, quarter 1–4, month 1–12, term number
    QDate start;
    QDate end;

    bool contains(const QDate& date) const { return date >= start && date <= end; }
    QString code() const;
    QString label(bool chinese) const;
    Period previous() const;
    Period next() const;
    Period withTermDates(const QDate& termStart, const QDate& termEnd) const;
    // A term listed year by year: the calendar years it overlaps up to `until` (a term still
    // running ends today), each a year clipped to the term's dates.
    QList<Period> yearsWithin(const QDate& until) const;

    static Result<Period> parse(QStringView text);
    static Period containing(Kind kind, const QDate& date);
    static Period of(Kind kind, int year, int index);
};

} // namespace dd

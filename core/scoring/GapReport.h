#pragma once

#include "scoring/ScoreEngine.h"

namespace dd::scoring {

// A deputy behind the pace of a yearly minimum on a day: fewer done than the minimum pro-rated
// to that day (rounded down), e.g. 进站 1 done, 2 expected by July, 4 a year.
struct Gap {
    ScoredMember member;
    MinimumProgress minimum;
    int shortfall() const { return minimum.expected - minimum.done; }
};

// The serving deputies behind on `date`, by township, station and surname strokes, each
// minimum they are behind on a line of its own, with the phone for a reminder call.
// A failed read fails the report: nobody behind is not what an unreadable file says.
// `everyone`, when given, receives how many lines the report has without the selection.
Result<QList<Gap>> gapReport(QSqlDatabase db, const QDate& date, const Selection& selection = {},
                             int* everyone = nullptr);

} // namespace dd::scoring

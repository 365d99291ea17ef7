#pragma once

#include "common/Result.h"

#include "loop/LoopLimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace dd::loop {

// The measures superiors ask for (domain.md, "Measures used in reports"), over the items
// dispatched in a period (suggestions and concerns passed on; a merged concern counts through its
// suggestion), each using its latest reply.
struct Measures {
    QString group; // the category, agency, township, station or deputy; empty for the total
    int dispatched = 0;
    int replied = 0;
    int repliedOnTime = 0;
    int faceToFace = 0;
    int evaluated = 0;
    int satisfied = 0;        // satisfied or basically satisfied
    int solved = 0;           // class A
    int overdue = 0;          // being handled past the due date in force
    int answeredOnSpot = 0;   // concerns answered on the spot, counted apart
    int replyWorkingDays = 0; // from dispatch to the first reply, summed over replied items

    // No rate when there is nothing to rate (nothing replied, nothing evaluated): shown as "—",
    // never as 0%, which would read as a failure.
    std::optional<double> replyRate() const { return ratio(replied, dispatched); }
    std::optional<double> onTimeRate() const { return ratio(repliedOnTime, replied); }
    std::optional<double> faceToFaceRate() const { return ratio(faceToFace, replied); }
    std::optional<double> satisfactionRate() const { return ratio(satisfied, evaluated); }
    std::optional<double> solvedRate() const { return ratio(solved, replied); }
    std::optional<double> averageReplyDays() const { return ratio(replyWorkingDays, replied); }

private:
    static std::optional<double> ratio(int part, int whole)
    {
        if (whole <= 0)
            return std::nullopt;
        return double(part) / whole;
    }
};

enum class GroupBy { None, Category, Agency, Township, Station, Deputy };
std::optional<GroupBy> parseGroupBy(QStringView text);

// The measures for items whose period date falls in [from, to], grouped; the total comes first.
Result<QList<Measures>> computeMeasures(QSqlDatabase db, const QDate& from, const QDate& to,
                                        GroupBy by, const Deadlines& deadlines, const QDate& today);

} // namespace dd::loop

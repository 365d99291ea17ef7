#include "scoring/GapReport.h"

namespace dd::scoring {

Result<QList<Gap>> gapReport(QSqlDatabase db, const QDate& date, const Selection& selection,
                             int* everyone)
{
    // The year to the day, scored as one period: its minimums are the progress on that day.
    Period toDate = Period::of(Period::Kind::Year, date.year(), 0);
    toDate.end = date;
    const auto scores = ScoreEngine(db).scores(toDate, {});
    if (!scores)
        return scores.failure();
    QList<Gap> gaps;
    int all = 0;
    for (const DeputyScore& score : *scores) {
        if (score.member.status != registry::MembershipStatus::Active)
            continue;
        for (const MinimumProgress& minimum : score.minimums) {
            if (!minimum.behind())
                continue;
            ++all;
            if (selection.matches(score.member))
                gaps.append({score.member, minimum});
        }
    }
    if (everyone)
        *everyone = all;
    std::stable_sort(gaps.begin(), gaps.end(), [](const Gap& a, const Gap& b) {
        const auto key = [](const Gap& g) {
            return std::tie(g.member.townshipName, g.member.stationName, g.member.strokeKey,
                            g.member.deputyId);
        };
        return key(a) < key(b);
    });
    return gaps;
}

} // namespace dd::scoring

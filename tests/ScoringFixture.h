#pragma once

#include "LoopFixture.h"

#include "activities/ActivityRecords.h"
#include "scoring/ScoreEngine.h"

namespace dd::test {

// The loop fixture's county (today 2026-11-20) with a year of hand-checked records: 张三 (county
// and township) misses two sessions without leave, makes twelve visits (the cap cuts two), misses
// an inspection, leads a suggestion dispatched in January under key supervision (answered B,
// then A, rated excellent) that 李四 co-signs, is on duty at a reception recorded by hand and
// from the roster, and closes a concern basically satisfied; 王五 and 赵六 attend the session.
// Under the default rules: 张三 69 at the end of Q1, 79 at the end of Q2, 64 for the year.
struct ScoringFixture : LoopFixture {
    qint64 wang = 0;
    qint64 zhao = 0;
    qint64 station = 0;
    qint64 suggestionId = 0;
    ScoringFixture();

    void activity(const char* type, const QDate& date,
                  std::initializer_list<std::pair<qint64, activities::Attendance>> who,
                  qint64 session = 0);
    QList<scoring::DeputyScore> scores(const char* period, scoring::Selection selection = {}) const;
    static const scoring::DeputyScore& of(const QList<scoring::DeputyScore>& list, qint64 id,
                                          registry::Level level);
};

} // namespace dd::test

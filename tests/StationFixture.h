#pragma once

#include "TestSupport.h"

#include "activities/ActivityStore.h"
#include "registry/Records.h"

namespace dd::test {

// A county database with one community station (reception day 每周三) and `count` county
// deputies stationed at it, named 代表1, 代表2 …
struct StationFixture {
    TempDatabase db;
    qint64 station = 0;
    QList<qint64> deputies;
    explicit StationFixture(int count);
    activities::ActivityStore store() const { return activities::ActivityStore(db.connection()); }
    // A reception at the station on `date`, without participants.
    activities::Activity reception(const QDate& date) const;
    // Session 6 of the county's 18th term, sitting 10 to 12 February 2026, on record.
    registry::Session countySession() const;
};

} // namespace dd::test

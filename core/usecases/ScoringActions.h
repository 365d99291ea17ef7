#pragma once

#include "scoring/ScoringRules.h"
#include "storage/Sql.h"

#include <optional>

namespace dd::usecase {

// A year's scoring rules (for one level or every level), checked against the activity types.
Outcome saveScoringRules(QSqlDatabase db, const scoring::ScoringRules& rules);

// Year-end rollover: `fromYear`'s rules saved as `toYear`'s; refused when `toYear` has its own
// set already, unless `replace`.
Outcome copyScoringRules(QSqlDatabase db, int fromYear, int toYear,
                         std::optional<registry::Level> level, bool replace);

} // namespace dd::usecase

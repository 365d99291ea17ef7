#include "usecases/ScoringActions.h"

#include "scoring/RuleStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

Outcome saveScoringRules(QSqlDatabase db, const scoring::ScoringRules& rules)
{
    return perform(db, [&] { return scoring::RuleStore(db).save(rules); });
}

Outcome copyScoringRules(QSqlDatabase db, int fromYear, int toYear,
                         std::optional<registry::Level> level, bool replace)
{
    return perform(db,
                   [&] { return scoring::RuleStore(db).copy(fromYear, toYear, level, replace); });
}

} // namespace dd::usecase

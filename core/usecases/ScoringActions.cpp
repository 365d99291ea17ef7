#include "usecases/ScoringActions.h"

#include "scoring/RuleStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

namespace {
QString levelText(const LogWords& words, std::optional<registry::Level> level)
{
    return level ? words.of(registry::kRegistryContext, registry::levelSource(*level))
                 : words(QT_TRANSLATE_NOOP("dd::log", "all levels"));
}
} // namespace

Outcome saveScoringRules(QSqlDatabase db, const scoring::ScoringRules& rules)
{
    return perform(
        db, [&] { return scoring::RuleStore(db).save(rules); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("rules.save"),
                words(QT_TRANSLATE_NOOP("dd::log", "Saved the scoring rules of %1 (%2)"))
                    .arg(rules.year)
                    .arg(levelText(words, rules.level)));
        });
}

Outcome copyScoringRules(QSqlDatabase db, int fromYear, int toYear,
                         std::optional<registry::Level> level, bool replace)
{
    return perform(
        db, [&] { return scoring::RuleStore(db).copy(fromYear, toYear, level, replace); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("rules.copy"),
                words(QT_TRANSLATE_NOOP("dd::log", "Copied the scoring rules of %1 to %2 (%3)"))
                    .arg(fromYear)
                    .arg(toYear)
                    .arg(levelText(words, level)));
        });
}

} // namespace dd::usecase

#pragma once

#include "scoring/ScoringRules.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::scoring {

// The rule sets on record, by year and level. A year without a set of its own is scored by
// domain.md's defaults; saving or copying a set changes that year only.
class RuleStore {
    Q_DECLARE_TR_FUNCTIONS(dd::scoring::RuleStore)

public:
    explicit RuleStore(QSqlDatabase db);

    // The set that scores `level` in `year`: the level's own, else the year's set for every
    // level, else the defaults. Activity type names follow the database's current names, and
    // types the set does not list yet are added with no points.
    // A set on record that cannot be read fails (it is never replaced by the defaults).
    Result<ScoringRules> rulesFor(int year, std::optional<registry::Level> level) const;
    // True when `year` (and `level`, or every level) has a set of its own on record.
    Result<bool> hasOwnSet(int year, std::optional<registry::Level> level) const;
    // Refused with the field errors when the set is wrong or names an activity type the
    // database does not have.
    Outcome save(const ScoringRules& rules);
    // Year-end rollover: the set scoring `level` in `fromYear` saved as `toYear`'s. Refused when
    // `toYear` already has a set of its own (unless `replace`).
    Outcome copy(int fromYear, int toYear, std::optional<registry::Level> level,
                 bool replace = false);

private:
    Lookup<ScoringRules> read(int year, const QString& levelKey) const;
    void alignTypes(ScoringRules& rules) const;
    QSqlDatabase m_db;
};

} // namespace dd::scoring

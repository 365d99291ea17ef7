#include "scoring/RuleStore.h"

#include "activities/ActivityStore.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dd::scoring {

namespace {

QString levelKey(std::optional<registry::Level> level)
{
    return level ? registry::levelCode(*level) : QString();
}

} // namespace

RuleStore::RuleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Lookup<ScoringRules> RuleStore::read(int year, const QString& key) const
{
    QSqlQuery query(m_db);
    const auto body = storage::sql::lookupRow(
        query, QStringLiteral("SELECT body FROM scoring_rules WHERE year = ? AND level = ?"),
        {year, key}, [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!body.found())
        return body.failed() ? Lookup<ScoringRules>(body.failure()) : std::nullopt;
    FieldErrors errors;
    auto rules = ScoringRules::fromJson(QJsonDocument::fromJson(body->toUtf8()).object(), &errors);
    if (!rules) // a damaged set must not score with the defaults unnoticed
        return Outcome::failure(
            Outcome::Kind::Storage,
            tr("The scoring rules saved for %1 cannot be read (%2): save them again")
                .arg(year)
                .arg(errors.isEmpty() ? QString() : errors.first().message));
    rules->year = year;
    return *rules;
}

Result<ScoringRules> RuleStore::rulesFor(int year, std::optional<registry::Level> level) const
{
    Lookup<ScoringRules> rules = std::nullopt;
    if (level)
        rules = read(year, levelKey(level));
    if (!rules.found() && !rules.failed())
        rules = read(year, QString());
    if (rules.failed())
        return rules.failure();
    ScoringRules result = rules.found() ? *rules : ScoringRules::defaults(year);
    alignTypes(result);
    return result;
}

void RuleStore::alignTypes(ScoringRules& rules) const
{
    // The saved rules hold each type's code; the names only label them, so an unreadable type
    // list leaves the rules as saved.
    for (const activities::ActivityType& type :
         activities::ActivityStore(m_db).types().valueOr({})) {
        bool listed = false;
        for (ActivityRule& rule : rules.activities)
            if (rule.typeCode == type.code) {
                rule.typeName = type.name;
                listed = true;
            }
        if (!listed)
            rules.activities.append({type.code, type.name, 0, 0, rules.otherAbsence, 0});
    }
}

Result<bool> RuleStore::hasOwnSet(int year, std::optional<registry::Level> level) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query, QStringLiteral("SELECT 1 FROM scoring_rules WHERE year = ? AND level = ?"),
            {year, levelKey(level)}))
        return storage::sql::readFailure(query);
    return query.next();
}

Outcome RuleStore::save(const ScoringRules& rules)
{
    const auto types = activities::ActivityStore(m_db).types();
    if (!types)
        return types.failure();
    FieldErrors errors = rules.validate();
    QStringList known;
    for (const activities::ActivityType& type : *types)
        known << type.code;
    for (int i = 0; i < rules.activities.size(); ++i)
        if (!known.contains(rules.activities.at(i).typeCode))
            errors.append({QStringLiteral("activities[%1].type").arg(i),
                           tr("this database has no activity type \"%1\" (see activity types)")
                               .arg(rules.activities.at(i).typeCode)});
    for (int i = 0; i < rules.minimums.size(); ++i)
        for (const QString& counted : rules.minimums.at(i).counts)
            if (counted != QLatin1String(kSuggestionCounts) && !known.contains(counted))
                errors.append({QStringLiteral("minimums[%1].counts").arg(i),
                               tr("this database has no activity type \"%1\"").arg(counted)});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    return storage::writeRow(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO scoring_rules(year, level, body, "
                       "updated_at) VALUES(?, ?, ?, ?)"),
        {rules.year, levelKey(rules.level),
         QString::fromUtf8(QJsonDocument(rules.toJson()).toJson()), storage::sql::nowText()},
        rules.year);
}

Outcome RuleStore::copy(int fromYear, int toYear, std::optional<registry::Level> level,
                        bool replace)
{
    if (fromYear == toYear)
        return Outcome::invalid({{QStringLiteral("year"), tr("copy the set to another year")}});
    const auto taken = hasOwnSet(toYear, level);
    if (!taken)
        return taken.failure();
    if (!replace && *taken)
        return Outcome::failure(Outcome::Kind::NotAllowed,
                                tr("%1 already has a rule set of its own: change it, or copy with "
                                   "replacing")
                                    .arg(toYear));
    auto rules = rulesFor(fromYear, level);
    if (!rules)
        return rules.failure();
    rules->year = toYear;
    rules->level = level;
    return save(*rules);
}

} // namespace dd::scoring

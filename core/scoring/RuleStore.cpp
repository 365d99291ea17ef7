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

std::optional<ScoringRules> RuleStore::read(int year, const QString& key) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query, QStringLiteral("SELECT body FROM scoring_rules WHERE year = ? AND level = ?"),
            {year, key}) ||
        !query.next())
        return std::nullopt;
    FieldErrors errors;
    auto rules = ScoringRules::fromJson(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &errors);
    if (rules)
        rules->year = year;
    return rules;
}

ScoringRules RuleStore::rulesFor(int year, std::optional<registry::Level> level) const
{
    std::optional<ScoringRules> rules;
    if (level)
        rules = read(year, levelKey(level));
    if (!rules)
        rules = read(year, QString());
    ScoringRules result = rules ? *rules : ScoringRules::defaults(year);
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

bool RuleStore::hasOwnSet(int year, std::optional<registry::Level> level) const
{
    QSqlQuery query(m_db);
    return storage::sql::run(
               query, QStringLiteral("SELECT 1 FROM scoring_rules WHERE year = ? AND level = ?"),
               {year, levelKey(level)}) &&
           query.next();
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
    if (!replace && hasOwnSet(toYear, level))
        return Outcome::failure(Outcome::Kind::NotAllowed,
                                tr("%1 already has a rule set of its own: change it, or copy with "
                                   "replacing")
                                    .arg(toYear));
    ScoringRules rules = rulesFor(fromYear, level);
    rules.year = toYear;
    rules.level = level;
    return save(rules);
}

} // namespace dd::scoring

#pragma once

#include "registry/Levels.h"
#include "registry/Records.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// 评分细则 (domain.md, "Scoring"): a county's rules for one year and one level (or all levels),
// as data. Points are per record; an item's yearly cap is used up in date order.
namespace dd::scoring {

// Points for taking part in activities of one type, by attendance. Negative points are
// deductions (absence without leave); the cap limits the points earned by attending.
struct ActivityRule {
    QString typeCode;
    QString typeName;
    double present = 0;
    double leave = 0;
    double absent = 0;
    double yearlyCap = 0; // 0: no cap
};

// An item that is not an activity: a suggestion's roles and flags, a concern closed satisfied.
struct ItemRule {
    double points = 0;
    double yearlyCap = 0; // 0: no cap
};

// A yearly minimum (e.g. 进站 ≥ 4): what counts towards it (activity type codes attended, or
// "suggestion" for suggestions led or co-signed) and the deduction when missed at year end.
struct MinimumRule {
    QString code;
    QString name;
    QStringList counts;
    int required = 0;
    double deduction = 0;
};

// 等次: the grades from the best down; a grade is given at its minimum total, and the ones that
// require it only when every yearly minimum is met. The last grade takes everything below.
struct GradeBand {
    QString name;
    double minimumTotal = 0;
    bool requiresMinimums = false;
};

inline constexpr const char* kSuggestionCounts = "suggestion";

struct ScoringRules {
    Q_DECLARE_TR_FUNCTIONS(dd::scoring::ScoringRules)

public:
    int year = 0;
    std::optional<registry::Level> level; // nullopt: every level
    double base = 60;
    double totalCap = 100;
    QList<ActivityRule> activities;
    double otherAbsence = -5; // an absence from an activity of a type the rules do not list
    ItemRule suggestionLead;
    ItemRule suggestionCosigner;
    ItemRule keySupervision;
    ItemRule excellent;
    ItemRule concernSatisfied;
    QList<MinimumRule> minimums;
    QList<GradeBand> grades;
    QString sessionAbsenceGradeCap;    // an unexcused session absence caps the grade at this one
    int alertAfterSessionAbsences = 2; // Deputies Law: the status ends; the clerk confirms

    // The default set of domain.md for `year`, serving every level.
    static ScoringRules defaults(int year);
    const ActivityRule* activityRule(const QString& typeCode) const;
    // The index of the grade a total earns (see GradeBand); -1 when there are no grades.
    int gradeIndex(double total, bool minimumsMet) const;
    int gradeIndexOf(const QString& name) const;

    // What is wrong, field by field ("activities[3].present"); empty when the set is usable.
    FieldErrors validate() const;

    // The readable, shareable form: a JSON document with English keys and the county's names.
    QJsonObject toJson() const;
    // Null with *errors (field paths as above) when the file is not a rule set or is wrong.
    static std::optional<ScoringRules> fromJson(const QJsonObject& json, FieldErrors* errors);
};

// A grade or a minimum of the default set named in the screen's language; other names as they
// are (they are the county's own words). nameSource() gives the English source (context
// "dd::scoring") of a default name, for documents in their own language; nullptr otherwise.
QString displayName(const QString& name);
const char* nameSource(const QString& name);
inline constexpr const char* kScoringContext = "dd::scoring";

} // namespace dd::scoring

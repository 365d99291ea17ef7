#include "scoring/ScoringRules.h"

#include <QJsonArray>

#include <cmath>

namespace dd::scoring {

namespace {

constexpr const char* kFormat = "deputydesk-scoring-rules";
constexpr int kFormatVersion = 1;

// The default set's Chinese names with their English sources (context "dd::scoring").
const std::pair<const char*, const char*> kDefaultNames[] = {
    {"优秀", QT_TRANSLATE_NOOP("dd::scoring", "Excellent")},
    {"称职", QT_TRANSLATE_NOOP("dd::scoring", "Competent")},
    {"基本称职", QT_TRANSLATE_NOOP("dd::scoring", "Basically competent")},
    {"不称职", QT_TRANSLATE_NOOP("dd::scoring", "Incompetent")},
    {"进站", QT_TRANSLATE_NOOP("dd::scoring", "Station duty")},
    {"建议", QT_TRANSLATE_NOOP("dd::scoring", "Suggestions")},
    {"视察或调研", QT_TRANSLATE_NOOP("dd::scoring", "Inspection or research")},
    {"社情民意", QT_TRANSLATE_NOOP("dd::scoring", "Social-conditions reports")},
};

QJsonValue capValue(double cap)
{
    return cap > 0 ? QJsonValue(cap) : QJsonValue();
}

QJsonObject itemJson(const ItemRule& item)
{
    return {{"points", item.points}, {"yearly_cap", capValue(item.yearlyCap)}};
}

// Reads JSON fields into rules, noting each wrong field by its path.
class Reader {
public:
    explicit Reader(FieldErrors* errors)
        : m_errors(errors)
    {
    }
    double number(const QJsonObject& object, const char* key, const QString& path, double fallback,
                  bool required = false)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path + QLatin1String(key), ScoringRules::tr("is required"));
            return fallback;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(path + QLatin1String(key), ScoringRules::tr("must be a number"));
            return fallback;
        }
        return value.toDouble();
    }
    QString text(const QJsonObject& object, const char* key, const QString& path)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(path + QLatin1String(key), ScoringRules::tr("is required"));
            return {};
        }
        return value.toString().trimmed();
    }
    ItemRule item(const QJsonObject& parent, const char* key, const ItemRule& fallback)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isObject()) {
            fail(QLatin1String(key), ScoringRules::tr("must be an object with points"));
            return fallback;
        }
        const QString path = QLatin1String(key) + QLatin1Char('.');
        return {number(value.toObject(), "points", path, 0, true),
                number(value.toObject(), "yearly_cap", path, 0)};
    }
    void fail(const QString& field, const QString& message) { m_errors->append({field, message}); }

private:
    FieldErrors* m_errors;
};

} // namespace

ScoringRules ScoringRules::defaults(int year)
{
    ScoringRules rules;
    rules.year = year;
    const auto activity = [&](const char* code, const char* name, double present, double absent,
                              double cap = 0) {
        rules.activities.append(
            {QLatin1String(code), QString::fromUtf8(name), present, 0, absent, cap});
    };
    activity("session", "出席人代会", 5, -10);
    activity("standing_committee", "列席常委会", 3, -5);
    activity("inspection", "视察", 3, -5);
    activity("research", "调研", 3, -5);
    activity("law_enforcement", "执法检查", 3, -5);
    activity("training", "学习培训", 2, -5);
    activity("reception", "进站接待选民", 5, -5);
    activity("visit", "走访选民/联系群众", 1, -5, 10);
    activity("social_report", "反映社情民意", 1, -5, 12);
    activity("report_to_voters", "向选民述职/报告履职", 5, -5);
    activity("group", "代表小组/主题活动", 2, -5);
    activity("project_vote", "民生实事票决", 2, -5);
    activity("other", "其他", 0, -5);
    rules.suggestionLead = {3, 0};
    rules.suggestionCosigner = {1, 0};
    rules.keySupervision = {5, 0};
    rules.excellent = {10, 0};
    rules.concernSatisfied = {1, 0};
    rules.minimums = {
        {QStringLiteral("station_duty"),
         QStringLiteral("进站"),
         {QStringLiteral("reception")},
         4,
         5},
        {QStringLiteral("suggestion"),
         QStringLiteral("建议"),
         {QLatin1String(kSuggestionCounts)},
         1,
         5},
        {QStringLiteral("inspection_research"),
         QStringLiteral("视察或调研"),
         {QStringLiteral("inspection"), QStringLiteral("research")},
         1,
         5},
        {QStringLiteral("social_report"),
         QStringLiteral("社情民意"),
         {QStringLiteral("social_report")},
         12,
         5},
    };
    rules.grades = {{QStringLiteral("优秀"), 90, true},
                    {QStringLiteral("称职"), 75, false},
                    {QStringLiteral("基本称职"), 60, false},
                    {QStringLiteral("不称职"), 0, false}};
    rules.sessionAbsenceGradeCap = QStringLiteral("基本称职");
    return rules;
}

const ActivityRule* ScoringRules::activityRule(const QString& typeCode) const
{
    for (const ActivityRule& rule : activities)
        if (rule.typeCode == typeCode)
            return &rule;
    return nullptr;
}

int ScoringRules::gradeIndex(double total, bool minimumsMet) const
{
    for (int i = 0; i < grades.size(); ++i) {
        const GradeBand& band = grades.at(i);
        if (i == grades.size() - 1)
            return i;
        if (total + 1e-9 >= band.minimumTotal && (minimumsMet || !band.requiresMinimums))
            return i;
    }
    return -1;
}

int ScoringRules::gradeIndexOf(const QString& name) const
{
    for (int i = 0; i < grades.size(); ++i)
        if (grades.at(i).name == name)
            return i;
    return -1;
}

FieldErrors ScoringRules::validate() const
{
    FieldErrors errors;
    if (year < 2000 || year > 2100)
        errors.append({QStringLiteral("year"), tr("%1 is not a year such as 2026").arg(year)});
    if (totalCap <= 0 || base < 0 || base > totalCap)
        errors.append(
            {QStringLiteral("base"),
             tr("the base score must lie between 0 and the total cap (%1)").arg(totalCap)});
    QStringList seen;
    for (int i = 0; i < activities.size(); ++i) {
        const ActivityRule& rule = activities.at(i);
        const QString at = QStringLiteral("activities[%1].").arg(i);
        if (seen.contains(rule.typeCode))
            errors.append(
                {at + QStringLiteral("type"), tr("%1 is listed twice").arg(rule.typeCode)});
        seen << rule.typeCode;
        if (rule.present < 0)
            errors.append({at + QStringLiteral("present"), tr("cannot be negative")});
        if (rule.absent > 0)
            errors.append({at + QStringLiteral("absent"),
                           tr("an absence cannot earn points (a deduction is negative)")});
        if (rule.yearlyCap < 0)
            errors.append({at + QStringLiteral("yearly_cap"), tr("cannot be negative")});
    }
    for (int i = 0; i < minimums.size(); ++i) {
        const MinimumRule& rule = minimums.at(i);
        const QString at = QStringLiteral("minimums[%1].").arg(i);
        if (rule.name.isEmpty())
            errors.append({at + QStringLiteral("name"), tr("is required")});
        if (rule.required < 1)
            errors.append({at + QStringLiteral("required"), tr("must be at least 1")});
        if (rule.counts.isEmpty())
            errors.append({at + QStringLiteral("counts"),
                           tr("must name the activity types (or suggestion) that count")});
        if (rule.deduction < 0)
            errors.append({at + QStringLiteral("deduction"),
                           tr("is the points taken off, a positive number")});
    }
    if (grades.isEmpty())
        errors.append({QStringLiteral("grades"), tr("at least one grade is required")});
    for (int i = 1; i < grades.size(); ++i)
        if (grades.at(i).minimumTotal > grades.at(i - 1).minimumTotal)
            errors.append({QStringLiteral("grades[%1].min_total").arg(i),
                           tr("grades go from the best down: %1 needs less than %2")
                               .arg(grades.at(i).name, grades.at(i - 1).name)});
    if (!sessionAbsenceGradeCap.isEmpty() && gradeIndexOf(sessionAbsenceGradeCap) < 0)
        errors.append({QStringLiteral("session_absence.grade_cap"),
                       tr("%1 is not one of the grades").arg(sessionAbsenceGradeCap)});
    return errors;
}

QJsonObject ScoringRules::toJson() const
{
    QJsonArray activityArray;
    for (const ActivityRule& rule : activities)
        activityArray.append(QJsonObject{{"type", rule.typeCode},
                                         {"name", rule.typeName},
                                         {"present", rule.present},
                                         {"leave", rule.leave},
                                         {"absent", rule.absent},
                                         {"yearly_cap", capValue(rule.yearlyCap)}});
    QJsonArray minimumArray;
    for (const MinimumRule& rule : minimums)
        minimumArray.append(QJsonObject{{"code", rule.code},
                                        {"name", rule.name},
                                        {"counts", QJsonArray::fromStringList(rule.counts)},
                                        {"required", rule.required},
                                        {"deduction", rule.deduction}});
    QJsonArray gradeArray;
    for (const GradeBand& band : grades)
        gradeArray.append(QJsonObject{{"name", band.name},
                                      {"min_total", band.minimumTotal},
                                      {"requires_minimums", band.requiresMinimums}});
    return {{"format", QLatin1String(kFormat)},
            {"version", kFormatVersion},
            {"year", year},
            {"level", level ? registry::levelCode(*level) : QStringLiteral("all")},
            {"base", base},
            {"total_cap", totalCap},
            {"activities", activityArray},
            {"other_absence", otherAbsence},
            {"suggestion_lead", itemJson(suggestionLead)},
            {"suggestion_cosigner", itemJson(suggestionCosigner)},
            {"key_supervision", itemJson(keySupervision)},
            {"excellent_suggestion", itemJson(excellent)},
            {"concern_satisfied", itemJson(concernSatisfied)},
            {"minimums", minimumArray},
            {"grades", gradeArray},
            {"session_absence", QJsonObject{{"grade_cap", sessionAbsenceGradeCap},
                                            {"alert_after", alertAfterSessionAbsences}}}};
}

std::optional<ScoringRules> ScoringRules::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        errors->append({QStringLiteral("format"),
                        tr("this is not a DeputyDesk rule set (\"format\": \"%1\" is missing)")
                            .arg(QLatin1String(kFormat))});
        return std::nullopt;
    }
    Reader read(errors);
    ScoringRules rules;
    rules.year = int(read.number(json, "year", {}, 0, true));
    const QString level = json.value(QLatin1String("level")).toString(QStringLiteral("all"));
    if (level != QLatin1String("all")) {
        rules.level = registry::parseLevel(level);
        if (!rules.level)
            read.fail(QStringLiteral("level"), tr("%1 is not a level").arg(level));
    }
    rules.base = read.number(json, "base", {}, 60);
    rules.totalCap = read.number(json, "total_cap", {}, 100);
    const QJsonArray activityArray = json.value(QLatin1String("activities")).toArray();
    for (int i = 0; i < activityArray.size(); ++i) {
        const QJsonObject a = activityArray.at(i).toObject();
        const QString at = QStringLiteral("activities[%1].").arg(i);
        rules.activities.append(
            {read.text(a, "type", at), a.value(QLatin1String("name")).toString(),
             read.number(a, "present", at, 0, true), read.number(a, "leave", at, 0),
             read.number(a, "absent", at, 0), read.number(a, "yearly_cap", at, 0)});
    }
    rules.otherAbsence = read.number(json, "other_absence", {}, -5);
    rules.suggestionLead = read.item(json, "suggestion_lead", rules.suggestionLead);
    rules.suggestionCosigner = read.item(json, "suggestion_cosigner", rules.suggestionCosigner);
    rules.keySupervision = read.item(json, "key_supervision", rules.keySupervision);
    rules.excellent = read.item(json, "excellent_suggestion", rules.excellent);
    rules.concernSatisfied = read.item(json, "concern_satisfied", rules.concernSatisfied);
    const QJsonArray minimumArray = json.value(QLatin1String("minimums")).toArray();
    for (int i = 0; i < minimumArray.size(); ++i) {
        const QJsonObject m = minimumArray.at(i).toObject();
        const QString at = QStringLiteral("minimums[%1].").arg(i);
        QStringList counts;
        for (const QJsonValue& value : m.value(QLatin1String("counts")).toArray())
            counts << value.toString();
        rules.minimums.append({m.value(QLatin1String("code")).toString(), read.text(m, "name", at),
                               counts, int(read.number(m, "required", at, 0, true)),
                               read.number(m, "deduction", at, 0)});
    }
    const QJsonArray gradeArray = json.value(QLatin1String("grades")).toArray();
    for (int i = 0; i < gradeArray.size(); ++i) {
        const QJsonObject g = gradeArray.at(i).toObject();
        const QString at = QStringLiteral("grades[%1].").arg(i);
        rules.grades.append({read.text(g, "name", at), read.number(g, "min_total", at, 0),
                             g.value(QLatin1String("requires_minimums")).toBool()});
    }
    const QJsonObject session = json.value(QLatin1String("session_absence")).toObject();
    rules.sessionAbsenceGradeCap = session.value(QLatin1String("grade_cap")).toString();
    rules.alertAfterSessionAbsences =
        int(read.number(session, "alert_after", QStringLiteral("session_absence."), 2));
    if (!errors->isEmpty())
        return std::nullopt;
    *errors = rules.validate();
    if (!errors->isEmpty())
        return std::nullopt;
    return rules;
}

const char* nameSource(const QString& name)
{
    for (const auto& [chinese, source] : kDefaultNames)
        if (name == QString::fromUtf8(chinese))
            return source;
    return nullptr;
}

QString displayName(const QString& name)
{
    // Default names, and the engine's own item names (English sources), are translated.
    const char* source = nameSource(name);
    const QByteArray own = name.toUtf8();
    return QCoreApplication::translate(kScoringContext, source ? source : own.constData());
}

} // namespace dd::scoring

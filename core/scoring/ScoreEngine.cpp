#include "scoring/ScoreEngine.h"

#include "common/Clock.h"
#include "scoring/RuleStore.h"

#include <QSqlQuery>

#include <cmath>
#include <map>

namespace dd::scoring {

using activities::Attendance;

namespace {

constexpr double kEpsilon = 1e-9;

// The fixed items after the activity types, in ItemScore order.
enum Fixed { Lead, Cosigner, KeySupervision, Excellent, Concern, Absence, MinimumMissed, Count };
const char* const kFixedCodes[] = {"suggestion_lead",      "suggestion_cosigner", "key_supervision",
                                   "excellent_suggestion", "concern_satisfied",   "absence",
                                   "minimum_missed"};
const char* const kFixedNames[] = {QT_TRANSLATE_NOOP("dd::scoring", "Suggestions led"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Suggestions co-signed"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Key supervision"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Excellent suggestions"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Concerns closed satisfied"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Absences without leave"),
                                   QT_TRANSLATE_NOOP("dd::scoring", "Yearly minimums missed")};

QString sourceOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Activity:
        return QStringLiteral("activity");
    case EventKind::ConcernSatisfied:
        return QStringLiteral("concern");
    default:
        return QStringLiteral("suggestion");
    }
}

int pace(int required, const QDate& date)
{
    return int(std::floor(double(required) * date.dayOfYear() / date.daysInYear() + kEpsilon));
}

QString points(double value)
{
    return QString::number(value, 'g', 6);
}

// Scores one member under one rule set: records in date order, yearly caps used up as they go.
class Calculator {
public:
    Calculator(const ScoringRules& rules, const Period& period)
        : m_rules(rules)
        , m_period(period)
        , m_yearEnd(period.start.year(), 12, 31)
    {
        for (int i = 0; i < rules.activities.size(); ++i)
            m_typeIndex.insert(rules.activities.at(i).typeCode, i);
        m_fixed = int(rules.activities.size());
    }

    DeputyScore score(const ScoredMember& member, const QList<ScoreEvent>& events,
                      int absencesInTerm, QList<TraceLine>* lines) const
    {
        DeputyScore s;
        s.member = member;
        s.base = m_rules.base;
        s.items = ScoreEngine::itemsOf(m_rules);
        for (const MinimumRule& rule : m_rules.minimums)
            s.minimums.append(
                {rule.code, rule.name, 0, rule.required, pace(rule.required, m_period.end)});
        QList<double> used(s.items.size(), 0.0);
        double pointsBefore = 0;
        QList<TraceLine> inPeriod;
        for (const ScoreEvent& event : events) {
            if (event.date > m_period.end)
                break;
            if (event.level && *event.level != member.level)
                continue;
            countMinimums(event, s.minimums);
            if (event.kind == EventKind::Activity && event.typeCode == QLatin1String("session") &&
                event.attendance == Attendance::Absent)
                ++s.sessionAbsences;
            int index = -1;
            double rulePoints = 0;
            double cap = 0;
            bool counted = true;
            if (!itemOf(event, &index, &rulePoints, &cap, &counted))
                continue;
            double awarded = rulePoints;
            if (rulePoints > 0 && cap > 0) {
                awarded = std::min(rulePoints, std::max(0.0, cap - used[index]));
                used[index] += awarded;
            }
            const bool within = event.date >= m_period.start;
            ItemScore& item = s.items[index];
            if (counted) {
                ++item.yearCount;
                item.periodCount += within ? 1 : 0;
            }
            // An absence without leave is a negative line of the points (domain.md); only the
            // year-end deductions for missed minimums stand apart.
            item.yearPoints += awarded;
            s.yearPoints += awarded;
            if (!within) {
                pointsBefore += awarded;
                continue;
            }
            item.periodPoints += awarded;
            s.periodPoints += awarded;
            if (lines)
                inPeriod << recordLine(event, item, awarded, rulePoints, cap);
        }
        // Minimums are missed on 31 December: before the year is over they are only at risk.
        if (m_period.end == m_yearEnd) {
            if (Clock::today() > m_yearEnd)
                deductMissedMinimums(s, &inPeriod);
            else
                noteMinimumsAtRisk(s, &inPeriod);
        }
        const double sum = s.base + s.yearPoints - s.yearDeductions;
        s.capCut = std::max(0.0, sum - m_rules.totalCap);
        s.total = sum - s.capCut;
        s.sessionAbsencesTerm = absencesInTerm;
        s.alert = m_rules.alertAfterSessionAbsences > 0 &&
                  absencesInTerm >= m_rules.alertAfterSessionAbsences;
        grade(s);
        if (lines)
            *lines = trace(s, pointsBefore, inPeriod);
        return s;
    }

private:
    bool itemOf(const ScoreEvent& event, int* index, double* rulePoints, double* cap,
                bool* counted) const
    {
        const auto fixed = [&](Fixed which, const ItemRule& rule) {
            *index = m_fixed + which;
            *rulePoints = rule.points;
            *cap = rule.yearlyCap;
        };
        switch (event.kind) {
        case EventKind::SuggestionLead:
            fixed(Lead, m_rules.suggestionLead);
            return true;
        case EventKind::SuggestionCosigner:
            fixed(Cosigner, m_rules.suggestionCosigner);
            return true;
        case EventKind::KeySupervision:
            fixed(KeySupervision, m_rules.keySupervision);
            return true;
        case EventKind::Excellent:
            fixed(Excellent, m_rules.excellent);
            return true;
        case EventKind::ConcernSatisfied:
            fixed(Concern, m_rules.concernSatisfied);
            return true;
        case EventKind::Activity:
            break;
        }
        const int type = m_typeIndex.value(event.typeCode, -1);
        const ActivityRule* rule = type >= 0 ? &m_rules.activities.at(type) : nullptr;
        switch (event.attendance) {
        case Attendance::Present:
            *index = type;
            *rulePoints = rule ? rule->present : 0;
            *cap = rule ? rule->yearlyCap : 0;
            return rule != nullptr;
        case Attendance::Leave: // excused: no record unless the rules give leave points
            *index = type;
            *rulePoints = rule ? rule->leave : 0;
            *counted = false;
            return rule && std::abs(rule->leave) > kEpsilon;
        case Attendance::Absent:
            *index = m_fixed + Absence;
            *rulePoints = rule ? rule->absent : m_rules.otherAbsence;
            return true;
        }
        return false;
    }

    void countMinimums(const ScoreEvent& event, QList<MinimumProgress>& progress) const
    {
        const bool suggestion =
            event.kind == EventKind::SuggestionLead || event.kind == EventKind::SuggestionCosigner;
        const bool attended =
            event.kind == EventKind::Activity && event.attendance == Attendance::Present;
        if (!suggestion && !attended)
            return;
        for (int i = 0; i < progress.size(); ++i) {
            const QStringList& counts = m_rules.minimums.at(i).counts;
            if (suggestion ? counts.contains(QLatin1String(kSuggestionCounts))
                           : counts.contains(event.typeCode))
                ++progress[i].done;
        }
    }

    void deductMissedMinimums(DeputyScore& s, QList<TraceLine>* lines) const
    {
        ItemScore& item = s.items[m_fixed + MinimumMissed];
        for (int i = 0; i < s.minimums.size(); ++i) {
            const MinimumProgress& progress = s.minimums.at(i);
            const double deduction = m_rules.minimums.at(i).deduction;
            if (progress.met() || deduction <= 0)
                continue;
            ++item.yearCount;
            ++item.periodCount;
            item.yearPoints -= deduction;
            item.periodPoints -= deduction;
            s.yearDeductions += deduction;
            s.periodDeductions += deduction;
            lines->append(minimumLine(item, progress, deduction, -deduction,
                                      ScoreEngine::tr("%1 of %2 by the end of the year")
                                          .arg(progress.done)
                                          .arg(progress.required)));
        }
    }

    // A line per minimum not met yet, worth nothing until the year ends.
    void noteMinimumsAtRisk(const DeputyScore& s, QList<TraceLine>* lines) const
    {
        const ItemScore& item = s.items.at(m_fixed + MinimumMissed);
        for (int i = 0; i < s.minimums.size(); ++i) {
            const MinimumProgress& progress = s.minimums.at(i);
            const double deduction = m_rules.minimums.at(i).deduction;
            if (progress.met() || deduction <= 0)
                continue;
            lines->append(minimumLine(item, progress, deduction, 0,
                                      ScoreEngine::tr("at risk: %1 of %2 so far; deducted on 31 "
                                                      "December if still missed")
                                          .arg(progress.done)
                                          .arg(progress.required)));
        }
    }

    // The trace line of a yearly minimum not met, dated 31 December: deducted, or at risk (0).
    TraceLine minimumLine(const ItemScore& item, const MinimumProgress& progress, double deduction,
                          double points, const QString& note) const
    {
        TraceLine line;
        line.kind = TraceLine::Kind::MinimumMissed;
        line.date = m_yearEnd;
        line.itemCode = item.code;
        line.itemName = item.name;
        line.source = QStringLiteral("rule");
        line.label = displayName(progress.name);
        line.points = points;
        line.rulePoints = -deduction;
        line.note = note;
        return line;
    }

    void grade(DeputyScore& s) const
    {
        s.provisional = m_period.end < m_yearEnd || Clock::today() <= m_yearEnd;
        const bool onPace = std::all_of(s.minimums.cbegin(), s.minimums.cend(),
                                        [](const MinimumProgress& m) { return !m.behind(); });
        int index = m_rules.gradeIndex(s.total, onPace);
        const int cap = m_rules.gradeIndexOf(m_rules.sessionAbsenceGradeCap);
        if (s.sessionAbsences > 0 && cap >= 0 && index < cap) {
            index = cap;
            s.gradeCapped = true;
        }
        s.grade = index >= 0 ? m_rules.grades.at(index).name : QString();
    }

    TraceLine recordLine(const ScoreEvent& event, const ItemScore& item, double awarded,
                         double rulePoints, double cap) const
    {
        TraceLine line;
        line.kind = awarded < 0 ? TraceLine::Kind::Deduction : TraceLine::Kind::Earned;
        line.date = event.date;
        line.itemCode = item.code;
        line.itemName = item.name;
        line.source = sourceOf(event.kind);
        line.sourceId = event.sourceId;
        line.label = event.label;
        line.points = awarded;
        line.rulePoints = rulePoints;
        if (awarded + kEpsilon < rulePoints)
            line.note = ScoreEngine::tr("yearly cap of %1 reached").arg(points(cap));
        else if (event.kind == EventKind::Activity && event.attendance == Attendance::Leave)
            line.note = activities::attendanceName(Attendance::Leave);
        return line;
    }

    QList<TraceLine> trace(const DeputyScore& s, double pointsBefore,
                           const QList<TraceLine>& inPeriod) const
    {
        QList<TraceLine> lines;
        const auto summary = [&](TraceLine::Kind kind, double value, const QString& label) {
            TraceLine line;
            line.kind = kind;
            line.source = QStringLiteral("rule");
            line.points = line.rulePoints = value;
            line.label = label;
            lines << line;
        };
        summary(TraceLine::Kind::Base, s.base,
                ScoreEngine::tr("Base score of %1").arg(m_rules.year));
        if (m_period.start.dayOfYear() > 1)
            summary(TraceLine::Kind::Before, pointsBefore,
                    ScoreEngine::tr("Points before %1, absences included").arg(m_period.code()));
        lines << inPeriod;
        if (s.capCut > 0)
            summary(TraceLine::Kind::Cap, -s.capCut,
                    ScoreEngine::tr("Total capped at %1").arg(points(m_rules.totalCap)));
        return lines;
    }

    const ScoringRules& m_rules;
    Period m_period;
    QDate m_yearEnd;
    QHash<QString, int> m_typeIndex;
    int m_fixed = 0;
};

} // namespace

bool Selection::matches(const ScoredMember& m) const
{
    return (townshipId <= 0 || m.townshipId == townshipId) &&
           (stationId <= 0 || m.stationIds.contains(stationId)) &&
           (groupId <= 0 || m.groupIds.contains(groupId)) && (!level || m.level == *level) &&
           (!cadre || m.cadre == *cadre) && (deputyId <= 0 || m.deputyId == deputyId);
}

const ItemScore* DeputyScore::item(const QString& code) const
{
    for (const ItemScore& i : items)
        if (i.code == code)
            return &i;
    return nullptr;
}

QList<ItemScore> ScoreEngine::itemsOf(const ScoringRules& rules)
{
    QList<ItemScore> items;
    for (const ActivityRule& rule : rules.activities)
        items.append({rule.typeCode, rule.typeName, false});
    for (int i = 0; i < Fixed::Count; ++i)
        items.append({QLatin1String(kFixedCodes[i]), QLatin1String(kFixedNames[i]),
                      i == Absence || i == MinimumMissed});
    return items;
}

// Competition ranks (1, 2, 2, 4) by the uncapped total (domain.md).
void rankByTotal(QList<DeputyScore*>& scores, int DeputyScore::*rank)
{
    std::stable_sort(scores.begin(), scores.end(), [](const DeputyScore* a, const DeputyScore* b) {
        return a->uncappedTotal() > b->uncappedTotal() + kEpsilon;
    });
    for (int i = 0; i < scores.size(); ++i)
        scores[i]->*rank = i > 0 && std::abs(scores.at(i)->uncappedTotal() -
                                             scores.at(i - 1)->uncappedTotal()) < kEpsilon
                               ? scores.at(i - 1)->*rank
                               : i + 1;
}

ScoreEngine::ScoreEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<DeputyScore>> ScoreEngine::scores(const Period& period, const Selection& selection,
                                               int* everyone) const
{
    if (period.kind == Period::Kind::Term)
        return Outcome::badInput(
            tr("A term is listed year by year, not scored: give a year, half-year, quarter "
               "or month"));
    const auto read = loadScoreInputs(m_db, QDate(period.year, 1, 1), period.start, period.end);
    if (!read)
        return read.failure();
    const ScoreInputs& inputs = *read;
    const RuleStore store(m_db);
    std::map<int, ScoringRules> rules; // one set and one calculator per level
    std::map<int, Calculator> calculators;
    QList<DeputyScore> all;
    all.reserve(inputs.members.size());
    for (const ScoredMember& member : inputs.members) {
        const int level = int(member.level);
        if (!calculators.count(level)) {
            auto set = store.rulesFor(period.year, member.level);
            if (!set)
                return set.failure();
            const auto& kept = rules.emplace(level, std::move(*set));
            calculators.emplace(level, Calculator(kept.first->second, period));
        }
        all << calculators.at(level).score(member, inputs.events.value(member.deputyId),
                                           inputs.sessionAbsencesInTerm.value(member.membershipId),
                                           nullptr);
    }
    QHash<int, QList<DeputyScore*>> byLevel;
    for (DeputyScore& s : all)
        byLevel[int(s.member.level)] << &s;
    for (QList<DeputyScore*>& level : byLevel)
        rankByTotal(level, &DeputyScore::levelRank);
    if (everyone)
        *everyone = int(all.size());
    all.removeIf([&](const DeputyScore& s) { return !selection.matches(s.member); });
    QList<DeputyScore*> ranked;
    ranked.reserve(all.size());
    for (DeputyScore& s : all)
        ranked << &s;
    rankByTotal(ranked, &DeputyScore::rank);
    std::stable_sort(all.begin(), all.end(),
                     [](const DeputyScore& a, const DeputyScore& b) { return a.rank < b.rank; });
    return all;
}

int ScoreEngine::firstRecordedYear() const
{
    QSqlQuery query(m_db);
    int first = 0;
    for (const char* statement :
         {"SELECT MIN(day) FROM activities", "SELECT MIN(raised_date) FROM loop_items"})
        if (query.exec(QLatin1String(statement)) && query.next() && !query.value(0).isNull()) {
            const int year = QDate::fromString(query.value(0).toString(), Qt::ISODate).year();
            first = first == 0 ? year : std::min(first, year);
        }
    return first;
}

Result<QList<ScoreTrace>> ScoreEngine::explain(qint64 deputyId, const Period& period) const
{
    QList<ScoreTrace> traces;
    if (period.kind == Period::Kind::Term)
        return traces;
    const auto read =
        loadScoreInputs(m_db, QDate(period.year, 1, 1), period.start, period.end, deputyId, true);
    if (!read)
        return read.failure();
    const ScoreInputs& inputs = *read;
    const RuleStore store(m_db);
    for (const ScoredMember& member : inputs.members) {
        const auto rules = store.rulesFor(period.year, member.level);
        if (!rules)
            return rules.failure();
        ScoreTrace trace;
        trace.score =
            Calculator(*rules, period)
                .score(member, inputs.events.value(deputyId),
                       inputs.sessionAbsencesInTerm.value(member.membershipId), &trace.lines);
        traces << trace;
    }
    return traces;
}

} // namespace dd::scoring

namespace dd::scoring {

std::optional<ScoreOrder> parseScoreOrder(QStringView text)
{
    if (text == u"rank")
        return ScoreOrder::Rank;
    if (text == u"strokes")
        return ScoreOrder::Strokes;
    if (text == u"station")
        return ScoreOrder::Station;
    return std::nullopt;
}

void sortScores(QList<DeputyScore>& scores, ScoreOrder order)
{
    std::stable_sort(
        scores.begin(), scores.end(), [order](const DeputyScore& a, const DeputyScore& b) {
            const auto strokes = [](const DeputyScore& s) {
                return std::tie(s.member.strokeKey, s.member.deputyId);
            };
            switch (order) {
            case ScoreOrder::Rank:
                return std::tie(a.rank, a.member.strokeKey) < std::tie(b.rank, b.member.strokeKey);
            case ScoreOrder::Strokes:
                return strokes(a) < strokes(b);
            case ScoreOrder::Station:
                return std::tie(a.member.stationName, a.member.strokeKey, a.member.deputyId) <
                       std::tie(b.member.stationName, b.member.strokeKey, b.member.deputyId);
            }
            return false;
        });
}

} // namespace dd::scoring

#pragma once

#include "common/Period.h"
#include "scoring/ScoreInputs.h"
#include "scoring/ScoringRules.h"

#include <QCoreApplication>

// 履职积分 (domain.md, "How periods are scored"): scores are worked out from the records each
// time, under the year's rule set, so they always agree with the records and a change to one
// year's rules changes that year only.
namespace dd::scoring {

// Whom a score table lists. Empty members do not narrow; ranks are within what is listed.
struct Selection {
    qint64 townshipId = 0;
    qint64 stationId = 0; // stationed there (primary or not)
    qint64 groupId = 0;
    std::optional<registry::Level> level;
    std::optional<bool> cadre;
    qint64 deputyId = 0;
    bool matches(const ScoredMember& member) const;
};

// One item's records and points: an activity type attended, a suggestion role, concerns closed
// satisfied, absences, minimums missed. Counts and points of the period and of the year to the
// period's end.
struct ItemScore {
    QString code; // the activity type's code, or suggestion_lead, suggestion_cosigner,
                  // key_supervision, excellent_suggestion, concern_satisfied, absence,
                  // minimum_missed
    QString name; // the rule set's words (activity types) or an English source (dd::scoring)
    bool deduction = false;
    int periodCount = 0;
    int yearCount = 0;
    double periodPoints = 0;
    double yearPoints = 0; // deductions negative
};

// Progress on a yearly minimum at the period's end ("进站 2/4"); `expected` is the pace, the
// minimum pro-rated to that day and rounded down.
struct MinimumProgress {
    QString code;
    QString name;
    int done = 0;
    int required = 0;
    int expected = 0;
    bool met() const { return done >= required; }
    bool behind() const { return done < expected; }
};

struct DeputyScore {
    ScoredMember member;
    QList<ItemScore> items;
    QList<MinimumProgress> minimums;
    double base = 0;
    double periodPoints = 0;     // the period's lines after caps, absences without leave negative
    double periodDeductions = 0; // missed yearly minimums, in a period that ends the year
    double yearPoints = 0;       // the same from 1 January to the period's end
    double yearDeductions = 0;   // missed yearly minimums (positive)
    double capCut = 0;           // what the total cap took off
    double total = 0;            // base + yearPoints − yearDeductions − capCut: printed, graded
    int rank = 0;                // competition rank by the uncapped total within the selection
    int levelRank = 0;           // within the level, county-wide
    QString grade;
    bool provisional = true;     // the year is not over, or the period does not reach its end
    bool gradeCapped = false;    // by an unexcused session absence
    int sessionAbsences = 0;     // unexcused, this year to the period's end
    int sessionAbsencesTerm = 0; // unexcused, this term to the period's end
    bool alert = false;          // Deputies Law: enough absences to end the status
    const ItemScore* item(const QString& code) const;
    // Before the cap at 100: what ranks, so that deputies above the cap are still told apart.
    double uncappedTotal() const { return total + capCut; }
};

// One line of "why this score". Base, the points before the period, each record, deductions
// and the cap add up to the total; the period's earned lines add up to period_points.
struct TraceLine {
    enum class Kind { Base, Before, Earned, Deduction, MinimumMissed, Cap };
    Kind kind = Kind::Earned;
    QDate date;
    QString itemCode;
    QString itemName;
    QString source; // activity | suggestion | concern | rule
    qint64 sourceId = 0;
    QString label;
    double points = 0;     // as counted (after the cap)
    double rulePoints = 0; // what the rule gives before any cap
    QString note;          // e.g. where a yearly cap cut
};

struct ScoreTrace {
    DeputyScore score;
    QList<TraceLine> lines;
};

class ScoreEngine {
    Q_DECLARE_TR_FUNCTIONS(dd::scoring::ScoreEngine)

public:
    explicit ScoreEngine(QSqlDatabase db);

    // Everyone who served in the period, scored once per level and ranked. A term fails: it is
    // listed year by year, not scored. `everyone`, when given, receives how many the table
    // lists without the selection (the whole list a narrowed one is part of).
    Result<QList<DeputyScore>> scores(const Period& period, const Selection& selection,
                                      int* everyone = nullptr) const;
    // One deputy's score at each level they served at in the period, with the trace. Level
    // ranks are left 0 (they need everyone's scores: see scores()).
    Result<QList<ScoreTrace>> explain(qint64 deputyId, const Period& period) const;

    // The first year the database has records of (activities or concerns and suggestions); years
    // before it are not scored, since the office kept them elsewhere. 0 without any record.
    int firstRecordedYear() const;

    // The item names of `rules` as ItemScore lists them, in order.
    static QList<ItemScore> itemsOf(const ScoringRules& rules);

private:
    QSqlDatabase m_db;
};

// Competition ranks (1, 2, 2, 4) by total, best first.
void rankByTotal(QList<DeputyScore*>& scores, int DeputyScore::*rank);

} // namespace dd::scoring

namespace dd::scoring {

// The orders a score table is printed in: by rank, by surname strokes (the official order), or
// by station (then strokes).
enum class ScoreOrder { Rank, Strokes, Station };
std::optional<ScoreOrder> parseScoreOrder(QStringView text);
void sortScores(QList<DeputyScore>& scores, ScoreOrder order);

} // namespace dd::scoring

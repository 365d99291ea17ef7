#pragma once

#include "loop/LoopLimits.h"
#include "loop/LoopRecords.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::loop {

// What a clerk asks for: one step with its particulars. Only the fields of its kind are read.
struct StepRequest {
    StepKind kind = StepKind::Supervise;
    QDate date;
    QString actor;
    QString text; // answer, reason, reply, supervision notes
    bool imported = false;
    // order
    OrderKind orderKind = OrderKind::PassedOn;
    qint64 suggestionId = 0;
    // dispatch
    qint64 leadAgencyId = 0;
    QList<qint64> coAgencyIds;
    QDate dueDate; // dispatch: overrides the default limit; extend: the new due date
    bool keySupervision = false;
    QString leader;
    // reply
    QString resultClass;
    bool faceToFace = false;
    // evaluate: one vote per citizen (or the deputy's one)
    QList<Evaluation> votes;
};

// 满意 more than half → satisfied; 满意 + 基本满意 more than half → basically; else unsatisfied.
Evaluation majority(const QList<Evaluation>& votes);

// The one state machine of steps 1–6 for concerns and suggestions alike. It checks that a step
// is allowed now and works out the item's new state, round and due date; it writes nothing, so
// an illegal step changes nothing and every path can be tested without a database.
class LoopMachine {
    Q_DECLARE_TR_FUNCTIONS(dd::loop::LoopMachine)

public:
    LoopMachine(const Deadlines& deadlines, QDate today);

    // The steps that `item` allows on `date` (default today: what the detail pane offers).
    QList<StepKind> allowedSteps(const Item& item, std::optional<State> suggestionState = {},
                                 QDate date = {}) const;
    // Applies the step to `item` (a copy the caller saves) and describes it in `step`; on
    // refusal `item` is unchanged and the outcome says why. `suggestionState` is the state of a
    // merged concern's suggestion; `sessionClose` the closing date of a session suggestion's
    // session.
    Outcome apply(Item& item, const StepRequest& request, Step* step,
                  std::optional<State> suggestionState = {}, QDate sessionClose = {}) const;

private:
    Outcome refuse(const Item& item, StepKind kind) const;
    Outcome order(Item& item, const StepRequest& request) const;
    Outcome dispatch(Item& item, const StepRequest& request, QDate sessionClose) const;
    Outcome giveBack(Item& item, const StepRequest& request) const;
    Outcome extend(Item& item, const StepRequest& request, QDate sessionClose) const;
    Outcome reply(Item& item, const StepRequest& request) const;
    Outcome evaluate(Item& item, const StepRequest& request,
                     std::optional<State> suggestionState) const;

    const Deadlines& m_deadlines;
    QDate m_today;
};

} // namespace dd::loop

#include "loop/LoopMachine.h"

namespace dd::loop {

namespace {

bool followUpClass(const QString& resultClass)
{
    return resultClass == QLatin1String("B") || resultClass == QLatin1String("C");
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Evaluation majority(const QList<Evaluation>& votes)
{
    const auto count = [&](Evaluation e) { return votes.count(e); };
    const qsizetype satisfied = count(Evaluation::Satisfied);
    if (satisfied * 2 > votes.size())
        return Evaluation::Satisfied;
    if ((satisfied + count(Evaluation::Basically)) * 2 > votes.size())
        return Evaluation::Basically;
    return Evaluation::Unsatisfied;
}

LoopMachine::LoopMachine(const Deadlines& deadlines, QDate today)
    : m_deadlines(deadlines)
    , m_today(today)
{
}

QList<StepKind> LoopMachine::allowedSteps(const Item& item, std::optional<State> suggestionState,
                                          QDate date) const
{
    if (!date.isValid())
        date = m_today;
    QList<StepKind> steps;
    switch (item.state) {
    case State::Pointed:
        steps = {StepKind::Order};
        break;
    case State::AnsweredOnSpot:
        steps = {StepKind::Evaluate};
        break;
    case State::Merged:
        if (suggestionState &&
            (*suggestionState == State::Replied || *suggestionState == State::Evaluated ||
             *suggestionState == State::Closed))
            steps = {StepKind::Evaluate};
        break;
    case State::Referred:
    case State::Declined:
        break;
    case State::AwaitingDispatch:
        steps = {StepKind::Dispatch};
        break;
    case State::Dispatched:
        if (item.round == 1 && date <= m_deadlines.returnLimit(item.dispatchDate))
            steps << StepKind::Return;
        steps << StepKind::Extend << StepKind::Reply << StepKind::Supervise;
        break;
    case State::Replied:
        if (followUpClass(item.resultClass))
            steps << StepKind::Reply;
        steps << StepKind::Supervise << StepKind::Evaluate;
        break;
    case State::Evaluated:
        if (followUpClass(item.resultClass))
            steps << StepKind::Reply << StepKind::Supervise;
        steps << StepKind::Close;
        break;
    case State::Closed:
        if (followUpClass(item.resultClass))
            steps << StepKind::Reply << StepKind::Supervise;
        break;
    }
    return steps;
}

Outcome LoopMachine::refuse(const Item& item, StepKind kind) const
{
    const QString noun = item.kind == ItemKind::Suggestion ? tr("suggestion") : tr("concern");
    QString message = tr("This %1 is %2: it cannot be given the step “%3” now.")
                          .arg(noun, stateName(item.state), stepName(kind));
    if (kind == StepKind::Reply && (item.state == State::Replied ||
                                    item.state == State::Evaluated || item.state == State::Closed))
        message =
            tr("%1 %2", "two sentences")
                .arg(message, tr("Only a reply of class B or C is followed by a second reply."));
    return Outcome::failure(Outcome::Kind::NotAllowed, message);
}

Outcome LoopMachine::apply(Item& item, const StepRequest& request, Step* step,
                           std::optional<State> suggestionState, QDate sessionClose) const
{
    if (!request.date.isValid())
        return Outcome::invalid({{QStringLiteral("date"), tr("is required")}});
    if (request.date > m_today)
        return Outcome::invalid(
            {{QStringLiteral("date"), tr("%1 is in the future").arg(isoDate(request.date))}});
    const QDate previous = std::max(
        {item.raisedDate, item.orderDate, item.dispatchDate, item.replyDate, item.evaluationDate});
    if (previous.isValid() && request.date < previous)
        return Outcome::invalid(
            {{QStringLiteral("date"), tr("%1 comes before the item's previous step (%2)")
                                          .arg(isoDate(request.date), isoDate(previous))}});
    if (!allowedSteps(item, suggestionState, request.date).contains(request.kind)) {
        if (request.kind == StepKind::Return && item.state == State::Dispatched)
            return Outcome::failure(
                Outcome::Kind::NotAllowed,
                item.round > 1
                    ? tr("A re-handling round cannot be returned.")
                    : tr("The return limit ended on %1: the agency must handle the item.")
                          .arg(isoDate(m_deadlines.returnLimit(item.dispatchDate))));
        return refuse(item, request.kind);
    }
    Item next = item;
    Outcome outcome = Outcome::success(item.id);
    switch (request.kind) {
    case StepKind::Order:
        outcome = order(next, request);
        break;
    case StepKind::Dispatch:
        outcome = dispatch(next, request, sessionClose);
        break;
    case StepKind::Return:
        outcome = giveBack(next, request);
        break;
    case StepKind::Extend:
        outcome = extend(next, request, sessionClose);
        break;
    case StepKind::Reply:
        outcome = reply(next, request);
        break;
    case StepKind::Supervise:
        if (request.text.trimmed().isEmpty())
            outcome = Outcome::invalid({{QStringLiteral("text"), tr("is required")}});
        break;
    case StepKind::Evaluate:
        outcome = evaluate(next, request, suggestionState);
        break;
    case StepKind::Close:
        next.state = State::Closed;
        next.dueDate = {};
        break;
    default:
        return refuse(item, request.kind);
    }
    if (!outcome.ok())
        return outcome;
    if (step) {
        *step = Step{};
        step->itemId = item.id;
        step->round = next.round;
        step->kind = next.round > item.round && item.round > 0 ? StepKind::Rehandle : request.kind;
        step->date = request.date;
        step->actor = request.actor;
        step->text = request.text;
        step->imported = request.imported;
        step->dueDate = next.dueDate;
        if (request.kind == StepKind::Dispatch)
            step->agencyId = request.leadAgencyId;
        if (request.kind == StepKind::Reply) {
            step->resultClass = request.resultClass;
            step->faceToFace = request.faceToFace;
            step->agencyId = next.leadAgencyId;
        }
        if (request.kind == StepKind::Evaluate && next.evaluation) {
            step->evaluation = code(*next.evaluation);
            if (request.votes.size() > 1)
                step->text =
                    tr("%1 votes: %2 satisfied, %3 basically, %4 unsatisfied")
                        .arg(request.votes.size())
                        .arg(request.votes.count(Evaluation::Satisfied))
                        .arg(request.votes.count(Evaluation::Basically))
                        .arg(request.votes.count(Evaluation::Unsatisfied)) +
                    (request.text.isEmpty() ? QString() : QStringLiteral("; ") + request.text);
        }
        if (request.kind == StepKind::Order)
            step->text = orderKindName(request.orderKind) +
                         (request.text.isEmpty() ? QString() : QStringLiteral(": ") + request.text);
    }
    item = next;
    return Outcome::success(item.id);
}

Outcome LoopMachine::order(Item& item, const StepRequest& request) const
{
    item.orderKind = request.orderKind;
    item.orderDate = request.date;
    item.orderNote = request.text;
    switch (request.orderKind) {
    case OrderKind::OnSpot:
        if (request.text.trimmed().isEmpty())
            return Outcome::invalid({{QStringLiteral("text"), tr("the answer given is required")}});
        item.state = State::AnsweredOnSpot;
        item.dueDate = m_deadlines.evaluationDue(request.date);
        break;
    case OrderKind::PassedOn:
        item.state = State::AwaitingDispatch;
        item.dueDate = m_deadlines.dispatchDue(request.date);
        break;
    case OrderKind::NewSuggestion:
    case OrderKind::Merged:
        if (request.suggestionId <= 0)
            return Outcome::invalid({{QStringLiteral("suggestion"), tr("is required")}});
        item.state = State::Merged;
        item.suggestionId = request.suggestionId;
        item.dueDate = {};
        break;
    case OrderKind::Referred:
        item.state = State::Referred;
        item.dueDate = {};
        break;
    case OrderKind::Declined:
        if (request.text.trimmed().isEmpty())
            return Outcome::invalid({{QStringLiteral("text"), tr("the reason is required")}});
        item.state = State::Declined;
        item.dueDate = {};
        break;
    }
    return Outcome::success(item.id);
}

Outcome LoopMachine::dispatch(Item& item, const StepRequest& request, QDate sessionClose) const
{
    FieldErrors errors;
    if (request.leadAgencyId <= 0)
        errors.append({QStringLiteral("agency"), tr("a lead agency is required")});
    if (request.coAgencyIds.contains(request.leadAgencyId))
        errors.append({QStringLiteral("co_agencies"), tr("the lead agency cannot also co-handle")});
    if (request.keySupervision && request.leader.trimmed().isEmpty())
        errors.append({QStringLiteral("leader"), tr("key supervision needs the leader's name")});
    QDate due = request.dueDate;
    // A session suggestion's time runs from the session's close, whenever it is dispatched.
    if (!due.isValid())
        due = item.kind == ItemKind::Concern
                  ? m_deadlines.concernReplyDue(request.date)
                  : m_deadlines.suggestionReplyDue(sessionClose.isValid() ? sessionClose
                                                                          : request.date);
    else if (due <= request.date)
        errors.append({QStringLiteral("due_date"), tr("must come after the dispatch date")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    item.state = State::Dispatched;
    item.round = std::max(item.round, 1);
    item.leadAgencyId = request.leadAgencyId;
    item.coAgencyIds = request.coAgencyIds;
    item.dispatchDate = request.date;
    if (!item.firstDispatchDate.isValid())
        item.firstDispatchDate = request.date;
    item.dueDate = due;
    item.replyDueDate = due;
    item.extended = false;
    item.keySupervision = request.keySupervision;
    item.leader = request.leader.trimmed();
    return Outcome::success(item.id);
}

Outcome LoopMachine::giveBack(Item& item, const StepRequest& request) const
{
    if (request.text.trimmed().isEmpty())
        return Outcome::invalid({{QStringLiteral("text"), tr("the agency's reason is required")}});
    item.state = State::AwaitingDispatch;
    item.leadAgencyId = 0;
    item.coAgencyIds.clear();
    item.replyDueDate = {};
    item.dueDate = m_deadlines.dispatchDue(request.date);
    return Outcome::success(item.id);
}

Outcome LoopMachine::extend(Item& item, const StepRequest& request, QDate sessionClose) const
{
    if (!request.dueDate.isValid())
        return Outcome::invalid({{QStringLiteral("due_date"), tr("the new due date is required")}});
    if (request.dueDate <= item.dueDate)
        return Outcome::invalid(
            {{QStringLiteral("due_date"),
              tr("must come after the due date in force (%1)").arg(isoDate(item.dueDate))}});
    if (item.kind == ItemKind::Suggestion && item.round == 1) {
        const QDate limit = m_deadlines.extensionLimit(
            sessionClose.isValid() ? sessionClose : item.firstDispatchDate);
        if (request.dueDate > limit)
            return Outcome::invalid(
                {{QStringLiteral("due_date"), tr("extensions end at %1 (%2 months in total)")
                                                  .arg(isoDate(limit))
                                                  .arg(m_deadlines.limits().extensionMaxMonths)}});
    }
    item.dueDate = request.dueDate;
    item.replyDueDate = request.dueDate;
    item.extended = true;
    return Outcome::success(item.id);
}

Outcome LoopMachine::reply(Item& item, const StepRequest& request) const
{
    if (!isResultClass(request.resultClass))
        return Outcome::invalid({{QStringLiteral("class"),
                                  tr("must be A, B, C or D, not “%1”").arg(request.resultClass)}});
    if (request.text.trimmed().isEmpty())
        return Outcome::invalid({{QStringLiteral("text"), tr("the reply is required")}});
    if (item.state == State::Dispatched) {
        item.repliedOnTime = request.date <= item.dueDate;
        item.state = State::Replied;
        item.dueDate = m_deadlines.evaluationDue(request.date);
    }
    item.replyDate = request.date;
    item.resultClass = request.resultClass;
    item.faceToFace = item.faceToFace || request.faceToFace;
    return Outcome::success(item.id);
}

Outcome LoopMachine::evaluate(Item& item, const StepRequest& request,
                              std::optional<State> suggestionState) const
{
    Q_UNUSED(suggestionState)
    if (request.votes.isEmpty())
        return Outcome::invalid({{QStringLiteral("evaluation"), tr("is required")}});
    const Evaluation result = majority(request.votes);
    item.evaluation = result;
    item.evaluationDate = request.date;
    if (result != Evaluation::Unsatisfied || item.state == State::Merged) {
        // A merged concern's own citizen rates it; its suggestion's round is the deputy's call.
        item.state = State::Evaluated;
        item.dueDate = {};
    } else if (item.state == State::AnsweredOnSpot) {
        item.state = State::AwaitingDispatch; // the answer did not do: it goes to an agency
        item.dueDate = m_deadlines.dispatchDue(request.date);
    } else {
        item.state = State::Dispatched; // 二次办理: a new round with the same agencies
        item.round += 1;
        item.dispatchDate = request.date;
        item.dueDate = m_deadlines.rehandlingDue(request.date);
        item.replyDueDate = item.dueDate;
        item.extended = false;
    }
    return Outcome::success(item.id);
}

} // namespace dd::loop

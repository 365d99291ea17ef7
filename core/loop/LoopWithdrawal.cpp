// LoopStore's withdrawal (撤回) of an item's last step: the item goes back to the handling the
// step found it in, and the step stays in the history marked withdrawn.

#include "loop/LoopStore.h"

#include "common/TextNormalize.h"
#include "loop/StepSnapshot.h"
#include "storage/WriteTransaction.h"

namespace dd::loop {

Result<std::optional<Step>> LoopStore::lastStep(qint64 itemId) const
{
    const auto history = steps(itemId);
    if (!history)
        return history.failure();
    for (auto step = history->crbegin(); step != history->crend(); ++step)
        if (!step->withdrawn())
            return std::optional<Step>(*step);
    return std::optional<Step>();
}

Outcome LoopStore::withdrawLastStep(qint64 itemId, const QString& reason, const QString& actor,
                                    bool mayWithdrawOthers)
{
    const QString why = normalizeText(reason);
    if (why.isEmpty())
        return Outcome::invalid({{QStringLiteral("reason"), tr("say why the step is withdrawn")}});
    const Lookup<Item> found = find(itemId);
    if (!found.found())
        return found.missing(tr("Item %1 does not exist").arg(itemId));
    const auto last = lastStep(itemId);
    if (!last)
        return last.failure();
    const auto refuse = [](const QString& message) {
        return Outcome::failure(Outcome::Kind::NotAllowed, message);
    };
    if (!*last || (*last)->kind == StepKind::Point)
        return refuse(
            tr("%1 has no step to withdraw: only its recording is left").arg(found->serial));
    const Step& step = **last;
    if (step.itemBefore.isEmpty())
        return refuse(tr("The %1 of %2 was recorded before steps could be withdrawn")
                          .arg(stepName(step.kind), found->serial));
    if (step.kind == StepKind::Order && found->orderKind == OrderKind::NewSuggestion) {
        const Lookup<Item> suggestion = find(found->suggestionId);
        if (suggestion.failed())
            return suggestion.failure();
        return refuse(tr("%1 was made into suggestion %2, which has its own handling: the "
                         "decision cannot be withdrawn")
                          .arg(found->serial, suggestion.found()
                                                  ? suggestion->serial
                                                  : QString::number(found->suggestionId)));
    }
    if (!mayWithdrawOthers && !step.actor.isEmpty() && step.actor != normalizeText(actor))
        return refuse(tr("Only %1, who recorded the %2, or an administrator can withdraw it")
                          .arg(step.actor, stepName(step.kind)));
    Item item = *found;
    if (const Outcome restored = restoreHandling(item, step.itemBefore); !restored.ok())
        return restored;
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (const Outcome saved = saveItem(item); !saved.ok())
        return saved;
    QSqlQuery& mark = storage::sql::statement(
        m_db, QStringLiteral("UPDATE loop_steps SET withdrawn_at = ?, withdrawn_by = ?, "
                             "withdrawn_reason = ? WHERE id = ? AND withdrawn_at IS NULL"));
    if (!storage::sql::exec(mark, {storage::sql::nowText(), normalizeText(actor), why, step.id}))
        return storage::sql::storageFailure(mark);
    return transaction->commitWith(Outcome::success(step.id));
}

} // namespace dd::loop

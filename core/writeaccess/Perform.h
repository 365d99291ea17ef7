#pragma once

#include "storage/WriteTransaction.h"
#include "writeaccess/Journal.h"
#include "writeaccess/WriteAccess.h"

#include <utility>

namespace dd::usecase {

// Runs one use case's writes: through the door, in one transaction, committed only when `write`
// returns success (a refusal or an inner failure rolls everything back). Then `describe(words,
// outcome)` gives the operator log its entry, inside the same transaction (it may read what was
// written): a write and its entry are saved together or not at all. A use case run inside
// another's transaction is part of that one's entry.
template <class Write, class Describe>
Outcome perform(QSqlDatabase db, Write&& write, Describe&& describe)
{
    WriteAccess access(db);
    auto transaction = storage::WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    const bool outermost = transaction->outermost();
    Outcome outcome = std::forward<Write>(write)();
    if (outcome.ok() && outermost)
        if (Outcome logged = journal(db, std::forward<Describe>(describe)(LogWords(db), outcome));
            !logged.ok())
            return logged;
    outcome = transaction->commitWith(std::move(outcome));
    if (outcome.ok() && outermost)
        storage::rememberLogHead(db);
    return outcome;
}

} // namespace dd::usecase

#pragma once

#include "storage/WriteTransaction.h"
#include "writeaccess/WriteAccess.h"

#include <utility>

namespace dd::usecase {

// Runs one use case's writes: through the door, in one transaction, committed only when `write`
// returns success (a refusal or an inner failure rolls everything back).
template <class Write> Outcome perform(QSqlDatabase db, Write&& write)
{
    WriteAccess access(db);
    auto transaction = storage::WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    return transaction->commitWith(std::forward<Write>(write)());
}

} // namespace dd::usecase

#pragma once

#include "loop/LoopStore.h"

namespace dd::loop {

// The open items past their due date and those due within the due-soon window, each list
// earliest due first: what the home page counts and `overdue` prints.
struct LateItems {
    QList<Item> overdue;
    QList<Item> dueSoon;
};

Result<LateItems> lateItems(const LoopStore& store, const QDate& today);

} // namespace dd::loop

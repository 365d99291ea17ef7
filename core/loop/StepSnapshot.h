#pragma once

#include "common/Result.h"
#include "loop/LoopRecords.h"

namespace dd::loop {

// The handling columns of an item as a step found them, kept with the step so that withdrawing
// it (撤回) puts the item back exactly: state, decision, round, agencies, due dates, reply,
// evaluation and the excellent mark. The particulars (content, citizen, deputies) are not
// changed by steps and are not kept.
QString handlingSnapshot(const Item& item);

// Puts the snapshot's columns back on `item`; a snapshot that cannot be read (a damaged row)
// fails and leaves `item` as it was.
Outcome restoreHandling(Item& item, const QString& snapshot);

} // namespace dd::loop

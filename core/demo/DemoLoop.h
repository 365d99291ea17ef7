#pragma once

#include "demo/DemoGenerator.h"

namespace dd::demo {

// The loop's demo data for every year the demo covers: agencies, concerns and suggestions in
// every state the loop knows (answered on the spot, passed on, merged, referred, declined,
// returned, extended, overdue, re-handled, B then A, session suggestions), each written through
// the state machine. Expects the registry demo to be in place.
Outcome generateLoopDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary);

} // namespace dd::demo

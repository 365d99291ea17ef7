#pragma once

#include "demo/DemoGenerator.h"

namespace dd::demo {

// Activities for every year the demo covers, through the activity and roster stores: session
// attendance (a few on leave, a few absent), leave periods, each station's saved duty roster
// with the days up to today recorded as receptions (citizens counted, the concerns raised there
// linked), and the other types at the scale's yearly count. About one deputy in ten is well
// behind: left off rosters, rarely on other activities, more often absent.
Outcome generateActivityDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary);

} // namespace dd::demo

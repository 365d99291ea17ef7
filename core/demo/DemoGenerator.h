#pragma once

#include "storage/Sql.h"

namespace dd::demo {

struct DemoOptions {
    enum class Scale { Small, County, Large };
    Scale scale = Scale::County;
    quint32 seed = 2026;
    int years = 2; // how many calendar years back the data go (the current one included)
};

struct DemoSummary {
    int townships = 0;
    int stations = 0;
    int deputies = 0;
    int memberships = 0;
    int sessions = 0;
    int concerns = 0;
    int suggestions = 0;
    int activities = 0;
};

std::optional<DemoOptions::Scale> parseScale(QStringView text);

// Fills an initialised, empty database with a realistic county (or township) office: the same
// seed and today's date give the same data. Everything is written in one transaction.
Outcome generateDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary);

} // namespace dd::demo

#pragma once

#include "common/Outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace dd::storage::schema {

// The schema version this build writes. Older files are migrated forward on open.
int latestVersion();

// Applies the migrations from the file's version to `target` (latest by default), each one in
// its own transaction together with the user_version bump, so a failure leaves the last
// complete version behind.
Outcome migrate(QSqlDatabase& db, int fromVersion, int target = -1);

} // namespace dd::storage::schema

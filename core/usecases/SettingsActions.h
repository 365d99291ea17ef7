#pragma once

#include "storage/Sql.h"

#include <QList>

#include <utility>

namespace dd::usecase {

// Changes several office settings together or not at all. A value the setting refuses comes
// back as a field error named by its key.
Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values);

} // namespace dd::usecase

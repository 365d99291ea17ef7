#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace dd::registry {

// Consistency rules of the registry that SQLite's constraints cannot express; each problem
// names the record. Empty when the registry is sound.
QStringList checkRegistry(QSqlDatabase db);

} // namespace dd::registry

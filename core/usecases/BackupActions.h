#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace dd::usecase {

// Replaces the office file's content with a backup (the current content backed up first), then
// records the restore in the restored file's operator log: the log goes on from the backup's,
// with who restored which backup. Gives the path of the copy made before.
Result<QString> restoreFromBackup(const QString& databasePath, QSqlDatabase db,
                                  const QString& backupPath);

} // namespace dd::usecase

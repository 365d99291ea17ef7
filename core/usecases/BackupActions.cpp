#include "usecases/BackupActions.h"

#include "storage/Backups.h"
#include "writeaccess/Perform.h"

#include <QDir>

namespace dd::usecase {

Result<QString> restoreFromBackup(const QString& databasePath, QSqlDatabase db,
                                  const QString& backupPath)
{
    const auto safetyCopy = storage::Backups(databasePath, db).restore(backupPath);
    if (!safetyCopy)
        return safetyCopy;
    // The pages are copied already; the entry is written after them, in a transaction of its own.
    const Outcome logged = perform(
        db, [] { return Outcome::success(); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("office.restore"),
                words(QT_TRANSLATE_NOOP("dd::log", "Restored the file from the backup %1; the "
                                                   "content before is in %2"))
                    .arg(QDir::toNativeSeparators(backupPath),
                         QDir::toNativeSeparators(*safetyCopy)));
        });
    if (!logged.ok())
        return logged;
    return safetyCopy;
}

} // namespace dd::usecase

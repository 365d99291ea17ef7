#include "usecases/ImportRun.h"

#include "storage/Backups.h"
#include "writeaccess/Perform.h"

#include <QCoreApplication>

namespace dd::usecase {

Outcome ImportRun::apply(imports::ImportCounts* counts)
{
    *counts = {};
    if (!canApply())
        return Outcome::failure(Outcome::Kind::Invalid,
                                QCoreApplication::translate("dd::imports::RosterImport",
                                                            "The file has problems; nothing was "
                                                            "imported."));
    // The copy is taken before the write lock: a backup reads the whole file.
    if (const Outcome backup = storage::Backups::before(m_db, QStringLiteral("before-import"));
        !backup.ok())
        return backup;
    return perform(
        m_db, [&] { return write(counts); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("import"),
                words(what()).arg(source().table.name).arg(counts->inserted).arg(counts->updated));
        });
}

} // namespace dd::usecase

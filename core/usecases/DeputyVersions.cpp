#include "usecases/DeputyVersions.h"

#include "registry/DeputyStore.h"
#include "usecases/DeputyActions.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd::usecase {

void setPersonField(registry::Deputy& deputy, const QString& field, const QString& value)
{
    const std::pair<const char*, QString registry::Deputy::*> texts[] = {
        {"name", &registry::Deputy::name},
        {"gender", &registry::Deputy::gender},
        {"ethnicity", &registry::Deputy::ethnicity},
        {"birth_month", &registry::Deputy::birthMonth},
        {"party", &registry::Deputy::party},
        {"education", &registry::Deputy::education},
        {"work_unit", &registry::Deputy::workUnit},
        {"phone", &registry::Deputy::phone},
        {"id_number", &registry::Deputy::idNumber},
        {"address", &registry::Deputy::address},
        {"composition", &registry::Deputy::composition},
        {"notes", &registry::Deputy::notes}};
    for (const auto& [code, member] : texts)
        if (field == QLatin1String(code))
            deputy.*member = value;
    if (field == QLatin1String("cadre"))
        deputy.isCadre = value == QLatin1String("1");
    else if (field == QLatin1String("returned_overseas"))
        deputy.isReturnedOverseas = value == QLatin1String("1");
}

Result<QList<DeputyVersion>> deputyVersions(QSqlDatabase db, qint64 deputyId)
{
    const auto current = registry::DeputyStore(db).get(deputyId);
    if (!current.found())
        return current.missing(
            QCoreApplication::translate("dd::usecase", "Deputy %1 does not exist").arg(deputyId));
    storage::LogFilter filter;
    filter.recordKind = QStringLiteral("deputy");
    filter.recordId = deputyId;
    const auto entries = storage::OperatorLog(db).list(filter);
    if (!entries)
        return entries.failure();
    // From the record as it is, back through each change the log recorded.
    QList<DeputyVersion> versions;
    registry::Deputy deputy = *current;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (it->action != QLatin1String("deputy.edit") || it->changes.isEmpty())
            continue;
        versions.prepend({0, it->at, it->operatorName, it->summary, deputy});
        for (const storage::FieldChange& change : it->changes)
            setPersonField(deputy, change.field, change.before);
    }
    const auto added = std::find_if(entries->cbegin(), entries->cend(), [](const auto& e) {
        return e.action == QLatin1String("deputy.add");
    });
    versions.prepend({0, added != entries->cend() ? added->at : QString(),
                      added != entries->cend() ? added->operatorName : QString(),
                      added != entries->cend() ? added->summary : QString(), deputy});
    for (qsizetype i = 0; i < versions.size(); ++i)
        versions[i].number = int(i) + 1;
    return versions;
}

} // namespace dd::usecase

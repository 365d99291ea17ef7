#include "usecases/LoopActions.h"

#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

using loop::ItemKind;

Outcome recordItem(QSqlDatabase db, ItemKind kind, loop::Item& item, const QString& actor)
{
    return perform(db, [&] {
        loop::LoopStore store(db);
        return kind == ItemKind::Concern ? store.addConcern(item, actor)
                                         : store.addSuggestion(item, actor);
    });
}

Outcome takeStep(QSqlDatabase db, const QList<qint64>& itemIds, const loop::StepRequest& request)
{
    return perform(db, [&] {
        loop::LoopStore store(db);
        return itemIds.size() == 1 ? store.applyStep(itemIds.first(), request)
                                   : store.applyStepToAll(itemIds, request);
    });
}

Outcome markExcellent(QSqlDatabase db, qint64 suggestionId, bool excellent, const QDate& date)
{
    return perform(db,
                   [&] { return loop::LoopStore(db).setExcellent(suggestionId, excellent, date); });
}

Outcome saveAgency(QSqlDatabase db, loop::Agency& agency)
{
    return perform(db, [&] {
        loop::AgencyStore store(db);
        return agency.id > 0 ? store.update(agency) : store.add(agency);
    });
}

Outcome addCategory(QSqlDatabase db, const QString& name)
{
    return perform(db, [&] { return loop::addCategory(db, name); });
}

} // namespace dd::usecase

#include "Pickers.h"

#include "ReadFailure.h"
#include "loop/AgencyStore.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"

#include <QHash>

namespace dd::ui {

RecordPicker* townshipPicker(QSqlDatabase db, QWidget* parent, const std::optional<QString>& none)
{
    auto* picker = new RecordPicker(parent);
    QList<std::pair<QString, qint64>> entries;
    for (const registry::Township& township :
         listOrWarn(registry::TownshipStore(db).list(), parent))
        entries.append({township.name, township.id});
    picker->setEntries(entries, none);
    return picker;
}

RecordPicker* stationPicker(QSqlDatabase db, QWidget* parent, const std::optional<QString>& none,
                            RecordPicker* township)
{
    auto* picker = new RecordPicker(parent);
    QList<std::pair<QString, qint64>> entries;
    QHash<qint64, qint64> townshipOf;
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(db).list(), parent)) {
        entries.append({row.station.name, row.station.id});
        townshipOf.insert(row.station.id, row.station.townshipId);
    }
    picker->setEntries(entries, none);
    if (!township)
        return picker;
    const auto follow = [picker, township, townshipOf] {
        const qint64 chosen = township->currentId();
        picker->setOffered(chosen > 0
                               ? std::function<bool(qint64)>([chosen, townshipOf](qint64 id) {
                                     return townshipOf.value(id) == chosen;
                                 })
                               : std::function<bool(qint64)>());
    };
    follow();
    QObject::connect(township, &QComboBox::currentIndexChanged, picker, follow);
    QObject::connect(picker, &QComboBox::currentIndexChanged, township,
                     [picker, township, townshipOf] {
                         if (township->currentId() == 0 && picker->currentId() > 0)
                             township->setCurrentId(townshipOf.value(picker->currentId()));
                     });
    return picker;
}

RecordPicker* agencyPicker(QSqlDatabase db, QWidget* parent, const std::optional<QString>& none)
{
    auto* picker = new RecordPicker(parent);
    QList<std::pair<QString, qint64>> entries;
    for (const loop::Agency& agency : listOrWarn(loop::AgencyStore(db).list(), parent))
        entries.append({agency.name, agency.id});
    picker->setEntries(entries, none);
    return picker;
}

} // namespace dd::ui

#pragma once

#include "common/Result.h"
#include "registry/Records.h"
#include "storage/Sql.h"
#include <QCoreApplication>

#include <QMap>
#include <optional>

namespace dd::registry {

struct StationRow {
    Station station;
    QString townshipName;
    QMap<Level, int> deputiesByLevel; // serving deputies stationed here (primary or not)
    int deputyCount = 0;
};

// Liaison stations (代表联络站) and which deputies are stationed where.
class StationStore {
    Q_DECLARE_TR_FUNCTIONS(dd::registry::StationStore)

public:
    explicit StationStore(QSqlDatabase db);

    Outcome add(Station& station);
    Outcome update(Station& station);
    Lookup<Station> get(qint64 id) const;
    Lookup<Station> findByName(const QString& name) const;
    Result<QList<StationRow>> list(qint64 townshipId = 0) const;

    // Stations a deputy: the primary station replaces any earlier primary one (ended that day).
    Outcome assign(qint64 deputyId, qint64 stationId, bool primary, const QDate& date);
    Outcome unassign(qint64 deputyId, qint64 stationId, const QDate& date);

private:
    Outcome checkReferences(const Station& station) const; // invalid, or a failed read
    QSqlDatabase m_db;
};

} // namespace dd::registry

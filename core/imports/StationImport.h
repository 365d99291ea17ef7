#pragma once

#include "imports/RosterImport.h"

namespace dd::imports {

struct StationImportOptions {
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    bool createMissing = false; // create townships the file names
};

struct PlannedStation {
    int row = 0;
    registry::Station station;
    QString townshipName;
    QSet<QString> given;
    qint64 existingId = 0; // a station of the same name is on record
};

// A list of liaison stations, imported all or nothing; a station is known by its name.
class StationImport : public ImportPlan<StationImport, PlannedStation> {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::StationImport)

public:
    StationImport(QSqlDatabase db, StationImportOptions options);
    static const QList<FieldSpec>& fields();

    void plan(const ImportSource& source);

    QStringList missingTownships() const { return m_missingTownships; }
    ImportCounts planned() const;
    bool canApply() const;
    Outcome apply(ImportCounts* counts);

private:
    void planRow(const Row& row, QHash<QString, int>& seen);

    StationImportOptions m_options;
    bool m_planned = false;
    QStringList m_missingTownships;
    QHash<QString, qint64> m_townships;
    QHash<QString, qint64> m_stations;
};

} // namespace dd::imports

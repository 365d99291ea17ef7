#pragma once

#include "common/Outcome.h"
#include "imports/ColumnMapping.h"

#include <QCoreApplication>

#include <optional>

namespace dd::imports {

// One thing wrong with the file, where the clerk will find it.
struct ImportProblem {
    int row = 0;    // the spreadsheet's row number; 0 for the file as a whole
    QString column; // the header as the sheet shows it, or the field's name
    QString message;
};
// "第 15 行，联系电话：…" in the screen language.
QString describe(const ImportProblem& problem);
// The records an import checks against could not be read: nothing can be planned.
ImportProblem unreadableRecords(const Outcome& failure);

// The sheet to import and how its columns map, found among the file's tables.
struct ImportSource {
    Table table;
    ColumnMapping mapping;
};

// A problem in the column that holds `field` (its header as the sheet shows it, else the field's
// name; none for an empty field).
ImportProblem problemAt(const ColumnMapping& mapping, int row, const QString& field,
                        const QString& message);

class ImportSourceFinder {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::ImportSourceFinder)

public:
    static constexpr int kMaxRows = 50'000;
    // The first sheet whose header names the required field and one more; otherwise a problem
    // that says which headers were expected.
    static std::optional<ImportSource> find(const QList<Table>& tables,
                                            const QList<FieldSpec>& fields,
                                            const QString& requiredField, ImportProblem* problem);
    // Reads the file (TableFile) and finds the sheet; on failure appends why to `problems`.
    static std::optional<ImportSource> read(const QString& path, const QList<FieldSpec>& fields,
                                            const QString& requiredField,
                                            QList<ImportProblem>* problems);
};

} // namespace dd::imports

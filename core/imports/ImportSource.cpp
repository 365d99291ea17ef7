#include "imports/ImportSource.h"

#include "imports/TableFile.h"
#include "registry/Validation.h"

#include <algorithm>

namespace dd::imports {

ImportProblem unreadableRecords(const Outcome& failure)
{
    return {0,
            {},
            QCoreApplication::translate("dd::imports",
                                        "The records on file could not be read, so nothing can be "
                                        "checked or imported: %1")
                .arg(failure.text())};
}

QString describe(const ImportProblem& problem)
{
    if (problem.row == 0)
        return problem.message;
    if (problem.column.isEmpty())
        return QCoreApplication::translate("dd::imports", "Row %1: %2")
            .arg(problem.row)
            .arg(problem.message);
    return QCoreApplication::translate("dd::imports", "Row %1, %2: %3")
        .arg(problem.row)
        .arg(problem.column, problem.message);
}

ImportProblem problemAt(const ColumnMapping& mapping, int row, const QString& field,
                        const QString& message)
{
    const int column = mapping.column(field);
    const QString header = column ? mapping.headerTexts.value(column) : QString();
    return {row, header.isEmpty() && !field.isEmpty() ? fieldLabel(field) : header, message};
}

std::optional<ImportSource> ImportSourceFinder::read(const QString& path,
                                                     const QList<FieldSpec>& fields,
                                                     const QString& requiredField,
                                                     QList<ImportProblem>* problems)
{
    const auto tables = TableFile::read(path);
    if (!tables) {
        problems->append({0, {}, tables.error()});
        return std::nullopt;
    }
    ImportProblem missingHeader;
    auto source = find(*tables, fields, requiredField, &missingHeader);
    if (!source)
        problems->append(missingHeader);
    return source;
}

std::optional<ImportSource> ImportSourceFinder::find(const QList<Table>& tables,
                                                     const QList<FieldSpec>& fields,
                                                     const QString& requiredField,
                                                     ImportProblem* problem)
{
    for (const Table& table : tables) {
        auto mapping = detectHeader(table, fields, requiredField);
        if (!mapping)
            continue;
        // Planning holds a few kilobytes per row: a sheet far beyond any office's roster or
        // ledger is refused here, before it is planned, so memory stays bounded.
        const auto dataRows =
            std::count_if(table.rows.begin(), table.rows.end(),
                          [&](const Row& row) { return row.number > mapping->headerRow; });
        if (dataRows > kMaxRows) {
            *problem = {0,
                        {},
                        tr("The sheet %1 has %2 rows; DeputyDesk imports at most %3 rows at a "
                           "time, far more than a county's roster or ledger. Check that it is the "
                           "right file, or split it.")
                            .arg(table.name)
                            .arg(dataRows)
                            .arg(kMaxRows)};
            return std::nullopt;
        }
        return ImportSource{table, std::move(*mapping)};
    }
    QStringList expected;
    for (const FieldSpec& field : fields)
        if (!field.headers.isEmpty())
            expected << field.headers.first();
    *problem = {0,
                {},
                tables.isEmpty()
                    ? tr("The file holds no sheet to import.")
                    : tr("No header row found in the first rows of any sheet. The header should "
                         "name the columns, for example: %1.")
                          .arg(expected.join(tr(", ", "between header names")))};
    return std::nullopt;
}

} // namespace dd::imports

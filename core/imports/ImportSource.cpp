#include "imports/ImportSource.h"

#include "registry/Validation.h"

namespace dd::imports {

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

std::optional<ImportSource> ImportSourceFinder::find(const QList<Table>& tables,
                                                     const QList<FieldSpec>& fields,
                                                     const QString& requiredField,
                                                     ImportProblem* problem)
{
    for (const Table& table : tables)
        if (auto mapping = detectHeader(table, fields, requiredField))
            return ImportSource{table, std::move(*mapping)};
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

#include "imports/ImportSource.h"

#include "imports/TableFile.h"
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
    QString error;
    const auto tables = TableFile::read(path, &error);
    if (!tables) {
        problems->append({0, {}, error});
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

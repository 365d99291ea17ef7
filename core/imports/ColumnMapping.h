#pragma once

#include "imports/Table.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace dd::imports {

// A field an import understands, with the header names clerks give it.
struct FieldSpec {
    QString code;        // stable field code, as in FieldError (name, phone, …)
    QStringList headers; // known header texts, compared after normalizeHeader()
};

// Which column holds which field, as detected from the header row (and adjustable in the GUI).
struct ColumnMapping {
    int headerRow = 0;               // the spreadsheet's row number
    QHash<QString, int> columns;     // field code → column (1 = A)
    QHash<int, QString> headerTexts; // column → the header as the sheet shows it

    int column(const QString& field) const { return columns.value(field, 0); }
    // Header texts of the columns that are not imported, in column order.
    QStringList ignoredHeaders() const;
};

// "联系电话\n（手机）：" → "联系电话": no whitespace, half-width, lower case, no trailing colon
// or bracketed remark.
QString normalizeHeader(QStringView text);

// The header row among the first rows of the table: the row naming the most known fields (at
// least two, one of them `requiredField`). Title rows above it and merged cells are passed over.
std::optional<ColumnMapping> detectHeader(const Table& table, const QList<FieldSpec>& fields,
                                          const QString& requiredField);

} // namespace dd::imports

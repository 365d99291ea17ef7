#pragma once

#include <QJsonObject>
#include <QString>

namespace dd::test {

// Reads an .xlsx back with an independent reader: Debian's own python3 with python3-openpyxl.
// Returns {"sheets": [{"title", "merged", "freeze", "filter", "print_rows", "footer", "paper",
// "orientation", "rows": [[{"v": value, "t": data_type, "f": number_format}, …], …]}]}.
// A missing reader fails the calling test.
QJsonObject readXlsx(const QString& path);

} // namespace dd::test

#pragma once

#include <QJsonObject>
#include <QString>

namespace dd::test {

// Reads an .xlsx back with an independent reader: Debian's own python3 with python3-openpyxl.
// Returns {"sheets": [{"title", "merged", "freeze", "filter", "print_rows", "footer", "paper",
// "orientation", "rows": [[{"v": value, "t": data_type, "f": number_format}, …], …]}]}.
// A missing reader fails the calling test.
QJsonObject readXlsx(const QString& path);

// Runs a Python script with Debian's python3 (openpyxl, zipfile) to make fixtures the way other
// programs write them; fails the calling test when it does not succeed.
void runPython(const char* script, const QStringList& args);

} // namespace dd::test

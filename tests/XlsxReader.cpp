#include "XlsxReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace dd::test {

namespace {
const char* const kScript = R"PY(
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()
            cells.append({"v": v, "t": c.data_type, "f": c.number_format})
        rows.append(cells)
    out["sheets"].append({
        "title": ws.title,
        "merged": [str(r) for r in ws.merged_cells.ranges],
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "print_rows": ws.print_title_rows,
        "footer": ws.oddFooter.center.text,
        "paper": ws.page_setup.paperSize,
        "orientation": ws.page_setup.orientation,
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "rows": rows,
    })
print(json.dumps(out, ensure_ascii=False))
)PY";
} // namespace

QJsonObject readXlsx(const QString& path)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("read.py"));
    QFile file(script);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kScript);
    file.close();
    QProcess python;
    // Debian's interpreter, where python3-openpyxl lives (not a virtualenv's or pyenv's python).
    python.start(QStringLiteral("/usr/bin/python3"), {script, path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace dd::test

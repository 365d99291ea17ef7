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

namespace {
QByteArray python(const char* script, const QStringList& args)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("script.py"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(script);
    file.close();
    QProcess process;
    // Debian's interpreter, where python3-openpyxl lives (not a virtualenv's or pyenv's python).
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{path} + args);
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}
} // namespace

void runPython(const char* script, const QStringList& args)
{
    python(script, args);
}

QJsonObject readXlsx(const QString& path)
{
    const QJsonDocument document = QJsonDocument::fromJson(python(kScript, {path}));
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace dd::test

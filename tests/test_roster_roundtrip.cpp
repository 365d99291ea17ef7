// The clerk's round trip on the county demo: the roster exported (a row per membership, with
// 层级 and 届次), phones corrected in a spreadsheet program, imported back with update.
#include "TestSupport.h"
#include "XlsxReader.h"

#include "imports/RosterImport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dd;

namespace {

// Corrects the phone of every tenth deputy row (a person on two rows is corrected on one of
// them only) and writes what it changed beside the workbook as JSON; "conflict" corrects one
// person's two rows differently.
const char* const kCorrect = R"PY(
import json, sys, openpyxl
path, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(path)
ws = wb.active
header = [c.value for c in ws[3]]
name, born, phone = (header.index(h) + 1 for h in ("姓名", "出生年月", "联系电话"))
rows = [r for r in range(4, ws.max_row + 1) if ws.cell(r, name).value]
def person(r):
    value = ws.cell(r, born).value
    return [ws.cell(r, name).value, value.strftime("%Y-%m") if hasattr(value, "strftime") else value]
changed = []
if mode == "conflict":
    seen = {}
    for r in rows:
        key = tuple(person(r))
        if key in seen:
            ws.cell(seen[key], phone).value = "13911111111"
            ws.cell(r, phone).value = "13922222222"
            changed.append(person(r) + ["13922222222", r])
            break
        seen[key] = r
else:
    for i, r in enumerate(rows):
        if i % 10 == 0:
            ws.cell(r, phone).value = "139%08d" % i
            changed.append(person(r) + [ws.cell(r, phone).value, r])
wb.save(out)
json.dump(changed, open(out + ".json", "w"), ensure_ascii=False)
)PY";

QJsonArray changes(const QString& workbook)
{
    QFile file(workbook + QStringLiteral(".json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).array();
}

QString phoneOf(const QSqlDatabase& db, const QJsonArray& change)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT phone FROM deputies WHERE name = ? AND birth_month = ?"));
    query.addBindValue(change.at(0).toString());
    query.addBindValue(change.at(1).toString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}
} // namespace

TEST_CASE("The roster exported, corrected in a spreadsheet and imported back with update",
          "[import][host][linux-cli][openpyxl]")
{
    test::TempDatabase office(false);
    office.db.reset();
    QFile::remove(office.path);
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), office.path,
                                        QStringLiteral("--today"), QStringLiteral("2026-11-20")} +
                            args);
    };
    REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    const QString exported = office.dir.filePath(QStringLiteral("代表名册.xlsx"));
    const test::CliResult written = cli(
        {QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--out"), exported});
    REQUIRE(written.exitCode == 0);

    // As exported: every row is already on record in its own level and term.
    const test::CliResult unchanged = cli({QStringLiteral("import"), QStringLiteral("deputies"),
                                           exported, QStringLiteral("--dry-run")});
    INFO(unchanged.err.toStdString());
    REQUIRE(unchanged.exitCode == 0);
    CHECK(unchanged.out.contains(QStringLiteral("insert 0, update 0")));

    const QString corrected = office.dir.filePath(QStringLiteral("改后.xlsx"));
    test::runPython(kCorrect, {exported, corrected, QStringLiteral("phones")});
    const QJsonArray changed = changes(corrected);
    REQUIRE(changed.size() > 100);
    const test::CliResult imported =
        cli({QStringLiteral("import"), QStringLiteral("deputies"), corrected,
             QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Inserted 0")));
    CHECK(imported.out.contains(QStringLiteral("skipped 0")));
    {
        auto opened = storage::Database::open(office.path, storage::Database::Mode::ReadOnly);
        REQUIRE(opened);
        for (const QJsonValue& change : changed) {
            INFO(QJsonDocument(change.toArray()).toJson().toStdString());
            CHECK(phoneOf((*opened)->connection(), change.toArray()) ==
                  change.toArray().at(2).toString());
        }
    }

    // One person's two rows corrected differently: said, with the row, and nothing written.
    const QString conflicting = office.dir.filePath(QStringLiteral("两处不同.xlsx"));
    test::runPython(kCorrect, {exported, conflicting, QStringLiteral("conflict")});
    const QJsonArray conflict = changes(conflicting);
    REQUIRE(conflict.size() == 1);
    const test::CliResult refused =
        cli({QStringLiteral("import"), QStringLiteral("deputies"), conflicting,
             QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    CHECK(refused.exitCode == 2);
    CHECK(
        refused.err.contains(QStringLiteral("Row %1").arg(conflict.at(0).toArray().at(3).toInt())));
    CHECK(refused.err.contains(conflict.at(0).toArray().at(0).toString()));
    auto reopened = storage::Database::open(office.path, storage::Database::Mode::ReadOnly);
    REQUIRE(reopened);
    CHECK(phoneOf((*reopened)->connection(), conflict.at(0).toArray()) != u"13922222222");
}

TEST_CASE("A roster's 层级 and 届次 columns as clerks type them", "[import]")
{
    test::TempDatabase db;
    const QString path = db.dir.filePath(QStringLiteral("各级代表.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,性别,出生年月,层级,届次\n欧阳明,男,1970.05,县级,第18届\n"
                              "李娟,女,1982.03,县,18\n王五,男,1975.01,县级,第十九届\n"
                              "赵六,男,1976.02,村,18\n")
                   .toUtf8());
    file.close();
    imports::RosterImport roster(db.connection(), {});
    REQUIRE(roster.read(path));
    CHECK(roster.rowsNameTheirTerms());
    QStringList problems;
    for (const imports::ImportProblem& problem : roster.problems())
        problems << imports::describe(problem);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 2); // rows 4 and 5; rows 2 and 3 go into the 18th term
    CHECK(problems.at(0).contains(QStringLiteral("第十九届")));
    CHECK(problems.at(1).contains(QStringLiteral("村")));
    CHECK(roster.rows().size() == 2);
    for (const imports::PlannedDeputy& row : roster.rows())
        CHECK(row.membership.termNumber == 18);
}

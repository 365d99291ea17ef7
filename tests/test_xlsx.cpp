#include "TestSupport.h"
#include "XlsxReader.h"

#include "xlsx/WorkbookWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace dd;
using namespace dd::xlsx;

namespace {
Sheet sampleSheet(int rows, int extraColumns = 0)
{
    Sheet sheet;
    sheet.name = QStringLiteral("代表名册");
    sheet.title = QStringLiteral("云岭县人大常委会 代表名册");
    sheet.dateLine = QStringLiteral("2026年11月22日");
    sheet.columns = {
        {QStringLiteral("姓名"), CellType::Text},   {QStringLiteral("出生年月"), CellType::Month},
        {QStringLiteral("届次"), CellType::Number}, {QStringLiteral("联系电话"), CellType::Text},
        {QStringLiteral("备注"), CellType::Text},   {QStringLiteral("登记日期"), CellType::Date}};
    for (int i = 0; i < extraColumns; ++i)
        sheet.columns.append({QStringLiteral("栏%1").arg(i), CellType::Text});
    const QStringList notes = {QStringLiteral("=1+1"),  QStringLiteral("+86"),
                               QStringLiteral("-x"),    QStringLiteral("@sum"),
                               QStringLiteral("\tTab"), QStringLiteral("普通文本")};
    for (int r = 0; r < rows; ++r)
        sheet.rows.append(QVariantList{QStringLiteral("欧阳娜娜"), QDate(1975, 3, 1), 18,
                                       QStringLiteral("013812345678"), notes.at(r % notes.size()),
                                       QDate(2026, 7, 15)});
    return sheet;
}

QJsonArray cellsOf(const QJsonObject& sheet, int row)
{
    return sheet.value("rows").toArray().at(row).toArray();
}
} // namespace

TEST_CASE("Workbooks are print-ready: title, header, serial, frozen, filtered, A4, footer",
          "[xlsx][host][openpyxl]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    WorkbookWriter writer(path);
    REQUIRE(writer.addSheet(sampleSheet(12)));
    REQUIRE(writer.commit());
    const QJsonObject sheet = test::readXlsx(path).value("sheets").toArray().first().toObject();
    CHECK(sheet.value("title").toString() == QStringLiteral("代表名册"));
    CHECK(sheet.value("merged").toArray().contains(QStringLiteral("A1:G1")));
    CHECK(cellsOf(sheet, 0).at(0).toObject().value("v").toString() ==
          QStringLiteral("云岭县人大常委会 代表名册"));
    CHECK(cellsOf(sheet, 1).at(0).toObject().value("v").toString() ==
          QStringLiteral("2026年11月22日"));
    const QJsonArray header = cellsOf(sheet, 2);
    CHECK(header.at(0).toObject().value("v").toString() == QStringLiteral("序号"));
    CHECK(header.at(4).toObject().value("v").toString() == QStringLiteral("联系电话"));
    CHECK(sheet.value("rows").toArray().size() == 3 + 12);
    CHECK(sheet.value("freeze").toString() == QStringLiteral("A4"));
    CHECK(sheet.value("filter").toString() == QStringLiteral("A3:G15"));
    CHECK(sheet.value("print_rows").toString() == QStringLiteral("$3:$3"));
    CHECK(sheet.value("footer").toString().contains(QStringLiteral("&P")));
    CHECK(sheet.value("paper").toVariant().toInt() == 9);
    CHECK(sheet.value("orientation").toString() != QStringLiteral("landscape"));

    // Typed cells: serial and term are numbers, dates are dates, the phone keeps its 0.
    const QJsonArray first = cellsOf(sheet, 3);
    CHECK(first.at(0).toObject().value("v").toInt() == 1);
    CHECK(first.at(0).toObject().value("t").toString() == QStringLiteral("n"));
    CHECK(first.at(2).toObject().value("t").toString() == QStringLiteral("d"));
    CHECK(first.at(2).toObject().value("v").toString().startsWith(QStringLiteral("1975-03-01")));
    CHECK(first.at(3).toObject().value("t").toString() == QStringLiteral("n"));
    CHECK(first.at(4).toObject().value("v").toString() == QStringLiteral("013812345678"));
    CHECK(first.at(4).toObject().value("t").toString() == QStringLiteral("s"));
    CHECK(first.at(6).toObject().value("t").toString() == QStringLiteral("d"));
    // Nothing that looks like a formula became one.
    for (const QJsonValue& row : sheet.value("rows").toArray())
        for (const QJsonValue& cell : row.toArray())
            CHECK(cell.toObject().value("t").toString() != QStringLiteral("f"));
    CHECK(cellsOf(sheet, 3).at(5).toObject().value("v").toString() == QStringLiteral("=1+1"));
    // Wide characters count double in the fitted widths.
    const QJsonObject widths = sheet.value("widths").toObject();
    CHECK(widths.value("B").toDouble() >= 10);
    CHECK(widths.value("E").toDouble() >= 13);
}

TEST_CASE("Wide sheets print landscape", "[xlsx][host][openpyxl]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
    WorkbookWriter writer(path);
    REQUIRE(writer.addSheet(sampleSheet(3, 6)));
    REQUIRE(writer.commit());
    CHECK(test::readXlsx(path)
              .value("sheets")
              .toArray()
              .first()
              .toObject()
              .value("orientation")
              .toString() == QStringLiteral("landscape"));
}

TEST_CASE("Sheet names are validated", "[xlsx]")
{
    CHECK(sheetNameProblem(QStringLiteral("代表名册")).isEmpty());
    CHECK_FALSE(sheetNameProblem(QString(32, QLatin1Char('x'))).isEmpty());
    CHECK_FALSE(sheetNameProblem(QStringLiteral("2026/Q3")).isEmpty());
    CHECK_FALSE(sheetNameProblem(QStringLiteral(" ")).isEmpty());
    QTemporaryDir dir;
    WorkbookWriter writer(dir.filePath(QStringLiteral("x.xlsx")));
    Sheet sheet = sampleSheet(1);
    sheet.name = QStringLiteral("a:b");
    const Outcome refused = writer.addSheet(sheet);
    CHECK_FALSE(refused);
    CHECK(refused.text().contains(QStringLiteral("a:b")));
    sheet.name = QStringLiteral("ok");
    REQUIRE(writer.addSheet(sheet));
    CHECK_FALSE(writer.addSheet(sheet)); // twice
}

TEST_CASE("Workbooks are written atomically: failures keep the old file and say why", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("previous workbook");
    old.close();
    {
        WorkbookWriter abandoned(path);
        REQUIRE(abandoned.addSheet(sampleSheet(5)));
    } // never committed
    CHECK(test::fileBytes(path) == QByteArray("previous workbook"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left

    WorkbookWriter intoFolder(dir.path());
    const Outcome folder = intoFolder.commit();
    CHECK_FALSE(folder);
    CHECK(folder.text().contains(QStringLiteral("folder")));
    WorkbookWriter nowhere(dir.filePath(QStringLiteral("missing/x.xlsx")));
    const Outcome missing = nowhere.commit();
    CHECK_FALSE(missing);
    CHECK(missing.text().contains(QStringLiteral("does not exist")));

    WorkbookWriter writer(path);
    REQUIRE(writer.addSheet(sampleSheet(5)));
    REQUIRE(writer.commit());
    CHECK(test::fileBytes(path).startsWith("PK"));
}

TEST_CASE("The CLI exports the roster and the station list as workbooks",
          "[xlsx][cli][host][linux-cli][openpyxl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    REQUIRE(
        test::runCli({"--db", db, "--today", "2026-11-22", "demo", "--scale", "small"}).exitCode ==
        0);
    const QString roster = dir.filePath(QStringLiteral("roster.xlsx"));
    const auto exported =
        test::runCli({"--db", db, "--today", "2026-11-22", "export", "roster", "--out", roster});
    REQUIRE(exported.exitCode == 0);
    const auto listed =
        test::runCli({"--db", db, "deputy", "list", "--order", "strokes", "--format", "json"});
    const QJsonArray deputies = QJsonDocument::fromJson(listed.outBytes).array();
    const QJsonObject sheet = test::readXlsx(roster).value("sheets").toArray().first().toObject();
    const QJsonArray rows = sheet.value("rows").toArray();
    REQUIRE(rows.size() == 3 + deputies.size());
    CHECK(rows.at(0).toArray().at(0).toObject().value("v").toString() ==
          QStringLiteral("云岭县人大常委会 代表名册"));
    for (int i = 0; i < deputies.size(); ++i) // the printed order is the surname-stroke order
        CHECK(rows.at(3 + i).toArray().at(1).toObject().value("v").toString() ==
              deputies.at(i).toObject().value("name").toString());
    const QString stations = dir.filePath(QStringLiteral("stations.xlsx"));
    REQUIRE(test::runCli({"--db", db, "export", "stations", "--out", stations}).exitCode == 0);
    const QJsonObject stationSheet =
        test::readXlsx(stations).value("sheets").toArray().first().toObject();
    CHECK(stationSheet.value("title").toString() == QStringLiteral("联络站一览表"));
    CHECK(stationSheet.value("rows").toArray().size() == 3 + 3);
    CHECK(test::runCli({"--db", db, "export", "roster", "--out", dir.path()}).exitCode == 1);
    CHECK(test::runCli({"--db", db, "export", "roster"}).exitCode == 2);
}

// Importing rosters and station lists as offices keep them: messy workbooks made by openpyxl,
// CSV in every encoding Chinese PCs write, hostile archives, and all-or-nothing writes.
#include "TestSupport.h"
#include "XlsxReader.h"

#include "imports/CellValues.h"
#include "imports/ColumnMapping.h"
#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "imports/TableFile.h"
#include "imports/XlsxReader.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace dd;
using namespace dd::imports;

namespace {

// A roster as a county office keeps it: title and 填报单位 lines, a two-line header with remarks,
// 序号, a station merged down over its deputies, dates of every kind, numbered empty rows and a
// signature line under the table.
const char* const kMessyRoster = R"PY(
import sys, datetime, openpyxl
from openpyxl.styles import Border, Side
wb = openpyxl.Workbook()
if sys.argv[2] == "1904":
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Sheet1"
ws.append(["云岭县第十八届人民代表大会代表名册"])
ws.merge_cells("A1:L1")
ws.append(["填报单位：云岭县人大常委会代表工作委员会", None, None, None, None, None, None, None, "填报日期：2026年11月"])
ws.append(["序号", "代表姓名", "性别", "民族", "出生年月\n（年.月）", "政治面貌", "学历",
           "单位及职务", "手机号码", "所属联络站", "选区", "代表证号", "籍贯"])
ws.append([1, "张　伟", "男", "汉族", datetime.datetime(1975, 3, 1), "中共党员", "大专",
           "城关镇党委书记", 13812345678, "城关镇人大代表联络站", "第1选区", 180001, "云南"])
ws["E4"].number_format = "yyyy.mm"
ws.append([2, " 李娜 ", "女", "彝族", "1980.10", "群众", "高中", "城关镇东社区主任",
           "138 1234 5679", None, "第2选区", "180002"])
ws.merge_cells("J4:J5")
ws.append([3, "王芳", "女", "汉族", 1975.1, "中共党员", "本科", "县第一中学教师",
           "１３９１２３４５６７８", "石桥镇人大代表联络站", "第3选区", "180003"])
ws["E6"].number_format = "0.00"
ws.append([4, "赵强", "男", "回族", "1968年7月", "民盟盟员", "研究生", "县人民医院院长",
           "0871-1234567", "石桥镇人大代表联络站", "第4选区", "180004"])
ws.append([5, "黄海", "男", "汉族", 1972.03, "", "大专", "石桥镇农民", "137-1234-5678",
           "石桥镇人大代表联络站", "第5选区", "180005"])
thin = Side(style="thin")
for r in range(9, 60):
    ws.cell(row=r, column=1, value=r - 3)
    for c in range(1, 13):
        ws.cell(row=r, column=c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
ws.cell(row=62, column=2, value="填表人：李明")
wb.save(sys.argv[1])
)PY";

// Every kind of wrong value, each in its own row.
const char* const kInvalidRoster = R"PY(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["序号", "姓名", "性别", "出生年月", "联系电话", "身份证号"])
ws.append([1, "张伟", "男", "1975.03", "13812345678", "530102197503011232"])
ws.append([2, "李娜", "女", "1980.13", "12345", None])
ws.append([3, "王芳", "X", "1975.05", "13912345678", 530102197505011234])
ws.append([4, "张伟", "男", "1975.03", "13812345670", None])
ws.append([5, None, "男", "1970.01", "13812345671", None])
wb.save(sys.argv[1])
)PY";

// Hand-made archives for what a hostile or broken file can hold.
const char* const kHostile = R"PY(
import sys, zipfile
kind, path = sys.argv[1], sys.argv[2]
workbook = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>')
strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<si><t>姓名</t></si><si><t>性别</t></si>'
           '<si><r><t>欧阳</t></r><r><t>修</t></r><rPh sb="0" eb="2"><t>オウヨウ</t></rPh></si>'
           '<si><t>男</t></si></sst>')
head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2"/><sheetData>'
good = head + ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
               '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>男</t></is></c></row>'
               '</sheetData></worksheet>')
sheet = good
extra = {}
if kind == "dtd":
    sheet = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
             + good.replace("<t>男</t>", "<t>&lol2;</t>"))
elif kind == "bomb":
    sheet = good + " " * (20 * 1024 * 1024)
elif kind == "huge":
    sheet = good + " " * (101 * 1024 * 1024)
elif kind == "traversal":
    extra["../../evil.xml"] = "x"
elif kind == "cells":
    rows = "".join('<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d"><v>2</v></c></row>' % (r, r, r)
                   for r in range(3, 500004))
    sheet = good.replace("</sheetData>", rows + "</sheetData>")
elif kind == "mergebomb":
    sheet = good.replace("</worksheet>", '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells></worksheet>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/sharedStrings.xml", strings)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    for name, content in extra.items():
        z.writestr(name, content)
)PY";

QString hostile(const QTemporaryDir& dir, const char* kind)
{
    const QString path = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".xlsx"));
    test::runPython(kHostile, {QString::fromLatin1(kind), path});
    return path;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList problemTexts(const QList<ImportProblem>& problems)
{
    QStringList texts;
    for (const ImportProblem& problem : problems)
        texts << describe(problem);
    return texts;
}

int deputyCount(const test::TempDatabase& db)
{
    return registry::DeputyStore(db.connection()).count();
}
} // namespace

TEST_CASE("Excel dates, number formats and headers read as the clerk sees them", "[import]")
{
    CHECK(excelDate(1, false) == QDate(1900, 1, 1));
    CHECK(excelDate(59, false) == QDate(1900, 2, 28));
    CHECK(excelDate(61, false) == QDate(1900, 3, 1));
    CHECK(excelDate(25569, false) == QDate(1970, 1, 1));
    CHECK(excelDate(0, true) == QDate(1904, 1, 1));
    CHECK(excelDate(24107, true) == QDate(1970, 1, 1));
    CHECK(numberFormat(14, {}).isDate);
    CHECK(numberFormat(57, {}).isDate); // 中文 yyyy"年"m"月"
    CHECK(numberFormat(176, QStringLiteral("yyyy.mm")).isDate);
    CHECK(numberFormat(177, QStringLiteral("[$-804]yyyy\"年\"m\"月\";@")).isDate);
    CHECK(numberFormat(2, {}).decimals == 2);
    CHECK(numberFormat(178, QStringLiteral("0.00_ ")).decimals == 2);
    CHECK_FALSE(numberFormat(179, QStringLiteral("\"第\"0\"号\"")).isDate);
    CHECK(numberFormat(0, {}).decimals == -1);

    CHECK(normalizeHeader(u"出生年月\n（年.月）") == u"出生年月");
    CHECK(normalizeHeader(u" 联系电话： ") == u"联系电话");
    CHECK(normalizeHeader(u"*姓 名") == u"姓名");
    CHECK(columnLetters(1) == u"A");
    CHECK(columnLetters(28) == u"AB");

    QString problem;
    const auto month = [&](const QString& text) {
        Cell cell{1, Cell::Kind::Text, text, 0, {}};
        const auto read = CellValues::birthMonth(&cell);
        problem = read.error();
        return read.valueOr(QString());
    };
    CHECK(month(QStringLiteral("1975.03")) == u"1975-03");
    CHECK(month(QStringLiteral("1975.3")) == u"1975-03");
    CHECK(month(QStringLiteral("1975.10")) == u"1975-10");
    CHECK(month(QStringLiteral("1975年3月")) == u"1975-03");
    CHECK(month(QStringLiteral("1975-3")) == u"1975-03");
    CHECK(month(QStringLiteral("1975/03")) == u"1975-03");
    CHECK(month(QStringLiteral("197503")) == u"1975-03");
    CHECK(month(QStringLiteral("１９７５．０３")) == u"1975-03");
    CHECK(month(QStringLiteral("1975年3月12日")) == u"1975-03");
    CHECK(month(QStringLiteral("三月")).isEmpty());
    CHECK(problem.contains(u"三月"));

    Cell stars{1, Cell::Kind::Text, QStringLiteral("三星级"), 0, {}};
    CHECK(*CellValues::stars(&stars) == 3);
    stars.text = QStringLiteral("★★★★");
    CHECK(*CellValues::stars(&stars) == 4);
    stars.text = QStringLiteral("无");
    CHECK(*CellValues::stars(&stars) == 0);
    stars.text = QStringLiteral("优秀");
    const auto unrated = CellValues::stars(&stars);
    CHECK_FALSE(unrated);
    CHECK(unrated.error().contains(u"优秀"));
}

TEST_CASE("CSV in UTF-8, UTF-8 with BOM and GB18030, CRLF or LF, quoted fields", "[import]")
{
    const QString csv = QStringLiteral("序号,姓名,性别,出生年月,工作单位及职务\r\n"
                                       "1,张伟,男,1975.03,\"城关镇\"\"东\"\"社区,主任\"\r\n"
                                       "2,黄丽,女,1980-10,\"县医院\r\n医生\"\r\n");
    const QByteArray withBom =
        QByteArray("\xEF\xBB\xBF") +
        QString(csv).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8();
    for (const QByteArray& bytes : {csv.toUtf8(), withBom}) {
        const auto tables = TableFile::read(bytes, QStringLiteral("roster.csv"));
        REQUIRE(tables);
        const Table& table = tables->first();
        REQUIRE(table.rows.size() == 3);
        CHECK(table.rows[1].cell(5)->text == u"城关镇\"东\"社区,主任");
        CHECK(table.rows[2].number == 3);
        CHECK(table.rows[2].cell(5)->text.contains(u"医生"));
    }
    // GB18030 as Excel saves CSV on a Chinese PC: 序号,姓名,性别 / 1,黄丽,女. Written out as
    // bytes because Qt for Windows has no codec (no ICU) to make them.
    const QByteArray gb18030("\xD0\xF2\xBA\xC5,\xD0\xD5\xC3\xFB,\xD0\xD4\xB1\xF0\r\n"
                             "1,\xBB\xC6\xC0\xF6,\xC5\xAE\r\n");
    const auto chinese = TableFile::read(gb18030, QStringLiteral("gbk.csv"));
    REQUIRE(chinese);
    CHECK(chinese->first().rows[1].cell(2)->text == u"黄丽");
    CHECK(chinese->first().rows[1].cell(3)->text == u"女");
    const QByteArray tabs = QStringLiteral("姓名\t性别\n张伟\t男\n").toUtf8();
    CHECK(TableFile::read(tabs, QStringLiteral("t.txt"))->first().rows[1].cell(2)->text == u"男");
}

TEST_CASE("A messy county roster imports with every value cleaned", "[import][host][openpyxl]")
{
    for (const char* system : {"1900", "1904"}) {
        DYNAMIC_SECTION("date system " << system)
        {
            test::TempDatabase db;
            const QString path = db.dir.filePath(QStringLiteral("名册.xlsx"));
            test::runPython(kMessyRoster, {path, QString::fromLatin1(system)});
            RosterImport roster(db.connection(), {});
            REQUIRE(roster.read(path));
            INFO(problemTexts(roster.problems()).join(u'\n').toStdString());
            CHECK(roster.problems().isEmpty());
            CHECK(roster.source().mapping.headerRow == 3);
            CHECK(roster.source().mapping.ignoredHeaders() == QStringList{QStringLiteral("籍贯")});
            CHECK(roster.missingStations() == QStringList{QStringLiteral("城关镇人大代表联络站"),
                                                          QStringLiteral("石桥镇人大代表联络站")});
            ImportCounts counts;
            CHECK_FALSE(roster.apply(&counts).ok()); // stations missing, no consent
            CHECK(deputyCount(db) == 0);

            RosterImport consented(db.connection(), {std::nullopt, 0, OnDuplicate::Skip, true});
            REQUIRE(consented.read(path));
            REQUIRE(consented.apply(&counts).ok());
            CHECK(counts.inserted == 5);
            const QList<registry::DeputyRow> rows =
                *registry::DeputyStore(db.connection()).list({});
            REQUIRE(rows.size() == 5);
            QHash<QString, registry::DeputyRow> byName;
            for (const registry::DeputyRow& row : rows)
                byName.insert(row.deputy.name, row);
            REQUIRE(byName.contains(QStringLiteral("张伟")));
            CHECK(byName[QStringLiteral("张伟")].deputy.birthMonth == u"1975-03");
            CHECK(byName[QStringLiteral("张伟")].deputy.phone == u"13812345678");
            CHECK(byName[QStringLiteral("张伟")].membership.certificateNo == u"180001");
            CHECK(byName[QStringLiteral("李娜")].deputy.birthMonth == u"1980-10");
            CHECK(byName[QStringLiteral("李娜")].deputy.phone == u"13812345679");
            CHECK(byName[QStringLiteral("李娜")].stationName == u"城关镇人大代表联络站");
            CHECK(byName[QStringLiteral("王芳")].deputy.birthMonth == u"1975-10");
            CHECK(byName[QStringLiteral("王芳")].deputy.phone == u"13912345678");
            CHECK(byName[QStringLiteral("赵强")].deputy.birthMonth == u"1968-07");
            CHECK(byName[QStringLiteral("赵强")].deputy.phone == u"0871-1234567");
            CHECK(byName[QStringLiteral("黄海")].deputy.birthMonth == u"1972-03");
            CHECK(byName[QStringLiteral("黄海")].deputy.phone == u"13712345678");
            CHECK(byName[QStringLiteral("黄海")].membership.level == registry::Level::County);
            CHECK(byName[QStringLiteral("黄海")].membership.termNumber == 18);
        }
    }
}

TEST_CASE("Any invalid row means nothing is written, and every problem is named",
          "[import][host][linux-cli][openpyxl]")
{
    test::TempDatabase db;
    const QString path = db.dir.filePath(QStringLiteral("bad.xlsx"));
    test::runPython(kInvalidRoster, {path});
    RosterImport roster(db.connection(), {});
    REQUIRE(roster.read(path));
    const QStringList problems = problemTexts(roster.problems());
    INFO(problems.join(u'\n').toStdString());
    const auto has = [&](const QString& start, const QString& part) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const QString& text) {
            return text.startsWith(start) && text.contains(part);
        });
    };
    CHECK(has(QStringLiteral("Row 3, 出生年月"), QStringLiteral("1980.13")));
    CHECK(has(QStringLiteral("Row 3, 联系电话"), QStringLiteral("12345")));
    CHECK(has(QStringLiteral("Row 4, 性别"), {}));
    CHECK(has(QStringLiteral("Row 4, 身份证号"), QStringLiteral("number")));
    CHECK(has(QStringLiteral("Row 5, 姓名"), QStringLiteral("row 2")));
    CHECK(has(QStringLiteral("Row 6, 姓名"), QStringLiteral("required")));
    CHECK(problems.size() == 6);
    ImportCounts counts;
    CHECK_FALSE(roster.apply(&counts).ok());
    CHECK(deputyCount(db) == 0);

    const test::CliResult cli =
        test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("import"),
                      QStringLiteral("deputies"), path});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("Row 3, 联系电话")));
    CHECK(cli.err.contains(QStringLiteral("Nothing was imported: 6 problems")));
    CHECK(deputyCount(db) == 0);
}

TEST_CASE("Files that are not workbooks, and hostile archives, are refused",
          "[import][host][openpyxl]")
{
    QTemporaryDir dir;
    QString error;
    const auto refused = [&](const QString& path) {
        const auto tables = TableFile::read(path);
        error = tables.error();
        return !tables;
    };
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0'));
    CHECK(refused(xls));
    CHECK(error.contains(QStringLiteral(".xlsx")));
    const QString html = dir.filePath(QStringLiteral("web.xls"));
    writeFile(html, "<html><body><table><tr><td>姓名</td></tr></table></body></html>");
    CHECK(refused(html));
    CHECK(error.contains(QStringLiteral("web page")));
    CHECK(refused(dir.path()));

    // The well-formed archive reads, phonetic runs left out.
    const auto good = TableFile::read(hostile(dir, "good"));
    REQUIRE(good);
    CHECK(good->first().rows[1].cell(1)->text == u"欧阳修");
    CHECK(good->first().rows[1].cell(2)->text == u"男");

    CHECK(refused(hostile(dir, "dtd")));
    CHECK(error.contains(QStringLiteral("DTD")));
    CHECK(refused(hostile(dir, "bomb")));
    CHECK(error.contains(QStringLiteral("100:1")));
    CHECK(refused(hostile(dir, "huge")));
    CHECK(error.contains(QStringLiteral("100 MB")));
    CHECK(refused(hostile(dir, "traversal")));
    CHECK(error.contains(QStringLiteral("outside")));
    CHECK(refused(hostile(dir, "cells")));
    CHECK(error.contains(QStringLiteral("1000000")));
    // A merged range over the whole sheet is clipped to the cells in use.
    const auto merged = TableFile::read(hostile(dir, "mergebomb"));
    REQUIRE(merged);
    CHECK(merged->first().rows.size() == 2);
}

TEST_CASE("Export, import into an empty database: the same records", "[import][host][linux-cli]")
{
    test::TempDatabase source(false);
    source.db.reset();
    QFile::remove(source.path);
    REQUIRE(test::runCli({QStringLiteral("--db"), source.path, QStringLiteral("demo"),
                          QStringLiteral("--scale"), QStringLiteral("small")})
                .exitCode == 0);
    source.db =
        std::move(*storage::Database::open(source.path, storage::Database::Mode::OpenExisting));
    REQUIRE(source.db);
    const QString roster = source.dir.filePath(QStringLiteral("roster.xlsx"));
    const QString stations = source.dir.filePath(QStringLiteral("stations.xlsx"));
    REQUIRE(test::runCli({QStringLiteral("--db"), source.path, QStringLiteral("export"),
                          QStringLiteral("roster"), QStringLiteral("--level"),
                          QStringLiteral("county"), QStringLiteral("--out"), roster})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("--db"), source.path, QStringLiteral("export"),
                          QStringLiteral("stations"), QStringLiteral("--out"), stations})
                .exitCode == 0);

    test::TempDatabase target;
    const auto cli = [&](QStringList args) {
        return test::runCli(
            QStringList{QStringLiteral("--db"), target.path, QStringLiteral("import")} + args);
    };
    const test::CliResult dry =
        cli({QStringLiteral("stations"), stations, QStringLiteral("--create-missing"),
             QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(registry::StationStore(target.connection()).list()->isEmpty());
    CHECK(cli({QStringLiteral("deputies"), roster}).exitCode == 2); // stations missing
    CHECK(deputyCount(target) == 0);
    REQUIRE(
        cli({QStringLiteral("stations"), stations, QStringLiteral("--create-missing")}).exitCode ==
        0);
    const test::CliResult imported = cli({QStringLiteral("deputies"), roster});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const auto summary = [](const test::TempDatabase& db) {
        QStringList lines;
        registry::DeputyFilter filter;
        filter.level = registry::Level::County;
        for (const registry::DeputyRow& row : *registry::DeputyStore(db.connection()).list(filter))
            lines << QStringList{row.deputy.name,
                                 row.deputy.gender,
                                 row.deputy.birthMonth,
                                 row.deputy.ethnicity,
                                 row.deputy.party,
                                 row.deputy.education,
                                 row.deputy.workUnit,
                                 row.deputy.phone,
                                 row.deputy.composition,
                                 QString::number(row.deputy.isCadre),
                                 row.membership.certificateNo,
                                 row.membership.electoralDistrict,
                                 row.townshipName,
                                 row.stationName}
                         .join(u'|');
        lines.sort();
        return lines;
    };
    const QStringList before = summary(source);
    CHECK(before.size() > 5);
    CHECK(summary(target) == before);

    // Importing again: every row is a duplicate, skipped or updated as asked.
    CHECK(cli({QStringLiteral("deputies"), roster})
              .out.contains(QStringLiteral("skipped ") + QString::number(before.size())));
    CHECK(cli({QStringLiteral("deputies"), roster, QStringLiteral("--on-duplicate"),
               QStringLiteral("update")})
              .out.contains(QStringLiteral("updated ") + QString::number(before.size())));
    CHECK(summary(target) == before);
}

TEST_CASE("Importing the next term's roster links re-elected deputies", "[import]")
{
    test::TempDatabase db;
    registry::DeputyStore deputies(db.connection());
    registry::Deputy deputy;
    deputy.name = QStringLiteral("欧阳明");
    deputy.gender = QStringLiteral("M");
    deputy.birthMonth = QStringLiteral("1970-05");
    deputy.phone = QStringLiteral("13800000001");
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 18;
    REQUIRE(deputies.add(deputy, membership).ok());
    REQUIRE(registry::TermStore(db.connection())
                .startTerm(registry::Level::County, 19, QDate(2026, 12, 20))
                .ok());

    const QString path = db.dir.filePath(QStringLiteral("term19.csv"));
    writeFile(path, QStringLiteral("姓名,性别,出生年月,联系电话\n欧阳明,男,1970.05,13800000002\n"
                                   "新代表,女,1990.01,13800000003\n")
                        .toUtf8());
    RosterImport roster(db.connection(), {registry::Level::County, 19, OnDuplicate::Skip, false});
    REQUIRE(roster.read(path));
    ImportCounts counts;
    REQUIRE(roster.apply(&counts).ok());
    CHECK(counts.inserted == 2);
    CHECK(deputies.count() == 2);
    const QList<registry::Membership> memberships = *deputies.memberships(deputy.id);
    REQUIRE(memberships.size() == 2);
    const auto term19 =
        std::find_if(memberships.cbegin(), memberships.cend(),
                     [](const registry::Membership& m) { return m.termNumber == 19; });
    REQUIRE(term19 != memberships.cend());
    CHECK(term19->isReelected);
    CHECK(deputies.get(deputy.id)->phone == u"13800000002"); // the newer roster's phone
}

TEST_CASE("A station list with star ratings in words and townships to create", "[import]")
{
    test::TempDatabase db;
    const QString path = db.dir.filePath(QStringLiteral("stations.csv"));
    writeFile(path, QStringLiteral(
                        "联络站一览表\n序号,联络站名称,类型,所属乡镇,联络员,联系电话,星级,接待日\n"
                        "1,城关镇人大代表联络站,乡镇站,城关镇,张云,0874-5413862,三星,每周三\n"
                        "2,东社区代表联络点,联络点,城关镇,李华,13800000004,★★,每月8日\n"
                        "3,新村联络点,联络点,新村乡,,,,\n")
                        .toUtf8());
    StationImport stations(db.connection(), {OnDuplicate::Skip, false});
    REQUIRE(stations.read(path));
    CHECK(stations.problems().isEmpty());
    CHECK(stations.missingTownships() ==
          QStringList{QStringLiteral("城关镇"), QStringLiteral("新村乡")});
    CHECK_FALSE(stations.canApply());

    StationImport consented(db.connection(), {OnDuplicate::Skip, true});
    REQUIRE(consented.read(path));
    ImportCounts counts;
    REQUIRE(consented.apply(&counts).ok());
    CHECK(counts.inserted == 3);
    const auto first =
        registry::StationStore(db.connection()).findByName(QStringLiteral("城关镇人大代表联络站"));
    REQUIRE(first.found());
    CHECK(first->starRating == 3);
    CHECK(first->kind == u"township");
    CHECK(first->receptionRule == u"每周三");
    CHECK(registry::StationStore(db.connection())
              .findByName(QStringLiteral("东社区代表联络点"))
              ->kind == u"community");
}

// Runs the CLI's `import deputies <csv> --dry-run` and reports its exit code, its stderr and
// its peak memory in kB, as its parent sees it.
struct CliPeak {
    int exitCode = -1;
    QString err;
    int peakKb = 0;
};
CliPeak dryRunImportPeak(const QString& dbPath, const QString& csv)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import resource, subprocess, sys\n"
                                  "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
                                  "print(r.returncode, resource.getrusage("
                                  "resource.RUSAGE_CHILDREN).ru_maxrss)\n"
                                  "sys.stderr.write(r.stderr.decode())"),
                   QStringLiteral(DEPUTYDESK_CLI), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                   QStringLiteral("deputies"), csv, QStringLiteral("--dry-run")});
    REQUIRE(process.waitForFinished(120000));
    const QStringList result =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '));
    REQUIRE(result.size() == 2);
    return {result.at(0).toInt(), QString::fromUtf8(process.readAllStandardError()),
            result.at(1).trimmed().toInt()};
}

TEST_CASE("A 50 MB CSV is refused at once, holding one chunk of it in memory",
          "[import][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,性别,出生年月,联系电话\n").toUtf8());
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += QStringLiteral("欧阳明,男,1970.05,13800000002\n").toUtf8();
        while (file.size() < 50 * 1024 * 1024)
            file.write(block);
    }
    test::TempDatabase temp;
    temp.db.reset();
    const CliPeak run = dryRunImportPeak(temp.path, csv);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("more than 2000000 cells")));
    CAPTURE(run.peakKb);
    CHECK(run.peakKb > 0);
    CHECK(run.peakKb <
          150 * 1024); // the program itself, one 1 MB chunk; the file was 1.13 GB's worth
}

TEST_CASE("The largest roster accepted is planned in bounded memory, and one row more is refused",
          "[import][host][linux-cli]")
{
    // 50,000 deputies (ten times a large county's five levels) with every common column filled.
    QTemporaryDir dir;
    const QString largest = dir.filePath(QStringLiteral("largest.csv"));
    const QString tooLarge = dir.filePath(QStringLiteral("too-large.csv"));
    QString text = QStringLiteral("序号,姓名,性别,民族,出生年月,政治面貌,学历,工作单位及职务,"
                                  "联系电话,地址,代表构成,代表证号,选区,备注\n");
    for (int i = 1; i <= ImportSourceFinder::kMaxRows; ++i)
        text += QStringLiteral("%1,欧阳明%1,男,汉族,1970.05,中共党员,大学,云岭县石桥镇人民政府"
                               "镇长,138%2,云岭县城关镇幸福路%1号,工人,C%1,第%3选区,无\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i % 40 + 1);
    writeFile(largest, text.toUtf8());
    text += QStringLiteral("50001,多一行,女,汉族,1980.01,群众,大学,某单位,13900000000,某地,农民,"
                           "C50001,第1选区,无\n");
    writeFile(tooLarge, text.toUtf8());

    test::TempDatabase temp;
    temp.db.reset();
    const CliPeak accepted = dryRunImportPeak(temp.path, largest);
    CAPTURE(accepted.err, accepted.peakKb);
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.peakKb > 0);
    CHECK(accepted.peakKb < 400 * 1024); // measured 243 MB for the 9.8 MB file

    const CliPeak refused = dryRunImportPeak(temp.path, tooLarge);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("has 50001 rows")));
    CHECK(refused.err.contains(QStringLiteral("at most 50000 rows")));
    CHECK(refused.peakKb < 400 * 1024);
}

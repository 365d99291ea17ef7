// Workbooks as the programs offices use write them, not only as Excel does: strict OOXML,
// namespace prefixes, a workbook outside xl/, rich text, _xHHHH_ escapes, ISO dates.
#include "TestSupport.h"
#include "XlsxReader.h"

#include "imports/TableFile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dd;
using namespace dd::imports;

namespace {

// One roster sheet (姓名, 性别, 出生年月, 备注) in a dialect; the same cells whatever the dialect.
const char* const kDialect = R"PY(
import re, sys, zipfile
dialect, path = sys.argv[1], sys.argv[2]
strict = dialect == "strict"
main = ("http://purl.oclc.org/ooxml/spreadsheetml/main" if strict
        else "http://schemas.openxmlformats.org/spreadsheetml/2006/main")
rel = ("http://purl.oclc.org/ooxml/officeDocument/relationships" if strict
       else "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
folder = "book" if dialect == "elsewhere" else "xl"
def part(xml):
    xml = xml.replace("MAIN", main).replace("REL", rel)
    if dialect == "prefixed":  # every element as x:name
        xml = re.sub(r"<(/?)([A-Za-z])", r"<\1x:\2", xml).replace('xmlns="', 'xmlns:x="')
    return xml
def rels(items):
    return ('<Relationships xmlns="%s">' % pkg + "".join(
        '<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % item for item in items) + "</Relationships>")
workbook = part('<workbook xmlns="MAIN" xmlns:r="REL"><workbookPr date1904="%s"/><sheets>'
                '<sheet name="代表名册" sheetId="1" r:id="rId1"/></sheets></workbook>'
                % ("true" if strict else "false"))
strings = part('<sst xmlns="MAIN"><si><t>姓名</t></si><si><t>性别</t></si><si><t>出生年月</t></si>'
               '<si><t>备注</t></si>'
               '<si><r><rPr><b/></rPr><t xml:space="preserve">欧阳</t></r><r><t>修</t></r>'
               '<rPh sb="0" eb="2"><t>オウヨウ</t></rPh></si>'
               '<si><t>第一行_x000D__x000A_第二行，价格_x005F_x0031_</t></si></sst>')
sheet = part('<worksheet xmlns="MAIN"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
             '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>男</t></is></c>'
             '<c r="C2" t="d"><v>1975-03-12T00:00:00</v></c><c r="D2" t="s"><v>5</v></c></row>'
             '<row r="3"><c r="A3" t="str"><f>"李"&amp;"娟"</f><v>李娟</v></c>'
             '<c r="B3" t="inlineStr"><is><r><t>女</t></r></is></c></row>'
             '</sheetData></worksheet>')
absolute = dialect == "absolute"
climbing = dialect == "climbing"  # a target that climbs out of the package
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("_rels/.rels", rels([("rId1", rel, "officeDocument", folder + "/workbook.xml")]))
    z.writestr(folder + "/workbook.xml", workbook)
    # Excel writes targets relative to the workbook; some programs write them absolute.
    z.writestr(folder + "/_rels/workbook.xml.rels", rels([
        ("rId1", rel, "worksheet", "/xl/sheets/sheet1.xml" if absolute
         else "../../../sheet1.xml" if climbing else "sheets/sheet1.xml"),
        ("rId2", rel, "sharedStrings", "/xl/strings.xml" if absolute else "strings.xml")]))
    z.writestr(folder + "/strings.xml", strings)
    z.writestr(folder + "/sheets/sheet1.xml", sheet)
)PY";

QString dialect(const QTemporaryDir& dir, const char* kind)
{
    const QString path = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".xlsx"));
    test::runPython(kDialect, {QString::fromLatin1(kind), path});
    return path;
}

} // namespace

TEST_CASE("Workbooks of every dialect read the same cells", "[import][host][openpyxl]")
{
    QTemporaryDir dir;
    for (const char* kind : {"transitional", "strict", "prefixed", "elsewhere", "absolute"}) {
        INFO(kind);
        const auto tables = TableFile::read(dialect(dir, kind));
        INFO(tables.error().toStdString());
        REQUIRE(tables);
        REQUIRE(tables->size() == 1);
        const Table& table = tables->first();
        CHECK(table.name == u"代表名册");
        CHECK(test::cellText(table, 1, 1) == u"姓名");
        CHECK(test::cellText(table, 1, 4) == u"备注");
        // Rich text runs joined, the phonetic guide left out.
        CHECK(test::cellText(table, 2, 1) == u"欧阳修");
        CHECK(test::cellText(table, 2, 2) == u"男");
        // An ISO date cell (t="d"), as strict OOXML and LibreOffice may write dates.
        const Cell* born = table.rows.at(1).cell(3);
        REQUIRE(born);
        CHECK(born->kind == Cell::Kind::Date);
        CHECK(born->date == QDate(1975, 3, 12));
        // _xHHHH_ escapes: a line break typed in the cell; an escaped underscore stays literal.
        CHECK(test::cellText(table, 2, 4) == QStringLiteral("第一行\r\n第二行，价格_x0031_"));
        // A formula's cached text, and rich text in an inline string.
        CHECK(test::cellText(table, 3, 1) == u"李娟");
        CHECK(test::cellText(table, 3, 2) == u"女");
    }
}

TEST_CASE("A workbook whose parts point outside the package is refused, said", "[import][host]")
{
    QTemporaryDir dir;
    const auto tables = TableFile::read(dialect(dir, "climbing"));
    CHECK_FALSE(tables);
    CHECK(tables.error().contains(QStringLiteral("cannot be read")));
}

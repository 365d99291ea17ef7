// Excel 97–2003 workbooks (.xls) as offices still keep them, read through FreeXL: the files are
// made by tests/fixtures/make_xls.py and built into the test program, so these tests run under
// Wine too (where FreeXL is cross-built with our iconv shim and opens UTF-8 names).
#include "TestSupport.h"

#include "imports/ImportSource.h"
#include "imports/RosterImport.h"
#include "imports/TableFile.h"
#include "registry/DeputyStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace dd;
using namespace dd::imports;

namespace {
// The fixture copied to a folder and file name with Chinese characters and a space.
QString copyFixture(const QTemporaryDir& dir, const QString& fixture, const QString& name)
{
    const QString folder = dir.filePath(QStringLiteral("旧名册 2019"));
    QDir().mkpath(folder);
    const QString path = folder + u'/' + name;
    QFile::remove(path);
    REQUIRE(QFile::copy(QStringLiteral(":/fixtures/") + fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

TEST_CASE("An Excel 97-2003 roster reads as the clerk sees it", "[import][xls]")
{
    QTemporaryDir dir;
    const QString path =
        copyFixture(dir, QStringLiteral("roster-biff8.xls"), QStringLiteral("代表名册（旧）.xls"));
    const auto tables = TableFile::read(path);
    INFO(tables.error().toStdString());
    REQUIRE(tables);
    REQUIRE(tables->size() == 2);
    const Table& roster = tables->first();
    CHECK(roster.name == u"代表名册");
    CHECK(test::cellText(roster, 1, 1) == u"云岭县第十八届人民代表大会代表名册");
    CHECK(test::cellText(roster, 2, 5) == u"出生年月");
    CHECK(test::cellText(roster, 3, 1) == u"1");
    CHECK(test::cellText(roster, 3, 2) == u"欧阳修");
    CHECK(test::cellText(roster, 5, 4) == u"维吾尔族");
    CHECK(test::cellText(roster, 4, 6) == u"13900139002"); // a phone typed as a number
    CHECK(test::cellText(roster, 4, 7) == u"110101198411010021");
    const Cell* birth = roster.rows[2].cell(5);
    REQUIRE(birth);
    CHECK(birth->kind == Cell::Kind::Date);
    CHECK(birth->date == QDate(1975, 3, 1));
    CHECK(birth->text == u"1975-03-01");
    CHECK(tables->at(1).name == u"填表说明");
    CHECK(test::cellText(tables->at(1), 1, 1) == u"出生年月填写到月");

    // The same file handed over as bytes (as the window's preview reads it).
    const auto fromBytes = TableFile::read(test::fileBytes(path), QStringLiteral("代表名册.xls"));
    REQUIRE(fromBytes);
    CHECK(test::cellText(fromBytes->first(), 5, 2) == u"阿依古丽");
}

TEST_CASE("An Excel 95 workbook saved on a Chinese PC reads its GBK text", "[import][xls]")
{
    QTemporaryDir dir;
    const auto tables = TableFile::read(
        copyFixture(dir, QStringLiteral("roster-biff5.xls"), QStringLiteral("名册.xls")));
    INFO(tables.error().toStdString());
    REQUIRE(tables);
    REQUIRE(tables->size() == 1);
    CHECK(tables->first().name == u"名册");
    CHECK(test::cellText(tables->first(), 1, 1) == u"姓名");
    CHECK(test::cellText(tables->first(), 4, 1) == u"阿依古丽");
    CHECK(test::cellText(tables->first(), 4, 3) == u"维吾尔族");
    CHECK(test::cellText(tables->first(), 2, 4) == u"13800138001");
}

TEST_CASE("A password-protected .xls and an encrypted .xlsx are refused saying why",
          "[import][xls]")
{
    QTemporaryDir dir;
    for (const char* fixture : {"protected.xls", "encrypted-xlsx.xls"}) {
        DYNAMIC_SECTION(fixture)
        {
            const QString name = QString::fromLatin1(fixture);
            const auto tables = TableFile::read(copyFixture(dir, name, name));
            REQUIRE_FALSE(tables);
            CHECK(tables.failure().kind == Outcome::Kind::Invalid);
            CHECK(tables.error().startsWith(name + QStringLiteral(" cannot be read")));
            CHECK(tables.error().contains(QStringLiteral("password")));
            CHECK(tables.error().contains(QStringLiteral(".xlsx")));
        }
    }
    // Damaged: the signature of a compound file and nothing after it.
    const QString damaged = dir.filePath(QStringLiteral("damaged.xls"));
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, '\x01'));
    file.close();
    const auto tables = TableFile::read(damaged);
    REQUIRE_FALSE(tables);
    CHECK(tables.error().contains(QStringLiteral("damaged")));
}

TEST_CASE("A roster kept as .xls imports like its .xlsx", "[import][xls]")
{
    test::TempDatabase db;
    const QString path =
        copyFixture(db.dir, QStringLiteral("roster-biff8.xls"), QStringLiteral("名册.xls"));
    RosterImport roster(db.connection(), {std::nullopt, 0, OnDuplicate::Skip, true});
    REQUIRE(roster.read(path));
    QStringList problems;
    for (const ImportProblem& problem : roster.problems())
        problems << describe(problem);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(roster.source().mapping.headerRow == 2);
    ImportCounts counts;
    REQUIRE(roster.apply(&counts).ok());
    CHECK(counts.inserted == 3);
    QHash<QString, registry::DeputyRow> byName;
    for (const registry::DeputyRow& row : *registry::DeputyStore(db.connection()).list({}))
        byName.insert(row.deputy.name, row);
    REQUIRE(byName.size() == 3);
    CHECK(byName[QStringLiteral("欧阳修")].deputy.birthMonth == u"1975-03");
    CHECK(byName[QStringLiteral("李清照")].deputy.phone == u"13900139002");
    CHECK(byName[QStringLiteral("李清照")].membership.level == registry::Level::County);
    CHECK(byName[QStringLiteral("阿依古丽")].membership.termNumber == 18);
}

TEST_CASE("The CLI imports an .xls roster and refuses a protected one naming the file",
          "[import][xls][host][linux-cli]")
{
    test::TempDatabase db;
    db.db.reset();
    const QString roster =
        copyFixture(db.dir, QStringLiteral("roster-biff8.xls"), QStringLiteral("名册.xls"));
    const QString locked =
        copyFixture(db.dir, QStringLiteral("protected.xls"), QStringLiteral("加密名册.xls"));
    const auto import = [&](const QString& path) {
        return test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("import"),
                             QStringLiteral("deputies"), path, QStringLiteral("--create-missing")});
    };
    const test::CliResult refused = import(locked);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("加密名册.xls cannot be read")));
    CHECK(refused.err.contains(QStringLiteral("password")));
    const test::CliResult imported = import(roster);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const test::CliResult listed = test::runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("deputy"), QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("阿依古丽")));
    CHECK(listed.out.contains(QStringLiteral("欧阳修")));
}

// A list the database cannot give is a failure all the way up: core says so, an import plans
// nothing, the CLI exits 1; never an empty list that passes for "none on record".
#include "TestSupport.h"

#include "imports/ImportSource.h"
#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "loop/AgencyStore.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace dd;

namespace {
QString writeCsv(const test::TempDatabase& db, const QString& name, const QString& text)
{
    const QString path = db.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("A list that cannot be read is a failure, never an empty list", "[storage][import]")
{
    test::TempDatabase db;
    const QString roster =
        writeCsv(db, QStringLiteral("名册.csv"),
                 QStringLiteral("序号,姓名,性别,出生年月\r\n1,张三,男,1975.03\r\n"));
    const QString stations =
        writeCsv(db, QStringLiteral("联络站.csv"),
                 QStringLiteral("序号,联络站名称,所属乡镇\r\n1,城关镇人大代表联络站,城关镇\r\n"));
    REQUIRE(registry::TownshipStore(db.connection()).list());
    test::renameTablesAway(db.path, {QStringLiteral("townships"), QStringLiteral("stations"),
                                     QStringLiteral("agencies")});

    const auto townships = registry::TownshipStore(db.connection()).list();
    REQUIRE_FALSE(townships);
    CHECK(townships.failure().kind == Outcome::Kind::Storage);
    CHECK_FALSE(townships.error().isEmpty());
    CHECK_FALSE(registry::StationStore(db.connection()).list());
    CHECK_FALSE(loop::AgencyStore(db.connection()).list());

    // An import that cannot see what is on record plans nothing and writes nothing.
    imports::RosterImport deputies(db.connection(),
                                   {std::nullopt, 0, imports::OnDuplicate::Skip, true});
    deputies.read(roster);
    REQUIRE(deputies.problems().size() == 1);
    CHECK(imports::describe(deputies.problems().first())
              .contains(QStringLiteral("could not be read")));
    CHECK_FALSE(deputies.canApply());
    imports::StationImport stationImport(db.connection(), {imports::OnDuplicate::Skip, true});
    stationImport.read(stations);
    REQUIRE(stationImport.problems().size() == 1);
    CHECK(stationImport.problems().first().message.contains(QStringLiteral("could not be read")));
    CHECK(stationImport.rows().isEmpty());
    CHECK_FALSE(stationImport.canApply());
}

TEST_CASE("The CLI exits 1 when a list cannot be read, printing no empty table",
          "[storage][host][linux-cli]")
{
    test::TempDatabase db;
    test::renameTablesAway(db.path, {QStringLiteral("stations"), QStringLiteral("agencies")});
    db.db.reset();
    for (const char* command : {"station", "agency"}) {
        DYNAMIC_SECTION(command)
        {
            const test::CliResult listed =
                test::runCli({QStringLiteral("--db"), db.path, QString::fromLatin1(command),
                              QStringLiteral("list")});
            CHECK(listed.exitCode == 1);
            CHECK(listed.out.trimmed().isEmpty());
            CHECK(listed.err.contains(QStringLiteral("Database error")));
        }
    }
}

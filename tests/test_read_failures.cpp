// A list the database cannot give is a failure all the way up: core says so, an import plans
// nothing, the CLI exits 1; never an empty list that passes for "none on record".
#include "LoopFixture.h"
#include "TestSupport.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "activities/RosterStore.h"
#include "common/Period.h"
#include "imports/ImportSource.h"
#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "loop/AgencyStore.h"
#include "loop/LateItems.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/GroupStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "report/DeputyArchive.h"
#include "scoring/GapReport.h"
#include "scoring/RuleStore.h"
#include "scoring/ScoreEngine.h"
#include "usecases/ActivityActions.h"
#include "usecases/DeputyActions.h"
#include "usecases/ScoringActions.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

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

qint64 addDeputy(QSqlDatabase db)
{
    registry::Deputy deputy;
    deputy.name = QStringLiteral("张三");
    deputy.gender = QStringLiteral("男");
    deputy.birthMonth = QStringLiteral("1975-03");
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 18;
    REQUIRE(usecase::addDeputy(db, deputy, membership).ok());
    return deputy.id;
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
            CHECK(listed.err.contains(QStringLiteral("could not be read")));
        }
    }
}

TEST_CASE("Every list of the registry, the activities, the loop and the scores fails when its "
          "table cannot be read",
          "[storage]")
{
    test::TempDatabase db;
    const qint64 zhang = addDeputy(db.connection());
    const QSqlDatabase c = db.connection();
    REQUIRE(registry::DeputyStore(c).list({}));
    REQUIRE(registry::DeputyStore(c).list({})->size() == 1);

    SECTION("the registry's")
    {
        test::renameTablesAway(
            db.path, {QStringLiteral("terms"), QStringLiteral("sessions"),
                      QStringLiteral("deputy_groups"), QStringLiteral("memberships"),
                      QStringLiteral("membership_events"), QStringLiteral("station_assignments")});
        CHECK_FALSE(registry::TermStore(c).list());
        CHECK_FALSE(registry::TermStore(c).sessions());
        CHECK_FALSE(registry::TermStore(c).sessionOn(QDate(2026, 3, 1), registry::Level::County));
        CHECK_FALSE(registry::GroupStore(c).list());
        registry::DeputyStore deputies(c);
        const auto rows = deputies.list({});
        REQUIRE_FALSE(rows);
        CHECK(rows.failure().kind == Outcome::Kind::Storage);
        CHECK_FALSE(deputies.memberships(zhang));
        CHECK_FALSE(deputies.membershipIn(zhang, registry::Level::County, 18));
        CHECK_FALSE(deputies.events(1));
        CHECK_FALSE(deputies.stations(zhang));

        // A change of status cannot tell whether the membership is on record: it says why.
        CHECK(deputies
                  .changeStatus(zhang, registry::Level::County, 18,
                                registry::MembershipStatus::Resigned, QDate(2026, 5, 1),
                                QStringLiteral("辞职"))
                  .kind == Outcome::Kind::Storage);
    }
    SECTION("a roster import's")
    {
        // Without the term's members duplicates cannot be judged: the import plans nothing.
        const QString file =
            writeCsv(db, QStringLiteral("名册.csv"),
                     QStringLiteral("序号,姓名,性别,出生年月\r\n1,李四,男,1980.10\r\n"));
        test::renameTablesAway(db.path, {QStringLiteral("memberships")});
        imports::RosterImport roster(
            c, {registry::Level::County, 18, imports::OnDuplicate::Skip, true});
        roster.read(file);
        REQUIRE_FALSE(roster.problems().isEmpty());
        CHECK(imports::describe(roster.problems().first())
                  .contains(QStringLiteral("could not be read")));
        CHECK_FALSE(roster.canApply());
    }
    SECTION("the activities'")
    {
        test::renameTablesAway(
            db.path, {QStringLiteral("activity_types"), QStringLiteral("deputy_leaves"),
                      QStringLiteral("activity_participants"), QStringLiteral("roster_days")});
        const activities::ActivityStore store(c);
        CHECK_FALSE(store.types());
        CHECK_FALSE(store.typeByCode(QString::fromLatin1(activities::kSessionType)));
        // Recording an activity cannot tell whether it is a session's attendance: not saved.
        activities::Activity activity;
        activity.typeId = 1;
        activity.date = QDate(2026, 3, 1);
        activity.title = QStringLiteral("出席县十八届人大六次会议");
        CHECK(usecase::saveActivity(c, activity).kind == Outcome::Kind::Storage);
        CHECK(activity.id == 0);
        CHECK_FALSE(store.list());
        CHECK_FALSE(activities::LeaveStore(c).list());
        CHECK_FALSE(activities::LeaveStore(c).onLeave(QDate(2026, 5, 1)));
        activities::ParticipantSelection everyone;
        everyone.level = registry::Level::County;
        CHECK_FALSE(store.participantsFor(everyone, QDate(2026, 5, 1)));
        CHECK_FALSE(activities::RosterStore(c).load(1, QDate(2026, 1, 1), QDate(2026, 12, 31)));
    }
    SECTION("the loop's and the scores'")
    {
        test::renameTablesAway(db.path,
                               {QStringLiteral("loop_steps"), QStringLiteral("item_deputies")});
        const loop::LoopStore store(c);
        CHECK_FALSE(store.list());
        CHECK_FALSE(store.steps(1));
        CHECK_FALSE(loop::lateItems(store, QDate(2026, 5, 1)));
        const Period year = Period::of(Period::Kind::Year, 2026, 0);
        // A score from records that could not be read would be wrong, not lower: no score.
        CHECK_FALSE(scoring::ScoreEngine(c).scores(year, {}));
        CHECK_FALSE(scoring::ScoreEngine(c).explain(zhang, year));
        CHECK_FALSE(scoring::gapReport(c, QDate(2026, 5, 1)));
        // The archive lists the deputy's items: it cannot be made, and no PDF is written.
        const auto archive = report::DeputyArchive::create(c, zhang, std::nullopt, 0);
        REQUIRE(archive);
        const QString pdf = db.dir.filePath(QStringLiteral("archive.pdf"));
        const auto written = report::SheetPrinter().writePdf(**archive, pdf);
        REQUIRE_FALSE(written);
        CHECK(written.error().contains(QStringLiteral("could not be read")));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
}

TEST_CASE("The CLI's lists and records exit 1 when the office file cannot give them",
          "[storage][host][linux-cli]")
{
    test::TempDatabase db;
    addDeputy(db.connection());
    test::renameTablesAway(db.path, {QStringLiteral("memberships"), QStringLiteral("sessions"),
                                     QStringLiteral("activities"), QStringLiteral("loop_items"),
                                     QStringLiteral("deputy_leaves")});
    db.db.reset();
    const QList<QStringList> commands = {
        {QStringLiteral("deputy"), QStringLiteral("list")},
        {QStringLiteral("deputy"), QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("session"), QStringLiteral("list")},
        {QStringLiteral("activity"), QStringLiteral("list")},
        {QStringLiteral("leave"), QStringLiteral("list")},
        {QStringLiteral("concern"), QStringLiteral("list")},
        {QStringLiteral("overdue")},
        {QStringLiteral("gaps")},
        {QStringLiteral("score"), QStringLiteral("explain"), QStringLiteral("1"),
         QStringLiteral("--period"), QStringLiteral("2026")},
        {QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--out"),
         db.dir.filePath(QStringLiteral("roster.xlsx"))}};
    for (const QStringList& command : commands) {
        DYNAMIC_SECTION(
            command.mid(0, 3).join(QLatin1Char(' ')).toStdString()) // no temp path: a name per run
        {
            const test::CliResult run =
                test::runCli(QStringList{QStringLiteral("--db"), db.path} + command);
            CHECK(run.exitCode == 1);
            CHECK(run.out.trimmed().isEmpty());
            CHECK(run.err.contains(QStringLiteral("could not be read")));
        }
    }
    CHECK_FALSE(QFileInfo::exists(db.dir.filePath(QStringLiteral("roster.xlsx"))));
}

TEST_CASE("A record that cannot be read is a failure, never 'not on record'", "[storage]")
{
    test::TempDatabase db;
    const qint64 zhang = addDeputy(db.connection());
    registry::Station station;
    station.name = QStringLiteral("城关镇人大代表联络站");
    station.kind = QStringLiteral("township");
    REQUIRE(registry::StationStore(db.connection()).add(station).ok());
    const QSqlDatabase c = db.connection();
    REQUIRE(registry::DeputyStore(c).get(zhang).found());
    CHECK_FALSE(registry::DeputyStore(c).get(zhang + 100).found());
    CHECK_FALSE(registry::DeputyStore(c).get(zhang + 100).failed());

    test::renameTablesAway(db.path, {QStringLiteral("deputies"), QStringLiteral("stations"),
                                     QStringLiteral("terms"), QStringLiteral("loop_items")});
    const auto deputy = registry::DeputyStore(c).get(zhang);
    CHECK(deputy.failed());
    CHECK_FALSE(deputy.found());
    CHECK(deputy.failure().kind == Outcome::Kind::Storage);
    CHECK(deputy.error().contains(QStringLiteral("could not be read")));
    CHECK(registry::StationStore(c).get(station.id).failed());
    CHECK(registry::StationStore(c).findByName(station.name).failed());
    CHECK(registry::TermStore(c).current(registry::Level::County).failed());
    CHECK(loop::LoopStore(c).find(1).failed());
    CHECK(loop::LoopStore(c).findBySerial(QStringLiteral("2026-意-0001")).failed());

    // A write that starts from the record says it could not be read, not that it is missing.
    registry::Deputy changed;
    changed.id = zhang;
    changed.name = QStringLiteral("张三");
    changed.gender = QStringLiteral("男");
    const Outcome update = registry::DeputyStore(c).update(changed);
    CHECK(update.kind == Outcome::Kind::Storage);
    registry::Station renamed = station;
    renamed.name = QStringLiteral("城关镇代表联络站");
    CHECK(registry::StationStore(c).update(renamed).kind == Outcome::Kind::Storage);
}

TEST_CASE("Scoring rules that cannot be read fail, they never score with the defaults",
          "[storage][scoring]")
{
    test::TempDatabase db;
    const QSqlDatabase c = db.connection();
    addDeputy(c);
    scoring::ScoringRules own = scoring::ScoringRules::defaults(2026);
    own.base = 42;
    REQUIRE(usecase::saveScoringRules(c, own).ok());
    REQUIRE(scoring::RuleStore(c).rulesFor(2026, std::nullopt)->base == 42);
    CHECK(scoring::RuleStore(c).rulesFor(2025, std::nullopt)->base ==
          scoring::ScoringRules::defaults(2025).base);

    { // another program left the saved set unreadable
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage-rules"));
        other.setDatabaseName(db.path);
        REQUIRE(other.open());
        QSqlQuery damage(other);
        REQUIRE(damage.exec(QStringLiteral("UPDATE scoring_rules SET body = '[1, 2' WHERE "
                                           "year = 2026")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage-rules"));
    const auto rules = scoring::RuleStore(c).rulesFor(2026, std::nullopt);
    REQUIRE_FALSE(rules);
    CHECK(rules.error().contains(QStringLiteral("2026")));
    const auto scores =
        scoring::ScoreEngine(c).scores(*Period::parse(QStringLiteral("2026Q1")), {});
    CHECK_FALSE(scores);
    CHECK(scoring::RuleStore(c).rulesFor(2025, std::nullopt)); // other years still score

    test::renameTablesAway(db.path, {QStringLiteral("scoring_rules")});
    CHECK_FALSE(scoring::RuleStore(c).hasOwnSet(2026, std::nullopt));
    CHECK_FALSE(scoring::RuleStore(c).rulesFor(2025, std::nullopt));
}

TEST_CASE("A concern whose suggestion cannot be read offers no steps", "[storage][loop]")
{
    test::LoopFixture f;
    const qint64 id = f.concern(QDate(2026, 9, 1));
    const loop::LoopStore store(f.db.connection());
    const auto item = store.find(id);
    REQUIRE(item.found());
    loop::Item merged = *item;
    merged.suggestionId = id;
    REQUIRE(store.allowedSteps(merged));
    test::renameTablesAway(f.db.path, {QStringLiteral("loop_items")});
    const auto steps = store.allowedSteps(merged);
    REQUIRE_FALSE(steps);
    CHECK(steps.failure().kind == Outcome::Kind::Storage);
}

TEST_CASE("The CLI exits 1 when a record cannot be read", "[storage][host][linux-cli]")
{
    test::TempDatabase db;
    const qint64 zhang = addDeputy(db.connection());
    test::renameTablesAway(db.path, {QStringLiteral("deputies")});
    db.db.reset();
    const test::CliResult shown =
        test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("deputy"),
                      QStringLiteral("show"), QString::number(zhang)});
    CHECK(shown.exitCode == 1);
    CHECK(shown.err.contains(QStringLiteral("could not be read")));
    CHECK_FALSE(shown.err.contains(QStringLiteral("does not exist")));
}

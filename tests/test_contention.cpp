// Writes while another program holds the write lock: each write path through core fails whole,
// says why in words a clerk understands, and leaves the database exactly as it was. Before, a
// BEGIN that timed out was ignored and the statements committed one by one (an import of 5,000
// rows wrote 1,446 and reported failure).
#include "LoopFixture.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "activities/RosterStore.h"
#include "calendar/CalendarStore.h"
#include "imports/RosterImport.h"
#include "registry/DeputyStore.h"
#include "registry/GroupStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "scoring/RuleStore.h"
#include "storage/WriteTransaction.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <memory>

using namespace dd;

namespace {

// Every row of every table, hashed: equal digests mean nothing was written.
QByteArray digest(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
        hash.addData(table.toUtf8());
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '|'));
    }
    return hash.result();
}

// A second connection, as another program would have, that takes the write lock and keeps it.
struct WriteLockHolder {
    QString name = QStringLiteral("another-program");
    explicit WriteLockHolder(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~WriteLockHolder()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

TEST_CASE("Under another program's write lock every write fails whole and says why", "[storage]")
{
    test::LoopFixture f;
    QSqlDatabase db = f.db.connection();
    const qint64 concern = f.concern({2026, 11, 2});
    const QString roster = f.db.dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,性别,出生年月,联系电话\n欧阳明,男,1970.05,13800000002\n"
                                  "新代表,女,1990.01,13800000003\n赵丽,女,1985.07,13800000004\n")
                       .toUtf8());
    }
    imports::RosterImport import(db,
                                 {registry::Level::County, 18, imports::OnDuplicate::Skip, false});
    REQUIRE(import.read(roster));
    REQUIRE(import.canApply());

    // Wait a tenth of a second for the lock, not the five seconds a clerk's program waits.
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    const QByteArray before = digest(db);
    auto holder = std::make_unique<WriteLockHolder>(f.db.path);

    const std::pair<const char*, std::function<Outcome()>> writes[] = {
        {"deputy add",
         [&] {
             registry::Deputy deputy;
             deputy.name = QStringLiteral("钱七");
             deputy.gender = QStringLiteral("M");
             deputy.birthMonth = QStringLiteral("1980-01");
             deputy.phone = QStringLiteral("13900002222");
             registry::Membership membership;
             membership.level = registry::Level::County;
             membership.termNumber = 18;
             return registry::DeputyStore(db).add(deputy, membership);
         }},
        {"deputy status",
         [&] {
             return registry::DeputyStore(db).changeStatus(f.li, registry::Level::County, 18,
                                                           registry::MembershipStatus::Resigned,
                                                           {2026, 11, 1}, QStringLiteral("辞职"));
         }},
        {"station add",
         [&] {
             registry::Station station;
             station.name = QStringLiteral("新建联络站");
             return registry::StationStore(db).add(station);
         }},
        {"township", [&] { return registry::TownshipStore(db).ensure(QStringLiteral("新镇")); }},
        {"session",
         [&] {
             const auto term = registry::TermStore(db).find(registry::Level::County, 18);
             registry::Session session{0,  {}, term->id,      registry::Level::County,
                                       18, 6,  {2027, 1, 10}, {2027, 1, 12}};
             return registry::TermStore(db).addSession(session);
         }},
        {"setting",
         [&] {
             return registry::OfficeSettings(db).set(QStringLiteral("congress_name"),
                                                     QStringLiteral("别的县"));
         }},
        {"group",
         [&] {
             registry::DeputyGroup group;
             group.name = QStringLiteral("第一代表小组");
             group.kind = QStringLiteral("deputy_group");
             group.termId = registry::TermStore(db).find(registry::Level::County, 18)->id;
             return registry::GroupStore(db).add(group);
         }},
        {"concern",
         [&] {
             loop::Item item;
             item.raisedDate = {2026, 11, 3};
             item.content = QStringLiteral("路灯不亮");
             item.category = QStringLiteral("城建环资");
             item.deputyIds = {f.zhang};
             return f.store().addConcern(item);
         }},
        {"step",
         [&] {
             auto order = test::step(loop::StepKind::Order, {2026, 11, 3});
             order.orderKind = loop::OrderKind::PassedOn;
             return f.store().applyStep(concern, order);
         }},
        {"agency",
         [&] {
             loop::Agency agency;
             agency.name = QStringLiteral("县林草局");
             return loop::AgencyStore(db).add(agency);
         }},
        {"activity",
         [&] {
             activities::ActivityStore store(db);
             activities::Activity activity;
             activity.typeId = (*store.typeByCode(QStringLiteral("inspection")))->id;
             activity.date = {2026, 11, 5};
             activity.title = QStringLiteral("视察");
             activity.participants = {{f.zhang, activities::Attendance::Present, {}, {}}};
             return store.add(activity);
         }},
        {"leave",
         [&] {
             activities::Leave leave;
             leave.deputyId = f.zhang;
             leave.from = {2026, 12, 1};
             leave.to = {2026, 12, 5};
             leave.reason = QStringLiteral("外出学习");
             return activities::LeaveStore(db).add(leave);
         }},
        {"rules copy", [&] { return scoring::RuleStore(db).copy(2026, 2027, std::nullopt); }},
        {"roster import",
         [&] {
             imports::ImportCounts counts;
             return import.apply(&counts);
         }},
        {"demo",
         [&] {
             demo::DemoOptions options;
             options.scale = demo::DemoOptions::Scale::Small;
             return usecase::fillWithDemo(db, options, nullptr);
         }},
    };
    for (const auto& [what, write] : writes) {
        INFO(what);
        const Outcome outcome = write();
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.kind == Outcome::Kind::Storage);
        CHECK(outcome.text().contains(QStringLiteral("Another program is writing")));
        CHECK_FALSE(outcome.text().contains(QStringLiteral("locked")));
    }
    // A transaction that did not begin cannot be had at all.
    auto refused = storage::WriteTransaction::begin(db);
    CHECK_FALSE(refused);
    CHECK(refused.refusal().kind == Outcome::Kind::Storage);

    holder.reset(); // the other program is done; what it held shows nothing of ours
    CHECK(digest(db) == before);
}

TEST_CASE("The CLI under another program's write lock: exit 1, a Chinese message, nothing written",
          "[storage][cli][host][linux-cli]")
{
    test::LoopFixture f;
    const QByteArray before = digest(f.db.connection());
    const QString roster = f.db.dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,性别,出生年月,联系电话\n欧阳明,男,1970.05,13800000002\n")
                       .toUtf8());
    }
    f.db.db.reset(); // only the other program has the file open now
    {
        WriteLockHolder holder(f.db.path);
        const QStringList db = {QStringLiteral("--db"), f.db.path, QStringLiteral("--lang"),
                                QStringLiteral("zh_CN")};
        const test::CliResult added =
            test::runCli(db + QStringList{QStringLiteral("deputy"), QStringLiteral("add"),
                                          QStringLiteral("--name"), QStringLiteral("钱七"),
                                          QStringLiteral("--gender"), QStringLiteral("男"),
                                          QStringLiteral("--level"), QStringLiteral("county")});
        CHECK(added.exitCode == 1);
        CHECK(added.err.contains(QStringLiteral("另一个程序正在写入")));
        const test::CliResult imported = test::runCli(
            db + QStringList{QStringLiteral("import"), QStringLiteral("deputies"), roster});
        CHECK(imported.exitCode == 1);
        CHECK(imported.err.contains(QStringLiteral("另一个程序正在写入")));
    }
    auto reopened = storage::Database::open(f.db.path, storage::Database::Mode::OpenExisting);
    REQUIRE((*reopened));
    CHECK(digest((*reopened)->connection()) == before);
}

// The use cases the window and the CLI share: each runs once here through core.
#include "TestSupport.h"

#include "calendar/CalendarStore.h"
#include "loop/LoopLimits.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "usecases/DeputyActions.h"
#include "usecases/SettingsActions.h"

#include <catch2/catch.hpp>

using namespace dd;

namespace {
qint64 addDeputy(QSqlDatabase db, const QString& name, const QString& certificate)
{
    Deputy deputy;
    deputy.name = name;
    deputy.gender = QStringLiteral("女");
    deputy.birthMonth = QStringLiteral("1980-06");
    deputy.phone = QStringLiteral("13912345678");
    Membership membership;
    membership.level = Level::County;
    membership.termNumber = 18;
    membership.certificateNo = certificate;
    REQUIRE(DeputyStore(db).add(deputy, membership).ok());
    return deputy.id;
}

qint64 addStation(QSqlDatabase db, const QString& name)
{
    Station station;
    station.name = name;
    REQUIRE(StationStore(db).add(station).ok());
    return station.id;
}

bool hasField(const Outcome& outcome, const char* field)
{
    for (const FieldError& error : outcome.errors)
        if (error.field == QLatin1String(field))
            return true;
    return false;
}
} // namespace

TEST_CASE("A deputy is recorded only in a term that is on record, in core as in the window",
          "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    Deputy deputy;
    deputy.name = QStringLiteral("李四");
    deputy.gender = QStringLiteral("男");
    Membership membership;
    membership.level = Level::County;
    membership.termNumber = 81; // a slip for 18
    const Outcome outcome = DeputyStore(temp.connection()).add(deputy, membership);
    CHECK(outcome.kind == Outcome::Kind::Invalid);
    CHECK(hasField(outcome, "term"));
    CHECK(outcome.errors.size() == 1); // the term alone, not a start date it cannot have
    CHECK(DeputyStore(temp.connection()).count() == 0);

    const auto cli = test::runCli(
        {QStringLiteral("--db"), temp.path, QStringLiteral("deputy"), QStringLiteral("add"),
         QStringLiteral("--name"), QStringLiteral("李四"), QStringLiteral("--gender"),
         QStringLiteral("男"), QStringLiteral("--term"), QStringLiteral("81")});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("term 81")));
}

TEST_CASE("Editing a deputy changes the person, the membership and the station together or not "
          "at all",
          "[usecase]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    const qint64 first = addDeputy(db, QStringLiteral("王芳"), QStringLiteral("001"));
    addDeputy(db, QStringLiteral("陈静"), QStringLiteral("002"));
    const qint64 station = addStation(db, QStringLiteral("城关镇代表联络站"));
    DeputyStore deputies(db);

    // The membership fails (a certificate already taken): the new work unit is not kept either.
    usecase::DeputyEdit edit{*deputies.get(first), deputies.membershipIn(first, Level::County, 18),
                             station};
    edit.deputy.workUnit = QStringLiteral("县医院");
    edit.membership->certificateNo = QStringLiteral("002");
    Outcome outcome = usecase::editDeputy(db, edit);
    CHECK(hasField(outcome, "certificate_no"));
    CHECK(deputies.get(first)->workUnit.isEmpty());
    CHECK(deputies.stations(first).isEmpty());

    // A station that does not exist: nothing of the edit is kept.
    edit.membership->certificateNo = QStringLiteral("001");
    edit.primaryStationId = station + 100;
    outcome = usecase::editDeputy(db, edit);
    CHECK_FALSE(outcome.ok());
    CHECK(deputies.get(first)->workUnit.isEmpty());

    edit.primaryStationId = station;
    outcome = usecase::editDeputy(db, edit);
    REQUIRE(outcome.ok());
    CHECK(deputies.get(first)->workUnit == QStringLiteral("县医院"));
    const auto stations = deputies.stations(first);
    REQUIRE(stations.size() == 1);
    CHECK(std::get<0>(stations.first()) == station);
    CHECK(std::get<2>(stations.first()));
}

TEST_CASE("Assigning deputies to a station is all or none", "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    const qint64 first = addDeputy(db, QStringLiteral("王芳"), QStringLiteral("001"));
    const qint64 second = addDeputy(db, QStringLiteral("陈静"), QStringLiteral("002"));
    const qint64 station = addStation(db, QStringLiteral("城关镇代表联络站"));
    DeputyStore deputies(db);

    qint64 failed = 0;
    Outcome outcome = usecase::assignToStation(
        db, {station, {first, second + 100, second}, true, false, {}}, &failed);
    CHECK_FALSE(outcome.ok());
    CHECK(failed == second + 100);
    CHECK(deputies.stations(first).isEmpty());

    outcome = usecase::assignToStation(db, {station, {first, second}, true, false, {}});
    REQUIRE(outcome.ok());
    CHECK(deputies.stations(first).size() == 1);
    CHECK(deputies.stations(second).size() == 1);

    // The CLI goes through the same door: one unknown deputy, and nobody is removed.
    const auto cli =
        test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("station"),
                      QStringLiteral("assign"), QString::number(station), QString::number(first),
                      QStringLiteral("999"), QStringLiteral("--remove")});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("999")));
    CHECK(deputies.stations(first).size() == 1);
}

TEST_CASE("The CLI edits a deputy's primary station with the person", "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    const qint64 id = addDeputy(db, QStringLiteral("王芳"), QStringLiteral("001"));
    const qint64 station = addStation(db, QStringLiteral("城关镇代表联络站"));
    temp.db.reset(); // the CLI is the only writer now
    const auto cli = test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("deputy"),
                                   QStringLiteral("edit"), QString::number(id),
                                   QStringLiteral("--unit"), QStringLiteral("县医院"),
                                   QStringLiteral("--station"), QString::number(station)});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    auto reopened = Database::open(temp.path, Database::Mode::OpenExisting);
    REQUIRE(reopened);
    DeputyStore deputies(reopened.database->connection());
    CHECK(deputies.get(id)->workUnit == QStringLiteral("县医院"));
    CHECK(deputies.stations(id).size() == 1);
}

TEST_CASE("The loop's settings: the calendar and the time limits are saved together or not at all",
          "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    const QList<CalendarDay> holidays = {
        {QDate(2027, 10, 1), CalendarDay::Kind::Holiday, QStringLiteral("国庆节")},
        {QDate(2027, 10, 9), CalendarDay::Kind::Workday, QStringLiteral("国庆节调休")}};
    const auto storedYear = [&] {
        int days = 0;
        for (const CalendarDay& day : CalendarStore(db).load().days())
            days += day.date.year() == 2027;
        return days;
    };

    // A refused limit keeps the calendar as it was, and says which setting and why.
    Outcome outcome = usecase::saveLoopSettings(
        db, {2027,
             holidays,
             {{QStringLiteral("limit.order_days"), QStringLiteral("5")},
              {QStringLiteral("limit.evaluation_days"), QStringLiteral("400")}}});
    CHECK(outcome.kind == Outcome::Kind::Invalid);
    CHECK(hasField(outcome, "limit.evaluation_days"));
    CHECK(outcome.text().contains(QStringLiteral("from 1 to 366")));
    CHECK(storedYear() == 0);
    CHECK(loop::LoopLimits::load(db).orderDays == 3);

    // A refused calendar keeps the limits.
    outcome = usecase::saveLoopSettings(
        db, {2026, holidays, {{QStringLiteral("limit.order_days"), QStringLiteral("5")}}});
    CHECK_FALSE(outcome.ok());
    CHECK(loop::LoopLimits::load(db).orderDays == 3);

    outcome = usecase::saveLoopSettings(
        db, {2027, holidays, {{QStringLiteral("limit.order_days"), QStringLiteral(" ５ ")}}});
    REQUIRE(outcome.ok());
    CHECK(storedYear() == 2);
    CHECK(loop::LoopLimits::load(db).orderDays == 5);

    // Every setting a clerk may change is one list, in core and in the CLI.
    CHECK(usecase::settingKeys().contains(QStringLiteral("limit.due_soon_days")));
    CHECK(usecase::settingKeys().contains(QStringLiteral("congress_name")));
    temp.db.reset();
    auto cli =
        test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("settings"), QStringLiteral("set"),
                      QStringLiteral("limit.due_soon_days"), QStringLiteral("0")});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("limit.due_soon_days must be a number of days")));
    cli = test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("limit.due_soon_day"), QStringLiteral("4")});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("Unknown setting limit.due_soon_day")));
    CHECK(cli.err.contains(QStringLiteral("limit.due_soon_days")));
    cli = test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("settings"),
                        QStringLiteral("set"), QStringLiteral("limit.due_soon_days"),
                        QStringLiteral("4")});
    CHECK(cli.exitCode == 0);
    cli = test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("settings"),
                        QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(cli.out.contains(QStringLiteral("limit.due_soon_days,4")));
}

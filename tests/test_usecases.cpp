// The use cases the window and the CLI share: each runs once here through core, with the door
// closed to everything but the use cases (as in the window and the CLI).
#include "LoopFixture.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "activities/LeaveStore.h"
#include "activities/RosterStore.h"
#include "calendar/CalendarStore.h"
#include "loop/LoopLimits.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "scoring/RuleStore.h"
#include "usecases/ActivityActions.h"
#include "usecases/DeputyActions.h"
#include "usecases/LoopActions.h"
#include "usecases/RegistryActions.h"
#include "usecases/ScoringActions.h"
#include "usecases/SettingsActions.h"

#include <catch2/catch.hpp>

using namespace dd;

namespace {
qint64 addDeputy(QSqlDatabase db, const QString& name, const QString& certificate)
{
    registry::Deputy deputy;
    deputy.name = name;
    deputy.gender = QStringLiteral("女");
    deputy.birthMonth = QStringLiteral("1980-06");
    deputy.phone = QStringLiteral("13912345678");
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 18;
    membership.certificateNo = certificate;
    REQUIRE(usecase::addDeputy(db, deputy, membership).ok());
    return deputy.id;
}

qint64 addStation(QSqlDatabase db, const QString& name)
{
    registry::Station station;
    station.name = name;
    REQUIRE(usecase::saveStation(db, station).ok());
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
    temp.closeDoor(); // only the use cases write
    registry::Deputy deputy;
    deputy.name = QStringLiteral("李四");
    deputy.gender = QStringLiteral("男");
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 81; // a slip for 18
    const Outcome outcome = usecase::addDeputy(temp.connection(), deputy, membership);
    CHECK(outcome.kind == Outcome::Kind::Invalid);
    CHECK(hasField(outcome, "term"));
    CHECK(outcome.errors.size() == 1); // the term alone, not a start date it cannot have
    CHECK(registry::DeputyStore(temp.connection()).count() == 0);

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
    temp.closeDoor(); // only the use cases write
    const QSqlDatabase db = temp.connection();
    const qint64 first = addDeputy(db, QStringLiteral("王芳"), QStringLiteral("001"));
    addDeputy(db, QStringLiteral("陈静"), QStringLiteral("002"));
    const qint64 station = addStation(db, QStringLiteral("城关镇代表联络站"));
    registry::DeputyStore deputies(db);

    // The membership fails (a certificate already taken): the new work unit is not kept either.
    usecase::DeputyEdit edit{*deputies.get(first),
                             *deputies.membershipIn(first, registry::Level::County, 18), station};
    edit.deputy.workUnit = QStringLiteral("县医院");
    edit.membership->certificateNo = QStringLiteral("002");
    Outcome outcome = usecase::editDeputy(db, edit);
    CHECK(hasField(outcome, "certificate_no"));
    CHECK(deputies.get(first)->workUnit.isEmpty());
    CHECK(deputies.stations(first)->isEmpty());

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
    const auto stations = *deputies.stations(first);
    REQUIRE(stations.size() == 1);
    CHECK(std::get<0>(stations.first()) == station);
    CHECK(std::get<2>(stations.first()));
}

TEST_CASE("Assigning deputies to a station is all or none", "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    temp.closeDoor(); // only the use cases write
    const QSqlDatabase db = temp.connection();
    const qint64 first = addDeputy(db, QStringLiteral("王芳"), QStringLiteral("001"));
    const qint64 second = addDeputy(db, QStringLiteral("陈静"), QStringLiteral("002"));
    const qint64 station = addStation(db, QStringLiteral("城关镇代表联络站"));
    registry::DeputyStore deputies(db);

    qint64 failed = 0;
    Outcome outcome = usecase::assignToStation(
        db, {station, {first, second + 100, second}, true, false, {}}, &failed);
    CHECK_FALSE(outcome.ok());
    CHECK(failed == second + 100);
    CHECK(deputies.stations(first)->isEmpty());

    outcome = usecase::assignToStation(db, {station, {first, second}, true, false, {}});
    REQUIRE(outcome.ok());
    CHECK(deputies.stations(first)->size() == 1);
    CHECK(deputies.stations(second)->size() == 1);

    // The CLI goes through the same door: one unknown deputy, and nobody is removed.
    const auto cli =
        test::runCli({QStringLiteral("--db"), temp.path, QStringLiteral("station"),
                      QStringLiteral("assign"), QString::number(station), QString::number(first),
                      QStringLiteral("999"), QStringLiteral("--remove")});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QStringLiteral("999")));
    CHECK(deputies.stations(first)->size() == 1);
}

TEST_CASE("The CLI edits a deputy's primary station with the person", "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    temp.closeDoor(); // only the use cases write
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
    auto reopened = storage::Database::open(temp.path, storage::Database::Mode::OpenExisting);
    REQUIRE(reopened);
    registry::DeputyStore deputies((*reopened)->connection());
    CHECK(deputies.get(id)->workUnit == QStringLiteral("县医院"));
    CHECK(deputies.stations(id)->size() == 1);
}

TEST_CASE("The loop's settings: the calendar and the time limits are saved together or not at all",
          "[usecase][host][linux-cli]")
{
    test::TempDatabase temp;
    temp.closeDoor(); // only the use cases write
    const QSqlDatabase db = temp.connection();
    const QList<calendar::CalendarDay> holidays = {
        {QDate(2027, 10, 1), calendar::CalendarDay::Kind::Holiday, QStringLiteral("国庆节")},
        {QDate(2027, 10, 9), calendar::CalendarDay::Kind::Workday, QStringLiteral("国庆节调休")}};
    const auto storedYear = [&] {
        int days = 0;
        for (const calendar::CalendarDay& day : calendar::CalendarStore(db).load().days())
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

TEST_CASE("Each of a clerk's actions on the registry and the activities writes through its use "
          "case, with the door closed",
          "[usecase]")
{
    test::StationFixture fixture(2);
    fixture.db.closeDoor();
    const QSqlDatabase db = fixture.db.connection();
    const qint64 first = fixture.deputies.at(0);
    const qint64 second = fixture.deputies.at(1);

    // A store called directly is refused; the same record through the use case is kept.
    activities::Activity reception = fixture.reception(QDate(2026, 4, 8));
    reception.participants = {{first, activities::Attendance::Present, {}, {}}};
    CHECK(fixture.store().add(reception).kind == Outcome::Kind::Storage);
    CHECK(fixture.store().list()->isEmpty());
    REQUIRE(usecase::saveActivity(db, reception).ok());
    reception.title = QStringLiteral("四月接待日");
    REQUIRE(usecase::saveActivity(db, reception).ok());
    CHECK(fixture.store().find(reception.id)->title == QStringLiteral("四月接待日"));
    REQUIRE(usecase::removeActivity(db, reception.id, QStringLiteral("录错了")).ok());
    CHECK_FALSE(fixture.store().find(reception.id).found());

    activities::ActivityType type;
    type.name = QStringLiteral("走访企业");
    REQUIRE(usecase::addActivityType(db, type).ok());
    REQUIRE(usecase::renameActivityType(db, type.id, QStringLiteral("走访企业和商户")).ok());
    CHECK(*fixture.store().typeByName(QStringLiteral("走访企业和商户")));

    activities::Leave leave;
    leave.deputyId = second;
    leave.from = QDate(2026, 4, 20);
    leave.to = QDate(2026, 4, 24);
    leave.reason = QStringLiteral("出差");
    REQUIRE(usecase::recordLeave(db, leave).ok());
    CHECK(activities::LeaveStore(db).list(second)->size() == 1);

    REQUIRE(usecase::setRosterDay(db, fixture.station, QDate(2026, 4, 15), {first}).ok());
    REQUIRE(usecase::setRosterDay(db, fixture.station, QDate(2026, 4, 29), {first}).ok());
    REQUIRE(
        usecase::removeRosterDay(db, fixture.station, QDate(2026, 4, 29), QStringLiteral("停接待"))
            .ok());
    activities::RecordedDuties recorded;
    REQUIRE(usecase::recordCompletedDuties(db, fixture.station, QDate(2026, 4, 1),
                                           QDate(2026, 4, 30), &recorded)
                .ok());
    CHECK(recorded.activityIds.size() == 1);

    registry::Station station;
    station.name = QStringLiteral("新设镇代表联络站");
    REQUIRE(usecase::saveStation(db, station, QStringLiteral("新设镇")).ok());
    CHECK(registry::TownshipStore(db).findByName(QStringLiteral("新设镇"))->id ==
          station.townshipId);

    REQUIRE(usecase::changeDeputyStatus(db, {second, registry::Level::County, 18,
                                             registry::MembershipStatus::Resigned,
                                             QDate(2026, 5, 1), QStringLiteral("工作调动")})
                .ok());
    CHECK((*registry::DeputyStore(db).membershipIn(second, registry::Level::County, 18))->status ==
          registry::MembershipStatus::Resigned);
    const registry::Session session = fixture.countySession();
    REQUIRE(usecase::startTerm(db, registry::Level::County, 19, QDate(2026, 12, 20)).ok());
    CHECK(registry::TermStore(db).current(registry::Level::County)->number == 19);

    scoring::ScoringRules rules = *scoring::RuleStore(db).rulesFor(2026, std::nullopt);
    rules.year = 2027;
    REQUIRE(usecase::saveScoringRules(db, rules).ok());
    REQUIRE(usecase::copyScoringRules(db, 2027, 2028, std::nullopt, false).ok());
    CHECK(*scoring::RuleStore(db).hasOwnSet(2028, std::nullopt));
    CHECK(usecase::copyScoringRules(db, 2027, 2028, std::nullopt, false).kind ==
          Outcome::Kind::NotAllowed);
}

TEST_CASE("Each of a clerk's actions in the loop writes through its use case, with the door "
          "closed",
          "[usecase]")
{
    test::LoopFixture fixture;
    fixture.db.closeDoor();
    const QSqlDatabase db = fixture.db.connection();

    loop::Item concern;
    concern.raisedDate = QDate(2026, 11, 18);
    concern.content = QStringLiteral("村口路灯不亮");
    concern.deputyIds = {fixture.zhang};
    CHECK(fixture.store().addConcern(concern).kind == Outcome::Kind::Storage);
    REQUIRE(usecase::recordItem(db, loop::ItemKind::Concern, concern).ok());
    CHECK(concern.serial.startsWith(QStringLiteral("2026-意-")));

    loop::Item first;
    first.title = QStringLiteral("关于村道硬化的建议");
    first.raisedDate = QDate(2026, 11, 2);
    first.deputyIds = {fixture.zhang};
    loop::Item second = first;
    second.title = QStringLiteral("关于农村饮水的建议");
    REQUIRE(usecase::recordItem(db, loop::ItemKind::Suggestion, first).ok());
    REQUIRE(usecase::recordItem(db, loop::ItemKind::Suggestion, second).ok());
    CHECK(first.kind == loop::ItemKind::Suggestion);

    loop::Agency agency{0,  {}, QStringLiteral("县住房和城乡建设局"), QStringLiteral("department"),
                        {}, {}};
    REQUIRE(usecase::saveAgency(db, agency).ok());
    agency.phone = QStringLiteral("0871-1234567");
    REQUIRE(usecase::saveAgency(db, agency).ok());
    CHECK(loop::AgencyStore(db).find(agency.id)->phone == QStringLiteral("0871-1234567"));
    REQUIRE(usecase::addCategory(db, QStringLiteral("乡村振兴")).ok());

    // One batch: both suggestions dispatched together, or, with one unknown, neither.
    loop::StepRequest dispatch = test::step(loop::StepKind::Dispatch, QDate(2026, 11, 3));
    dispatch.leadAgencyId = agency.id;
    CHECK_FALSE(usecase::takeStep(db, {first.id, second.id + 100}, dispatch).ok());
    CHECK(fixture.store().find(first.id)->state != loop::State::Dispatched);
    REQUIRE(usecase::takeStep(db, {first.id, second.id}, dispatch).ok());
    CHECK(fixture.store().find(second.id)->state == loop::State::Dispatched);
}

TEST_CASE("Attendance at a session names the session that sat that day", "[usecase][rules]")
{
    test::StationFixture fixture(1);
    fixture.db.closeDoor();
    const QSqlDatabase db = fixture.db.connection();
    const registry::Session session = fixture.countySession();
    const auto type = *fixture.store().typeByCode(QLatin1String(activities::kSessionType));
    REQUIRE(type);
    const auto attendance = [&](const QDate& date, qint64 sessionId) {
        activities::Activity activity;
        activity.typeId = type->id;
        activity.date = date;
        activity.title = QStringLiteral("出席县十八届人大六次会议");
        activity.sessionId = sessionId;
        activity.participants = {
            {fixture.deputies.first(), activities::Attendance::Absent, {}, {}}};
        REQUIRE(usecase::saveActivity(db, activity).ok());
        return fixture.store().find(activity.id)->sessionId;
    };
    CHECK(attendance(QDate(2026, 2, 11), 0) == session.id); // sitting that day
    CHECK(attendance(QDate(2026, 2, 12), 0) == session.id); // its closing day
    CHECK(attendance(QDate(2026, 3, 2), 0) == 0);           // no session sat
    // Another kind of activity on a session day is not linked.
    activities::Activity visit = fixture.reception(QDate(2026, 2, 11));
    REQUIRE(usecase::saveActivity(db, visit).ok());
    CHECK(fixture.store().find(visit.id)->sessionId == 0);
}

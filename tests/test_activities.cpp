// Activities, attendance, leave periods and reception-day rules on real database files and the
// 2026 holiday arrangement.
#include "StationFixture.h"
#include "TestSupport.h"
#include "XlsxReader.h"

#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "activities/ReceptionRule.h"
#include "activities/RosterPlanner.h"
#include "activities/RosterStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"

#include "storage/WriteTransaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace dd;
using namespace dd::activities;
using dd::test::StationFixture;

namespace {

QList<QDate> planned(const char* rule, const QDate& from, const QDate& to)
{
    const auto parsed = ReceptionRule::parse(QString::fromUtf8(rule));
    INFO(parsed.error().toStdString());
    REQUIRE(parsed);
    return parsed->datesIn(from, to, calendar::WorkingCalendar::builtIn());
}

QList<QDate> days(std::initializer_list<const char*> iso)
{
    QList<QDate> list;
    for (const char* day : iso)
        list << QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
    return list;
}

} // namespace

TEST_CASE("Reception-day rules across the 2026 holidays", "[activities]")
{
    // Wednesdays in February: the 18th falls in the Spring Festival and moves to the 24th.
    CHECK(planned("每周三", {2026, 2, 1}, {2026, 2, 28}) ==
          days({"2026-02-04", "2026-02-11", "2026-02-24", "2026-02-25"}));
    CHECK(planned("每周三（遇节假日取消）", {2026, 2, 1}, {2026, 2, 28}) ==
          days({"2026-02-04", "2026-02-11", "2026-02-25"}));
    // The 8th on a Sunday moves to Monday; 单月 means January, March, May …
    CHECK(planned("每月8日", {2026, 1, 1}, {2026, 3, 31}) ==
          days({"2026-01-08", "2026-02-09", "2026-03-09"}));
    CHECK(
        planned("单月15日", {2026, 1, 1}, {2026, 12, 31}) ==
        days({"2026-01-15", "2026-03-16", "2026-05-15", "2026-07-15", "2026-09-15", "2026-11-16"}));
    CHECK(planned("双月 15 号上午", {2026, 1, 1}, {2026, 4, 30}) ==
          days({"2026-02-24", "2026-04-15"}));
    // National Day: the first Wednesday of October (the 7th) moves to the 8th; Saturdays named by
    // the rule stay, the make-up workday of 10 October included.
    CHECK(planned("每月第一个周三", {2026, 10, 1}, {2026, 10, 31}) == days({"2026-10-08"}));
    CHECK(planned("每周六", {2026, 10, 1}, {2026, 10, 31}) ==
          days({"2026-10-08", "2026-10-10", "2026-10-17", "2026-10-24", "2026-10-31"}));
    CHECK(planned("每周二、四", {2026, 6, 1}, {2026, 6, 30}).size() == 9);
    CHECK(planned("每月最后一个周五", {2026, 7, 1}, {2026, 7, 31}) == days({"2026-07-31"}));
    CHECK(planned("每月31日", {2026, 1, 1}, {2026, 4, 30}) ==
          days({"2026-02-02", "2026-03-31"})); // 31 January is a Saturday; no 31st in Feb or Apr
    for (const char* bad : {"每周八", "每月32日", "随时", ""}) {
        CHECK(test::failureOf(ReceptionRule::parse(QString::fromUtf8(bad)))
                  .contains(QString::fromUtf8(bad)));
    }
}

TEST_CASE("Activities with participants chosen in bulk and attendance", "[activities]")
{
    StationFixture fixture(50);
    const QSqlDatabase db = fixture.db.connection();
    // One deputy is on leave in March.
    Leave leave;
    leave.deputyId = fixture.deputies.at(7);
    leave.from = {2026, 3, 1};
    leave.to = {2026, 3, 31};
    leave.reason = QStringLiteral("外出学习");
    REQUIRE(LeaveStore(db).add(leave).ok());
    Leave overlapping = leave;
    overlapping.from = {2026, 3, 20};
    overlapping.to = {2026, 4, 5};
    CHECK_FALSE(LeaveStore(db).add(overlapping).ok());
    Leave backwards = leave;
    backwards.from = {2026, 5, 2};
    backwards.to = {2026, 5, 1};
    CHECK_FALSE(LeaveStore(db).add(backwards).ok());

    ParticipantSelection station;
    station.stationId = fixture.station;
    QList<Participant> participants = *fixture.store().participantsFor(station, {2026, 3, 11});
    REQUIRE(participants.size() == 50);
    const auto onLeave =
        std::find_if(participants.cbegin(), participants.cend(),
                     [](const Participant& p) { return p.attendance == Attendance::Leave; });
    REQUIRE(onLeave != participants.cend());
    CHECK(onLeave->deputyId == fixture.deputies.at(7));
    CHECK(onLeave->reason == QStringLiteral("外出学习"));
    CHECK(fixture.store().participantsFor(station, {2026, 4, 1})->at(0).attendance ==
          Attendance::Present);

    Activity inspection;
    inspection.typeId = (*fixture.store().typeByName(QStringLiteral("视察")))->id;
    inspection.date = {2026, 3, 11};
    inspection.start = {9, 0};
    inspection.end = {11, 30};
    inspection.place = QStringLiteral("县污水处理厂");
    inspection.participants = participants;
    // A title is required; one absent without leave; one on leave must give a reason.
    CHECK_FALSE(fixture.store().add(inspection).ok());
    inspection.title = QStringLiteral("视察城乡污水处理工作");
    inspection.participants[3].attendance = Attendance::Absent;
    inspection.participants[4].attendance = Attendance::Leave;
    const Outcome noReason = fixture.store().add(inspection);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.text().contains(inspection.participants[4].deputyName));
    inspection.participants[4].reason = QStringLiteral("生病");
    REQUIRE(fixture.store().add(inspection).ok());

    const auto stored = fixture.store().find(inspection.id);
    REQUIRE(stored.found());
    CHECK(stored->participants.size() == 50);
    CHECK(stored->count(Attendance::Present) == 47);
    CHECK(stored->count(Attendance::Leave) == 2);
    CHECK(stored->count(Attendance::Absent) == 1);
    CHECK(stored->start == QTime(9, 0));
    ActivityFilter absent;
    absent.deputyId = participants[3].deputyId;
    absent.attendance = Attendance::Absent;
    CHECK(fixture.store().list(absent)->size() == 1);
    absent.attendance = Attendance::Present;
    CHECK(fixture.store().list(absent)->isEmpty());
}

TEST_CASE("A reception is at a station and counted once per deputy and day", "[activities]")
{
    StationFixture fixture(3);
    Activity reception = fixture.reception({2026, 4, 15});
    reception.stationId = 0;
    reception.participants = {{fixture.deputies.at(0), Attendance::Present, {}, {}}};
    CHECK_FALSE(fixture.store().add(reception).ok()); // no station
    reception.stationId = fixture.station;
    reception.citizensReceived = 12;
    REQUIRE(fixture.store().add(reception).ok());
    Activity again = fixture.reception({2026, 4, 15});
    again.participants = {{fixture.deputies.at(1), Attendance::Present, {}, {}},
                          {fixture.deputies.at(0), Attendance::Present, {}, {}}};
    const Outcome twice = fixture.store().add(again);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.text().contains(QStringLiteral("代表1")));
    again.participants.removeLast();
    CHECK(fixture.store().add(again).ok());
    ActivityFilter receptions;
    receptions.typeCode = QString::fromLatin1(kReceptionType);
    receptions.stationId = fixture.station;
    const QList<Activity> listed = *fixture.store().list(receptions);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).citizensReceived == 12);
    CHECK(listed.at(0).stationName == QStringLiteral("城关镇东社区代表联络站"));
}

TEST_CASE("CLI: activities with bulk participants, receptions and leave",
          "[cli][activities][host][linux-cli][openpyxl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20")} +
                            args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(cli({"station", "add", "--name", "城关镇人大代表联络站", "--kind", "township", "--rule",
                 "每周三"})
                .exitCode == 0);
    for (const char* name : {"黄海", "高山", "马丽", "石磊"})
        REQUIRE(cli({"deputy", "add", "--name", name, "--gender", "男", "--birth", "1975-03",
                     "--station", "1"})
                    .exitCode == 0);
    CHECK(cli({"activity", "types", "--format", "csv"}).out.count(QLatin1Char('\n')) == 14);
    REQUIRE(cli({"leave", "add", "--deputy", "2", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--reason", "外出学习"})
                .exitCode == 0);
    CHECK(cli({"leave", "add", "--deputy", "2", "--from", "2026-11-15", "--to", "2026-12-01",
               "--reason", "又请假"})
              .exitCode == 2);

    // The station's four deputies at once: 高山 is on leave by his leave period, 石磊 absent.
    const auto added = cli({"activity", "add", "--type", "视察", "--title", "视察城乡污水处理",
                            "--date", "2026-11-10", "--station", "城关镇人大代表联络站",
                            "--all-of-station", "--absent", "4"});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("2 present, 1 on leave, 1 absent")));
    const auto shown = cli({"activity", "show", "1", "--format", "json"});
    CHECK(shown.out.contains(QStringLiteral("外出学习")));
    CHECK(cli({"activity", "list", "--deputy", "4", "--attendance", "absent", "--format", "csv"})
              .out.count(QLatin1Char('\n')) == 2);
    CHECK(cli({"activity", "add", "--type", "视察", "--date", "2026-11-10"}).exitCode == 2);
    CHECK(cli({"activity", "add", "--type", "跳舞", "--title", "x"}).exitCode == 2);

    REQUIRE(cli({"reception", "add", "--station", "1", "--deputies", "1,3", "--citizens", "9",
                 "--date", "2026-11-11"})
                .exitCode == 0);
    const auto twice =
        cli({"reception", "add", "--station", "1", "--deputies", "3", "--date", "2026-11-11"});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("马丽")));
    const auto receptions = cli({"reception", "list", "--period", "2026-11", "--format", "csv"});
    CHECK(receptions.out.count(QLatin1Char('\n')) == 2);
    CHECK(receptions.out.contains(QStringLiteral(",9,2,0,0")));

    // November's Wednesdays, two a day; 高山 is on leave all month and sits on none. A yearly
    // minimum of 12 asks one duty of November (its year-to-date share: 11 at its end, 10 before).
    const auto roster = cli({"roster", "plan", "--station", "1", "--period", "2026-11", "--minimum",
                             "12", "--format", "csv"});
    CHECK(roster.exitCode == 0);
    CHECK(roster.out.count(QLatin1Char('\n')) == 5);
    CHECK_FALSE(roster.out.contains(QStringLiteral("高山")));
    CHECK(roster.err.contains(QStringLiteral("高山: 0 of 1 duties")));
    const auto tooMany =
        cli({"roster", "plan", "--station", "1", "--period", "2026-11", "--minimum", "40"});
    CHECK(tooMany.exitCode == 0);
    CHECK(tooMany.err.contains(QStringLiteral("4 deputies × 3 duties > 8 slots")));

    // The wall copy as PDF (text read back) and as a workbook (read back with openpyxl).
    const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(
        cli({"roster", "plan", "--station", "1", "--period", "2026-11", "--out", pdf}).exitCode ==
        0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(QStringLiteral("城关镇人大代表联络站")));
    CHECK(extracted.contains(QStringLiteral("值班表")));
    CHECK(extracted.contains(QStringLiteral("2026年11月4日")));
    CHECK(extracted.contains(QStringLiteral("黄海")));
    const QString workbook = dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(cli({"roster", "plan", "--station", "1", "--period", "2026-11", "--out", workbook})
                .exitCode == 0);
    const QString sheet =
        QString::fromUtf8(QJsonDocument(test::readXlsx(workbook)).toJson(QJsonDocument::Compact));
    CHECK(sheet.contains(QStringLiteral("2026年11月25日")));
}

TEST_CASE("A roster meets every constraint or says which it cannot", "[activities][roster]")
{
    CHECK(RosterPlanner::proRated(4, {2026, 1, 1}, {2026, 12, 31}) == 4);
    CHECK(RosterPlanner::proRated(4, {2026, 1, 1}, {2026, 3, 31}) == 1);
    CHECK(RosterPlanner::proRated(4, {2026, 1, 1}, {2026, 6, 30}) == 2);
    // A year's quarters and months add up to the yearly minimum (not 1 + 1 + 2 + 2 = 6 for 4).
    for (const int minimum : {4, 6, 12, 1}) {
        INFO(minimum);
        int quarters = 0;
        int months = 0;
        for (int q = 0; q < 4; ++q)
            quarters += RosterPlanner::proRated(minimum, QDate(2026, 1 + 3 * q, 1),
                                                QDate(2026, 3 + 3 * q, 1).addMonths(1).addDays(-1));
        for (int m = 1; m <= 12; ++m)
            months += RosterPlanner::proRated(minimum, QDate(2026, m, 1),
                                              QDate(2026, m, 1).addMonths(1).addDays(-1));
        CHECK(quarters == minimum);
        CHECK(months == minimum);
    }
    CHECK(RosterPlanner::proRated(4, {2026, 7, 1}, {2026, 9, 30}) == 1);

    StationFixture fixture(10);
    const QSqlDatabase db = fixture.db.connection();
    registry::Station station = *registry::StationStore(db).get(fixture.station);
    station.receptionRule = QStringLiteral("每周三");
    REQUIRE(registry::StationStore(db).update(station).ok());
    // Two cadres; one grass-roots deputy away all February.
    {
        auto transaction =
            storage::WriteTransaction::begin(db); // the file is written only inside one
        REQUIRE(transaction);
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("UPDATE deputies SET is_cadre = 1 WHERE id IN (%1, %2)")
                               .arg(fixture.deputies.at(0))
                               .arg(fixture.deputies.at(1))));
        REQUIRE(transaction->commit());
    }
    Leave leave{0, {}, fixture.deputies.at(5), {2026, 2, 1}, {2026, 2, 28}, QStringLiteral("培训"),
                {}};
    REQUIRE(LeaveStore(db).add(leave).ok());

    const RosterPlanner planner(db, calendar::WorkingCalendar::builtIn());
    const auto roster = planner.plan(fixture.station, {2026, 1, 1}, {2026, 3, 31}, {});
    INFO(roster.error().toStdString());
    REQUIRE(roster);
    INFO(roster->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(roster->problems.isEmpty());
    // Wednesdays of the quarter; 18 February (Spring Festival) moved to the 24th.
    REQUIRE(roster->days.size() == 12);
    CHECK(roster->days.at(6).date == QDate(2026, 2, 24));
    int least = 99;
    int most = 0;
    for (const RosterDay& day : roster->days) {
        CHECK(day.deputyIds.size() == 2);
        CHECK(std::any_of(day.deputyIds.cbegin(), day.deputyIds.cend(),
                          [&](qint64 d) { return roster->grassRoots.contains(d); }));
        if (day.date.month() == 2)
            CHECK_FALSE(day.deputyIds.contains(fixture.deputies.at(5)));
    }
    for (qint64 deputy : fixture.deputies) {
        least = std::min(least, roster->load.value(deputy));
        most = std::max(most, roster->load.value(deputy));
    }
    CHECK(least >= roster->minimum);
    CHECK(most - least <= 1);
    CHECK(most == 3); // 24 duties over 10 deputies

    // A year of the 8th of each month cannot give 10 deputies 4 duties each.
    station.receptionRule = QStringLiteral("每月8日");
    REQUIRE(registry::StationStore(db).update(station).ok());
    const auto tight = planner.plan(fixture.station, {2026, 1, 1}, {2026, 12, 31}, {});
    REQUIRE(tight);
    REQUIRE_FALSE(tight->problems.isEmpty());
    CHECK(tight->problems.first().contains(QStringLiteral("10 deputies × 4 duties > 24 slots")));
    // Room for three a day makes it fit: every deputy reaches the minimum.
    const auto roomy = planner.plan(fixture.station, {2026, 1, 1}, {2026, 12, 31}, {2, 4, 4});
    REQUIRE(roomy);
    CHECK(roomy->problems.isEmpty());
    for (qint64 deputy : fixture.deputies)
        CHECK(roomy->load.value(deputy) >= 4);
}

TEST_CASE("A saved roster: slots changed, completed days recorded once", "[activities][roster]")
{
    StationFixture fixture(6);
    const QSqlDatabase db = fixture.db.connection();
    registry::Station station = *registry::StationStore(db).get(fixture.station);
    station.receptionRule = QStringLiteral("每周三");
    REQUIRE(registry::StationStore(db).update(station).ok());
    const RosterPlanner planner(db, calendar::WorkingCalendar::builtIn());
    const auto plan = planner.plan(fixture.station, {2026, 11, 1}, {2026, 11, 30}, {});
    REQUIRE(plan);
    RosterStore rosters(db);
    REQUIRE(rosters.save(*plan).id == 4);
    Roster saved = *rosters.load(fixture.station, {2026, 11, 1}, {2026, 11, 30});
    REQUIRE(saved.days.size() == 4);
    CHECK(saved.days.at(0).deputyIds == plan->days.at(0).deputyIds);

    // The clerk swaps the first Wednesday's deputies; a leave and a duplicate are refused.
    const QList<qint64> swapped{fixture.deputies.at(4), fixture.deputies.at(5)};
    REQUIRE(rosters.setDay(fixture.station, {2026, 11, 4}, swapped).ok());
    Leave leave{
        0, {}, fixture.deputies.at(3), {2026, 11, 10}, {2026, 11, 12}, QStringLiteral("外出学习"),
        {}};
    REQUIRE(LeaveStore(db).add(leave).ok());
    const Outcome onLeave =
        rosters.setDay(fixture.station, {2026, 11, 11}, {fixture.deputies.at(3)});
    CHECK_FALSE(onLeave.ok());
    CHECK(onLeave.text().contains(QStringLiteral("代表4")));
    CHECK(onLeave.text().contains(QStringLiteral("外出学习")));
    CHECK_FALSE(rosters
                    .setDay(fixture.station, {2026, 11, 11},
                            {fixture.deputies.at(0), fixture.deputies.at(0)})
                    .ok());
    CHECK(rosters.load(fixture.station, {2026, 11, 4}, {2026, 11, 4})->days.at(0).deputyIds ==
          swapped);

    // The 18th was received by hand already; the 4th and 11th become receptions in one step.
    Activity byHand = fixture.reception({2026, 11, 18});
    byHand.participants.append({fixture.deputies.at(0), Attendance::Present, {}, {}});
    REQUIRE(fixture.store().add(byHand).ok());
    RecordedDuties recorded;
    REQUIRE(
        rosters.recordCompleted(fixture.station, {2026, 11, 1}, {2026, 11, 20}, &recorded).ok());
    CHECK(recorded.activityIds.size() == 2);
    CHECK(recorded.alreadyRecorded == QList<QDate>{QDate(2026, 11, 18)});
    const auto first = fixture.store().find(recorded.activityIds.at(0));
    REQUIRE(first.found());
    CHECK(first->isReception());
    CHECK(first->date == QDate(2026, 11, 4));
    CHECK(first->stationId == fixture.station);
    CHECK(first->count(Attendance::Present) == 2);
    // Doing it again records nothing more; a recorded day is fixed for new plans and edits.
    RecordedDuties again;
    REQUIRE(rosters.recordCompleted(fixture.station, {2026, 11, 1}, {2026, 11, 20}, &again).ok());
    CHECK(again.activityIds.isEmpty());
    CHECK(fixture.store().list({})->size() == 3);
    CHECK(rosters.setDay(fixture.station, {2026, 11, 4}, {fixture.deputies.at(0)}).kind ==
          Outcome::Kind::NotAllowed);
    REQUIRE(rosters.save(*plan).ok());
    saved = *rosters.load(fixture.station, {2026, 11, 1}, {2026, 11, 30});
    CHECK(saved.days.at(0).deputyIds == swapped);
    CHECK(saved.days.at(0).activityId == recorded.activityIds.at(0));
    // Deleting the activity makes the day unrecorded again.
    REQUIRE(fixture.store().remove(recorded.activityIds.at(0)).ok());
    CHECK(rosters.load(fixture.station, {2026, 11, 4}, {2026, 11, 4})->days.at(0).activityId == 0);
}

TEST_CASE("An activity is changed: one participant marked on leave", "[activities]")
{
    StationFixture fixture(5);
    Activity activity;
    activity.typeId = (*fixture.store().typeByCode(QStringLiteral("inspection")))->id;
    activity.date = {2026, 9, 8};
    activity.title = QStringLiteral("视察农村饮水工程");
    ParticipantSelection selection;
    selection.stationId = fixture.station;
    activity.participants = *fixture.store().participantsFor(selection, activity.date);
    REQUIRE(fixture.store().add(activity).ok());
    activity.participants[2].attendance = Attendance::Leave;
    const Outcome noReason = fixture.store().update(activity);
    CHECK_FALSE(noReason.ok());
    activity.participants[2].reason = QStringLiteral("生病");
    activity.title = QStringLiteral("视察农村饮水安全工程");
    REQUIRE(fixture.store().update(activity).ok());
    const auto stored = fixture.store().find(activity.id);
    REQUIRE(stored.found());
    CHECK(stored->title == QStringLiteral("视察农村饮水安全工程"));
    CHECK(stored->count(Attendance::Present) == 4);
    CHECK(stored->count(Attendance::Leave) == 1);
    CHECK(fixture.store().remove(activity.id + 99).kind == Outcome::Kind::NotFound);
}

TEST_CASE("CLI: roster save, set, show and complete", "[cli][activities][roster][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20")} +
                            args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(cli({"station", "add", "--name", "城关镇人大代表联络站", "--kind", "township", "--rule",
                 "每周三"})
                .exitCode == 0);
    for (const char* name : {"黄海", "高山", "马丽", "石磊"})
        REQUIRE(cli({"deputy", "add", "--name", name, "--gender", "男", "--birth", "1975-03",
                     "--station", "1"})
                    .exitCode == 0);
    CHECK(cli({"roster", "show", "--station", "1", "--period", "2026-11"}).exitCode == 2);
    const auto saved =
        cli({"roster", "save", "--station", "1", "--period", "2026-11", "--format", "csv"});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.count(QLatin1Char('\n')) == 5);
    REQUIRE(cli({"roster", "set", "--station", "1", "--date", "2026-11-04", "--deputies", "1,3"})
                .exitCode == 0);
    CHECK(cli({"roster", "set", "--station", "1", "--date", "2026-11-04", "--deputies", "9"})
              .exitCode == 2);
    const auto completed = cli({"roster", "complete", "--station", "1", "--period", "2026-11"});
    INFO(completed.err.toStdString());
    REQUIRE(completed.exitCode == 0);
    CHECK(completed.out.contains(QStringLiteral("3 receptions recorded up to 2026-11-20")));
    const auto shown =
        cli({"roster", "show", "--station", "1", "--period", "2026-11", "--format", "json"});
    const QJsonArray days = QJsonDocument::fromJson(shown.out.toUtf8()).array();
    REQUIRE(days.size() == 4);
    CHECK(days.at(0).toObject().value("deputy_ids").toString() == QStringLiteral("1,3"));
    CHECK(days.at(0).toObject().value("activity_id").toInt() > 0);
    CHECK(days.at(3).toObject().value("activity_id").isNull());
    const auto receptions = cli({"reception", "list", "--period", "2026-11", "--format", "csv"});
    CHECK(receptions.out.count(QLatin1Char('\n')) == 4);
    CHECK(cli({"roster", "set", "--station", "1", "--date", "2026-11-04", "--deputies", "2"})
              .exitCode == 2);

    // activity edit: 马丽 on leave after all, 石磊 dropped.
    const auto edited =
        cli({"activity", "edit", "1", "--leave", "3:生病", "--title", "接待选民（调整）"});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.out.contains(QStringLiteral("1 present, 1 on leave, 0 absent")));
    CHECK(cli({"activity", "remove", "1", "--reason", "录入有误"}).exitCode == 0);
    CHECK(cli({"activity", "remove", "1", "--reason", "录入有误"}).exitCode == 2); // gone
}

TEST_CASE("Activity types as data: a county's own added and renamed",
          "[activities][host][linux-cli]")
{
    StationFixture fixture(2);
    const QSqlDatabase db = fixture.db.connection();
    ActivityStore store(db);
    const int defaults = int(store.types()->size());
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), fixture.db.path} + args);
    };
    const test::CliResult added = cli({QStringLiteral("activity"), QStringLiteral("types"),
                                       QStringLiteral("add"), QStringLiteral("法律进社区")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("custom-")));
    const auto type = *store.typeByName(QStringLiteral("法律进社区"));
    REQUIRE(type);
    CHECK(store.types()->size() == defaults + 1);
    // The same name twice, or an empty one, is refused and nothing changes.
    CHECK(cli({QStringLiteral("activity"), QStringLiteral("types"), QStringLiteral("add"),
               QStringLiteral("视察")})
              .exitCode == 2);
    CHECK(store.types()->size() == defaults + 1);
    // Renamed: the code stays, so the scoring rules that name it still apply.
    REQUIRE(store.renameType(type->id, QStringLiteral("法治宣传进社区")).ok());
    CHECK((*store.typeByCode(type->code))->name == QStringLiteral("法治宣传进社区"));
    CHECK(store.renameType(type->id, QStringLiteral("调研")).kind == Outcome::Kind::Invalid);
    CHECK(store.renameType(9999, QStringLiteral("新名称")).kind == Outcome::Kind::NotFound);
}

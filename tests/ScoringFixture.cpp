#include "ScoringFixture.h"

#include "activities/ActivityStore.h"
#include "activities/RosterStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"

#include <catch2/catch.hpp>

namespace dd::test {

using namespace activities;
using namespace scoring;

namespace {

Period period(const char* code)
{
    return *Period::parse(QString::fromLatin1(code));
}

} // namespace

ScoringFixture::ScoringFixture()
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    const QSqlDatabase db = this->db.connection();
    registry::DeputyStore deputies(db);
    const auto add = [&](const char* name, const char* month, registry::Level level, int term) {
        registry::Deputy deputy;
        deputy.name = QString::fromUtf8(name);
        deputy.gender = QStringLiteral("F");
        deputy.birthMonth = QString::fromLatin1(month);
        deputy.phone = QStringLiteral("13900001111");
        registry::Membership membership;
        membership.level = level;
        membership.termNumber = term;
        membership.startDate = {2021, 12, 1};
        REQUIRE(deputies.add(deputy, membership).ok());
        return deputy.id;
    };
    // A term is started before deputies are recorded in it.
    REQUIRE(registry::TermStore(db).ensure(registry::Level::Township, 19, {2021, 12, 1}).ok());
    wang = add("王五", "1970-01", registry::Level::County, 18);
    zhao = add("赵六", "1971-02", registry::Level::County, 18);
    REQUIRE(add("张三", "1975-03", registry::Level::Township, 19) == zhang); // the same person
    registry::Station s;
    s.name = QStringLiteral("城关镇人大代表联络站");
    s.receptionRule = QStringLiteral("每周三");
    REQUIRE(registry::StationStore(db).add(s).ok());
    station = s.id;
    REQUIRE(registry::StationStore(db).assign(zhang, station, true, {2022, 1, 1}).ok());

    registry::TermStore terms(db);
    const qint64 term18 = terms.find(registry::Level::County, 18)->id;
    registry::Session fourth{0,  {}, term18,        registry::Level::County,
                             18, 4,  {2025, 1, 13}, {2025, 1, 15}};
    registry::Session fifth{0,  {}, term18,        registry::Level::County,
                            18, 5,  {2026, 1, 18}, {2026, 1, 20}};
    REQUIRE(terms.addSession(fourth).ok());
    REQUIRE(terms.addSession(fifth).ok());

    // 张三 misses both sessions without leave; everyone else attends.
    activity("session", {2025, 1, 13}, {{zhang, Attendance::Absent}, {li, Attendance::Present}},
             fourth.id);
    activity("session", {2026, 1, 18},
             {{zhang, Attendance::Absent},
              {li, Attendance::Present},
              {wang, Attendance::Present},
              {zhao, Attendance::Present}},
             fifth.id);
    // Twelve visits: six in Q1, six in Q2; the cap of 10 cuts the last two.
    for (int i = 0; i < 12; ++i)
        activity("visit", QDate(2026, i < 6 ? 2 : 4, 1).addDays(i % 6 * 7),
                 {{zhang, Attendance::Present}});
    // An inspection on the last day of 2025 counts in 2025; one in March missed.
    activity("inspection", {2025, 12, 31}, {{zhang, Attendance::Present}});
    activity("inspection", {2026, 3, 15}, {{zhang, Attendance::Absent}, {li, Attendance::Leave}});

    // A suggestion raised in December, dispatched in January under key supervision,
    // answered B, found unsatisfied, answered A, and rated excellent.
    suggestionId = suggestion({2025, 12, 20});
    auto dispatch = step(loop::StepKind::Dispatch, {2026, 1, 5});
    dispatch.leadAgencyId = water;
    dispatch.keySupervision = true;
    dispatch.leader = QStringLiteral("李副主任");
    REQUIRE(store().applyStep(suggestionId, dispatch).ok());
    for (const auto& [date, result, vote] :
         {std::tuple{QDate(2026, 2, 10), "B", loop::Evaluation::Unsatisfied},
          std::tuple{QDate(2026, 3, 20), "A", loop::Evaluation::Satisfied}}) {
        auto reply = step(loop::StepKind::Reply, date);
        reply.resultClass = QLatin1String(result);
        reply.text = QStringLiteral("已办理");
        REQUIRE(store().applyStep(suggestionId, reply).ok());
        auto evaluate = step(loop::StepKind::Evaluate, date.addDays(3));
        evaluate.votes = {vote};
        REQUIRE(store().applyStep(suggestionId, evaluate).ok());
    }
    REQUIRE(store().setExcellent(suggestionId, true, {2026, 3, 25}).ok());
    // 王五 co-signs as well.
    loop::Item second;
    second.raisedDate = {2026, 2, 1};
    second.title = QStringLiteral("关于乡村学校校车的建议");
    second.content = QStringLiteral("建议增加校车");
    second.deputyIds = {wang};
    REQUIRE(store().addSuggestion(second).ok());
    // ... but it is never dispatched: it does not count yet.

    // A reception on 8 April with 张三 on duty, recorded by hand and then from the roster.
    Activity reception;
    reception.typeId = (*ActivityStore(db).typeByCode(QStringLiteral("reception")))->id;
    reception.date = {2026, 4, 8};
    reception.title = QStringLiteral("进站接待选民");
    reception.stationId = station;
    reception.participants = {{zhang, Attendance::Present, {}, {}}};
    REQUIRE(ActivityStore(db).add(reception).ok());
    RosterStore rosters(db);
    REQUIRE(rosters.setDay(station, {2026, 4, 8}, {zhang}).ok());
    RecordedDuties recorded;
    REQUIRE(rosters.recordCompleted(station, {2026, 4, 1}, {2026, 4, 30}, &recorded).ok());
    REQUIRE(recorded.alreadyRecorded == QList<QDate>{QDate(2026, 4, 8)});

    // A concern answered on the spot and found basically satisfactory.
    const qint64 c = concern({2026, 5, 10});
    auto order = step(loop::StepKind::Order, {2026, 5, 10});
    order.orderKind = loop::OrderKind::OnSpot;
    order.text = QStringLiteral("当场解释政策");
    REQUIRE(store().applyStep(c, order).ok());
    auto evaluate = step(loop::StepKind::Evaluate, {2026, 5, 12});
    evaluate.votes = {loop::Evaluation::Basically};
    REQUIRE(store().applyStep(c, evaluate).ok());
}

void ScoringFixture::activity(const char* type, const QDate& date,
                              std::initializer_list<std::pair<qint64, Attendance>> who,
                              qint64 session)
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    ActivityStore activities(db.connection());
    Activity a;
    a.typeId = (*activities.typeByCode(QLatin1String(type)))->id;
    a.date = date;
    a.title = QStringLiteral("%1 %2").arg(QLatin1String(type), date.toString(Qt::ISODate));
    a.sessionId = session;
    for (const auto& [id, attendance] : who)
        a.participants.append({id,
                               attendance,
                               attendance == Attendance::Leave ? QStringLiteral("外出") : QString(),
                               {}});
    INFO(a.title.toStdString());
    REQUIRE(activities.add(a).ok());
}

QList<DeputyScore> ScoringFixture::scores(const char* code, Selection selection) const
{
    const auto list = ScoreEngine(db.connection()).scores(period(code), selection);
    INFO(list.error().toStdString());
    REQUIRE(list);
    return *list;
}

const DeputyScore& ScoringFixture::of(const QList<DeputyScore>& list, qint64 id,
                                      registry::Level level)
{
    for (const DeputyScore& s : list)
        if (s.member.deputyId == id && s.member.level == level)
            return s;
    FAIL("no score for deputy " << id);
    return list.first();
}

} // namespace dd::test

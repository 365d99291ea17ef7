#include "LoopFixture.h"

#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"
#include "loop/DuplicateFinder.h"
#include "loop/LoopMachine.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace dd;
using namespace dd::loop;
using test::step;

namespace {

const QDate kToday(2026, 11, 20);

// A request for `kind` that is valid in itself, so only the state decides whether it is allowed.
StepRequest validRequest(StepKind kind, const Item& item, const test::LoopFixture& f, QDate date)
{
    StepRequest request = step(kind, date);
    switch (kind) {
    case StepKind::Order:
        request.orderKind = OrderKind::PassedOn;
        break;
    case StepKind::Dispatch:
        request.leadAgencyId = f.water;
        request.coAgencyIds = {f.traffic};
        break;
    case StepKind::Return:
        request.text = QStringLiteral("不属于本单位职责");
        break;
    case StepKind::Extend:
        request.dueDate = item.dueDate.addDays(10);
        break;
    case StepKind::Reply:
        request.resultClass = QStringLiteral("B");
        request.text = QStringLiteral("已列入明年计划，正在推进");
        request.faceToFace = true;
        break;
    case StepKind::Supervise:
        request.text = QStringLiteral("电话督办");
        break;
    case StepKind::Evaluate:
        request.votes = {Evaluation::Satisfied};
        break;
    default:
        break;
    }
    return request;
}

} // namespace

TEST_CASE("A concern goes round the whole loop: B, unsatisfied, re-handled, A, satisfied", "[loop]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    const qint64 concern = f.concern(QDate(2026, 3, 2));
    auto item = store.find(concern);
    REQUIRE(item.found());
    CHECK(item->serial == QStringLiteral("2026-意-0001"));
    CHECK(item->state == State::Pointed);
    CHECK(item->dueDate == QDate(2026, 3, 5)); // 3 working days

    StepRequest order = step(StepKind::Order, QDate(2026, 3, 3));
    order.orderKind = OrderKind::NewSuggestion;
    order.text = QStringLiteral("关于修复村口道路的建议");
    REQUIRE(store.applyStep(concern, order).ok());
    item = store.find(concern);
    CHECK(item->state == State::Merged);
    const qint64 suggestionId = item->suggestionId;
    auto suggestion = store.find(suggestionId);
    REQUIRE(suggestion.found());
    CHECK(suggestion->serial == QStringLiteral("2026-建-001"));
    CHECK(suggestion->title == QStringLiteral("关于修复村口道路的建议"));
    CHECK(suggestion->deputyIds == QList<qint64>{f.zhang});
    CHECK(suggestion->state == State::AwaitingDispatch);
    // The concern cannot be evaluated before its suggestion is replied.
    StepRequest early = step(StepKind::Evaluate, QDate(2026, 3, 4));
    early.votes = {Evaluation::Satisfied};
    CHECK(store.applyStep(concern, early).kind == Outcome::Kind::NotAllowed);

    StepRequest dispatch = step(StepKind::Dispatch, QDate(2026, 3, 6));
    dispatch.leadAgencyId = f.traffic;
    dispatch.coAgencyIds = {f.water};
    dispatch.keySupervision = true;
    dispatch.leader = QStringLiteral("王副主任");
    REQUIRE(store.applyStep(suggestionId, dispatch).ok());
    suggestion = store.find(suggestionId);
    CHECK(suggestion->state == State::Dispatched);
    CHECK(suggestion->dueDate == QDate(2026, 6, 8)); // 3 months: 06-06 is a Saturday
    CHECK(suggestion->coAgencyIds == QList<qint64>{f.water});
    CHECK(suggestion->leadAgencyName == QStringLiteral("县交通运输局"));

    StepRequest replyB = step(StepKind::Reply, QDate(2026, 5, 20));
    replyB.resultClass = QStringLiteral("B");
    replyB.text = QStringLiteral("已纳入年度计划");
    REQUIRE(store.applyStep(suggestionId, replyB).ok());
    StepRequest unhappy = step(StepKind::Evaluate, QDate(2026, 5, 25));
    unhappy.votes = {Evaluation::Unsatisfied};
    REQUIRE(store.applyStep(suggestionId, unhappy).ok());
    suggestion = store.find(suggestionId);
    CHECK(suggestion->state == State::Dispatched);
    CHECK(suggestion->round == 2);
    CHECK(suggestion->dueDate == QDate(2026, 6, 25)); // one month from the evaluation
    CHECK(suggestion->leadAgencyId == f.traffic);
    // A re-handling round cannot be returned.
    StepRequest giveBack = step(StepKind::Return, QDate(2026, 5, 26));
    giveBack.text = QStringLiteral("不属于本单位");
    const Outcome refused = store.applyStep(suggestionId, giveBack);
    CHECK(refused.kind == Outcome::Kind::NotAllowed);

    StepRequest replyA = replyB;
    replyA.date = QDate(2026, 6, 20);
    replyA.resultClass = QStringLiteral("A");
    replyA.faceToFace = true;
    REQUIRE(store.applyStep(suggestionId, replyA).ok());
    StepRequest happy = step(StepKind::Evaluate, QDate(2026, 6, 24));
    happy.votes = {Evaluation::Satisfied};
    REQUIRE(store.applyStep(suggestionId, happy).ok());
    REQUIRE(store.applyStep(suggestionId, step(StepKind::Close, QDate(2026, 6, 30))).ok());
    suggestion = store.find(suggestionId);
    CHECK(suggestion->state == State::Closed);
    CHECK(suggestion->resultClass == QStringLiteral("A"));
    CHECK(suggestion->faceToFace);
    CHECK(suggestion->repliedOnTime == true);

    // The merged concern's own citizen evaluates it now.
    StepRequest citizen = step(StepKind::Evaluate, QDate(2026, 7, 1));
    citizen.votes = {Evaluation::Satisfied, Evaluation::Basically, Evaluation::Unsatisfied};
    REQUIRE(store.applyStep(concern, citizen).ok());
    CHECK(store.find(concern)->evaluation == Evaluation::Basically);

    const QList<Step> history = *store.steps(suggestionId);
    QStringList kinds;
    for (const Step& s : history)
        kinds << code(s.kind);
    CHECK(kinds ==
          QStringList{"point", "dispatch", "reply", "rehandle", "reply", "evaluate", "close"});
    CHECK(history.at(3).round == 2);
    CHECK(history.at(1).actor == QStringLiteral("代表工委 刘干事"));
    CHECK(history.at(2).resultClass == QStringLiteral("B"));
}

TEST_CASE("Every step from every state: allowed ones succeed, others change nothing", "[loop]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    // Items brought into each state along the loop.
    const QDate d0(2026, 9, 1);
    const auto makeIn = [&](State target) {
        const qint64 id = f.concern(d0);
        const auto advance = [&](StepRequest request) {
            REQUIRE(store.applyStep(id, request).ok());
        };
        if (target == State::Pointed)
            return id;
        StepRequest order = step(StepKind::Order, d0.addDays(1));
        order.orderKind = target == State::AnsweredOnSpot ? OrderKind::OnSpot
                          : target == State::Referred     ? OrderKind::Referred
                          : target == State::Declined     ? OrderKind::Declined
                                                          : OrderKind::PassedOn;
        order.text = QStringLiteral("说明");
        advance(order);
        if (store.find(id)->state == target)
            return id;
        advance(validRequest(StepKind::Dispatch, *store.find(id), f, d0.addDays(2)));
        if (target == State::Dispatched)
            return id;
        StepRequest reply = validRequest(StepKind::Reply, *store.find(id), f, d0.addDays(10));
        reply.resultClass = QStringLiteral("A");
        advance(reply);
        if (target == State::Replied)
            return id;
        advance(validRequest(StepKind::Evaluate, *store.find(id), f, d0.addDays(12)));
        if (target == State::Evaluated)
            return id;
        advance(step(StepKind::Close, d0.addDays(13)));
        return id;
    };
    const State states[] = {State::Pointed,  State::AnsweredOnSpot,   State::Referred,
                            State::Declined, State::AwaitingDispatch, State::Dispatched,
                            State::Replied,  State::Evaluated,        State::Closed};
    const StepKind kinds[] = {StepKind::Order,    StepKind::Dispatch, StepKind::Return,
                              StepKind::Extend,   StepKind::Reply,    StepKind::Supervise,
                              StepKind::Evaluate, StepKind::Close};
    int allowedCount = 0, refusedCount = 0;
    for (State state : states)
        for (StepKind kind : kinds) {
            const qint64 id = makeIn(state);
            const Item before = *store.find(id);
            REQUIRE(before.state == state);
            const bool allowed = store.allowedSteps(before)->contains(kind);
            const QString snapshot = f.snapshot();
            const Outcome outcome =
                store.applyStep(id, validRequest(kind, before, f, QDate(2026, 9, 20)));
            INFO(code(state).toStdString()
                 << " + " << code(kind).toStdString() << ": " << outcome.text().toStdString());
            if (allowed) {
                CHECK(outcome.ok());
                ++allowedCount;
            } else {
                CHECK(outcome.kind == Outcome::Kind::NotAllowed);
                CHECK_FALSE(outcome.message.isEmpty());
                CHECK(f.snapshot() == snapshot);
                ++refusedCount;
            }
        }
    CHECK(allowedCount == 9); // returns are past their limit by 2026-09-20
    CHECK(refusedCount == 63);
}

TEST_CASE("The refusal says why, in the user's words", "[loop]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    const qint64 id = f.suggestion(QDate(2026, 4, 1));
    REQUIRE(
        store.applyStep(id, validRequest(StepKind::Dispatch, *store.find(id), f, QDate(2026, 4, 2)))
            .ok());
    StepRequest reply = validRequest(StepKind::Reply, *store.find(id), f, QDate(2026, 5, 2));
    reply.resultClass = QStringLiteral("A");
    REQUIRE(store.applyStep(id, reply).ok());
    const Outcome again = store.applyStep(
        id, validRequest(StepKind::Dispatch, *store.find(id), f, QDate(2026, 5, 3)));
    CHECK(again.kind == Outcome::Kind::NotAllowed);
    CHECK(again.message.contains(QStringLiteral("suggestion")));
    CHECK(again.message.contains(QStringLiteral("replied")));
    CHECK(again.message.contains(QStringLiteral("dispatch")));
    // A second reply only follows a B or C reply.
    CHECK(store.applyStep(id, reply).kind == Outcome::Kind::NotAllowed);
    // A date before the previous step, or in the future, is bad input.
    StepRequest supervise =
        validRequest(StepKind::Supervise, *store.find(id), f, QDate(2026, 5, 1));
    CHECK(store.applyStep(id, supervise).kind == Outcome::Kind::Invalid);
    supervise.date = kToday.addDays(1);
    CHECK(store.applyStep(id, supervise).kind == Outcome::Kind::Invalid);
}

TEST_CASE("Returns within the limit, extensions within six months, B then A", "[loop]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    const qint64 id = f.suggestion(QDate(2026, 1, 5));
    REQUIRE(
        store
            .applyStep(id, validRequest(StepKind::Dispatch, *store.find(id), f, QDate(2026, 2, 12)))
            .ok());
    // Return limit: 7 working days from Thu 02-12 across the Spring Festival: 13, 14 (make-up),
    // 24, 25, 26, 27, 28 (make-up) → 2026-02-28.
    CHECK(f.store().deadlines().returnLimit(QDate(2026, 2, 12)) == QDate(2026, 2, 28));
    StepRequest giveBack = step(StepKind::Return, QDate(2026, 2, 27));
    giveBack.text = QStringLiteral("不属于本单位职责");
    Clock::setToday(QDate(2026, 2, 27));
    REQUIRE(store.applyStep(id, giveBack).ok());
    CHECK(store.find(id)->state == State::AwaitingDispatch);
    CHECK(store.find(id)->leadAgencyId == 0);
    StepRequest again = validRequest(StepKind::Dispatch, *store.find(id), f, QDate(2026, 3, 2));
    again.leadAgencyId = f.traffic;
    again.coAgencyIds = {};
    Clock::setToday(QDate(2026, 3, 20));
    REQUIRE(store.applyStep(id, again).ok());
    // Past the return limit the agency cannot return it any more.
    giveBack.date = QDate(2026, 3, 20);
    const Outcome late = store.applyStep(id, giveBack);
    CHECK(late.kind == Outcome::Kind::NotAllowed);
    CHECK(late.message.contains(QStringLiteral("2026-03-11")));

    // 3 months from 02-12 (first dispatch) with extensions up to 6 months: 2026-08-12.
    StepRequest extend = step(StepKind::Extend, QDate(2026, 3, 20));
    extend.dueDate = QDate(2026, 8, 13);
    CHECK(store.applyStep(id, extend).kind == Outcome::Kind::Invalid);
    extend.dueDate = QDate(2026, 8, 12);
    REQUIRE(store.applyStep(id, extend).ok());
    CHECK(store.find(id)->dueDate == QDate(2026, 8, 12));
    CHECK(store.find(id)->extended);

    Clock::setToday(kToday);
    StepRequest replyB = validRequest(StepKind::Reply, *store.find(id), f, QDate(2026, 8, 12));
    REQUIRE(store.applyStep(id, replyB).ok());
    CHECK(store.find(id)->repliedOnTime == true); // on the extended due date
    REQUIRE(
        store
            .applyStep(id, validRequest(StepKind::Evaluate, *store.find(id), f, QDate(2026, 8, 20)))
            .ok());
    StepRequest replyA = replyB;
    replyA.date = QDate(2026, 10, 9);
    replyA.resultClass = QStringLiteral("A");
    replyA.faceToFace = false;
    REQUIRE(store.applyStep(id, replyA).ok()); // the follow-up reply of a B item
    const Item done = *store.find(id);
    CHECK(done.resultClass == QStringLiteral("A"));
    CHECK(done.state == State::Evaluated);
    CHECK(done.faceToFace); // met face to face in the first reply
    CHECK(store.applyStep(id, replyA).kind == Outcome::Kind::NotAllowed); // A is final
}

TEST_CASE("Deadlines: Saturday events, National Day, and a year without a calendar", "[loop]")
{
    const Deadlines deadlines(LoopLimits{}, calendar::WorkingCalendar::builtIn());
    // A concern pointed on Saturday 2026-03-07: counting starts Monday 03-09 → due Wed 03-11.
    CHECK(deadlines.orderDue(QDate(2026, 3, 7)) == QDate(2026, 3, 11));
    // A suggestion dispatched 2026-07-01: three months end on 10-01, in the holiday → 10-08.
    CHECK(deadlines.suggestionReplyDue(QDate(2026, 7, 1)) == QDate(2026, 10, 8));
    // 15 working days from 2026-09-21 skip National Day.
    CHECK(deadlines.concernReplyDue(QDate(2026, 9, 21)) == QDate(2026, 10, 19));
    // Into 2027 with no calendar: weekends only, and the calendar says so.
    CHECK(deadlines.concernReplyDue(QDate(2026, 12, 21)) == QDate(2027, 1, 11));
    CHECK(deadlines.calendar()
              .warningsFor(QDate(2026, 12, 21), QDate(2027, 1, 11))
              .join(QString())
              .contains(QStringLiteral("2027")));
    CHECK(deadlines.dueSoon(QDate(2026, 11, 24), QDate(2026, 11, 20)));
    CHECK_FALSE(deadlines.dueSoon(QDate(2026, 11, 30), QDate(2026, 11, 20)));
    CHECK_FALSE(deadlines.dueSoon(QDate(2026, 11, 19), QDate(2026, 11, 20))); // overdue instead
}

TEST_CASE("Several citizens' votes go by the majority rule", "[loop]")
{
    using E = Evaluation;
    CHECK(majority({E::Satisfied}) == E::Satisfied);
    CHECK(majority({E::Satisfied, E::Satisfied, E::Unsatisfied}) == E::Satisfied);
    CHECK(majority({E::Satisfied, E::Basically, E::Unsatisfied}) == E::Basically);
    CHECK(majority({E::Satisfied, E::Unsatisfied}) == E::Unsatisfied); // half is not more
    CHECK(majority({E::Basically, E::Basically, E::Satisfied, E::Unsatisfied}) == E::Basically);
    CHECK(majority({E::Basically, E::Unsatisfied}) == E::Unsatisfied);
}

TEST_CASE("Random step sequences never leave an inconsistent item", "[loop]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    QRandomGenerator random(20261120);
    const StepKind kinds[] = {StepKind::Order,    StepKind::Dispatch, StepKind::Return,
                              StepKind::Extend,   StepKind::Reply,    StepKind::Supervise,
                              StepKind::Evaluate, StepKind::Close};
    for (int run = 0; run < 40; ++run) {
        const QDate start(2026, 1 + random.bounded(6), 1 + random.bounded(28));
        const qint64 id = random.bounded(2) ? f.concern(start) : f.suggestion(start);
        int successes = 0;
        QDate date = start;
        for (int n = 0; n < 25; ++n) {
            date = date.addDays(random.bounded(6));
            const Item before = *store.find(id);
            StepRequest request = validRequest(kinds[random.bounded(8)], before, f, date);
            if (request.kind == StepKind::Reply)
                request.resultClass = QString(QChar(u'A' + random.bounded(4)));
            if (request.kind == StepKind::Evaluate)
                request.votes = {Evaluation(random.bounded(3))};
            if (request.kind == StepKind::Order)
                request.orderKind = OrderKind(random.bounded(2) ? 1 : 0);
            request.text = QStringLiteral("记录");
            Clock::setToday(std::max(date, kToday));
            if (store.applyStep(id, request).ok())
                ++successes;
            const Item item = *store.find(id);
            INFO("item " << id << " state " << code(item.state).toStdString());
            CHECK(store.steps(id)->size() == successes + 1);
            switch (item.state) {
            case State::Dispatched:
                CHECK(item.leadAgencyId > 0);
                CHECK(item.dueDate.isValid());
                CHECK(item.round >= 1);
                break;
            case State::Evaluated:
            case State::Closed:
                if (!item.firstDispatchDate.isValid()) { // answered on the spot: no reply
                    CHECK(item.orderKind == OrderKind::OnSpot);
                    break;
                }
                [[fallthrough]];
            case State::Replied:
                CHECK(isResultClass(item.resultClass));
                CHECK(item.replyDate.isValid());
                CHECK(item.repliedOnTime.has_value());
                break;
            case State::AwaitingDispatch:
                CHECK(item.leadAgencyId == 0);
                CHECK(item.dueDate.isValid());
                break;
            default:
                break;
            }
            if (item.state == State::Evaluated || item.state == State::Closed)
                CHECK(item.evaluation.has_value());
        }
    }
    Clock::setToday(kToday);
}

TEST_CASE("A new concern that reads like an open one of the same township is offered", "[loop]")
{
    CHECK(characterBigrams(u"雨天积水！") == QSet<QString>{"雨天", "天积", "积水"});
    CHECK(bigramSimilarity(u"村口道路破损", u"村口道路破损") == 1.0);
    CHECK(bigramSimilarity(u"村口道路破损", u"幼儿园学位紧张") == 0.0);

    test::LoopFixture f;
    LoopStore store = f.store();
    const qint64 first = f.concern(QDate(2026, 10, 9)); // 村口道路破损，雨天积水严重，群众出行不便
    Item unrelated;
    unrelated.raisedDate = QDate(2026, 10, 10);
    unrelated.content = QStringLiteral("幼儿园学位紧张，希望扩建");
    unrelated.deputyIds = {f.li};
    REQUIRE(store.addConcern(unrelated).ok());
    const auto found = likelyDuplicates(
        f.db.connection(), QStringLiteral("村口的道路破损了，一下雨就积水，出行不便"), 0);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == first);
    CHECK(found.first().similarity > 0.4);
    // Closed items are not offered.
    REQUIRE(store
                .applyStep(first,
                           [&] {
                               StepRequest r = step(StepKind::Order, QDate(2026, 10, 10));
                               r.orderKind = OrderKind::Declined;
                               r.text = QStringLiteral("已进入诉讼程序");
                               return r;
                           }())
                .ok());
    CHECK(
        likelyDuplicates(f.db.connection(), QStringLiteral("村口道路破损，雨天积水"), 0).isEmpty());
}

TEST_CASE("A session suggestion's reply is due three months after the session closes, however "
          "late it is dispatched",
          "[loop][rules][host][linux-cli]")
{
    test::LoopFixture f;
    registry::Session session;
    session.level = registry::Level::County;
    session.termNumber = 18;
    session.number = 5;
    session.openingDate = QDate(2026, 3, 5);
    session.closingDate = QDate(2026, 3, 8);
    REQUIRE(registry::TermStore(f.db.connection()).addSession(session).ok());
    Item raised;
    raised.title = QStringLiteral("关于加强农村饮水安全的建议");
    raised.raisedDate = QDate(2026, 3, 6);
    raised.deputyIds = {f.zhang};
    raised.sessionId = session.id;
    REQUIRE(f.store().addSuggestion(raised).ok());

    // Dispatched twelve days after the close: due 2026-06-08 (three months from 03-08), not
    // three months from the dispatch (2026-06-22).
    StepRequest dispatch = step(StepKind::Dispatch, QDate(2026, 3, 20));
    dispatch.leadAgencyId = f.water;
    REQUIRE(f.store().applyStep(raised.id, dispatch).ok());
    CHECK(f.store().find(raised.id)->dueDate == QDate(2026, 6, 8));
    // Extensions end six months after the close as well.
    StepRequest extend = step(StepKind::Extend, QDate(2026, 5, 20));
    extend.dueDate = QDate(2026, 9, 9);
    CHECK(f.store().applyStep(raised.id, extend).kind == Outcome::Kind::Invalid);
    extend.dueDate = QDate(2026, 9, 8);
    CHECK(f.store().applyStep(raised.id, extend).ok());

    // The CLI counts the same way.
    const QString path = f.db.path;
    f.db.db.reset();
    const auto cli = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2026-11-20"),
         QStringLiteral("suggestion"), QStringLiteral("add"), QStringLiteral("--title"),
         QStringLiteral("关于村道安保的建议"), QStringLiteral("--lead"), QString::number(f.zhang),
         QStringLiteral("--session"), QString::number(session.id), QStringLiteral("--date"),
         QStringLiteral("2026-03-07")});
    REQUIRE(cli.exitCode == 0);
    const auto dispatched = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2026-11-20"),
         QStringLiteral("suggestion"), QStringLiteral("dispatch"), QStringLiteral("2026-建-002"),
         QStringLiteral("--agency"), QStringLiteral("县水务局"), QStringLiteral("--date"),
         QStringLiteral("2026-04-01")});
    INFO(dispatched.err.toStdString());
    CHECK(dispatched.out.contains(QStringLiteral("due 2026-06-08")));
}

TEST_CASE("A concern taken at a station is in the station's township, and references not on record "
          "are refused by field",
          "[loop][rules]")
{
    test::LoopFixture f;
    const QSqlDatabase db = f.db.connection();
    const qint64 chengguan = registry::TownshipStore(db).ensure(QStringLiteral("城关镇")).id;
    const qint64 hekou = registry::TownshipStore(db).ensure(QStringLiteral("河口镇")).id;
    registry::Station station;
    station.name = QStringLiteral("城关镇东社区代表联络站");
    station.townshipId = chengguan;
    REQUIRE(registry::StationStore(db).add(station).ok());

    Item taken;
    taken.raisedDate = QDate(2026, 11, 18);
    taken.content = QStringLiteral("路灯不亮");
    taken.deputyIds = {f.zhang};
    taken.stationId = station.id;
    REQUIRE(f.store().addConcern(taken).ok());
    CHECK(f.store().find(taken.id)->townshipId == chengguan);

    Item elsewhere = taken;
    elsewhere.id = 0;
    elsewhere.townshipId = hekou;
    const Outcome conflict = f.store().addConcern(elsewhere);
    CHECK(conflict.kind == Outcome::Kind::Invalid);
    CHECK(conflict.errors.value(0).field == QStringLiteral("township"));

    Item unknown = taken;
    unknown.id = 0;
    unknown.townshipId = 0;
    unknown.stationId = station.id + 100;
    CHECK(f.store().addConcern(unknown).errors.value(0).field == QStringLiteral("station"));
    Item session;
    session.title = QStringLiteral("关于村道硬化的建议");
    session.raisedDate = QDate(2026, 3, 6);
    session.deputyIds = {f.zhang};
    session.sessionId = 999;
    CHECK(f.store().addSuggestion(session).errors.value(0).field == QStringLiteral("session"));
}
